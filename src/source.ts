/** A source text and the positions in it. Offsets are UTF-16 indexes; lines and columns are 1-based, columns count code points. */
export type Span = readonly [start: number, end: number];

export interface Position {
  readonly line: number;
  readonly column: number;
}

export class SourceFile {
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[];

  constructor(
    readonly name: string,
    readonly text: string,
  ) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /** The 1-based line and column of an offset (clamped into the text). Costs a search, not a scan of the line. */
  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const lo = this.lineIndex(at);
    return { line: lo + 1, column: this.columnAt(lo, at - this.lineStarts[lo]!) + 1 };
  }

  /**
   * Per 0-based line index, the offsets (from the line start) of the surrogate pairs on it, built once per line
   * on first use: columns are then found by a binary search, so that many diagnostics on one long line cost
   * the line's length once, not once each.
   */
  private readonly pairs = new Map<number, number[]>();

  private pairsOf(index: number): number[] {
    let list = this.pairs.get(index);
    if (list) return list;
    list = [];
    const start = this.lineStarts[index]!;
    const end = this.lineEnd(index);
    for (let i = start; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < this.text.length) {
        const d = this.text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          list.push(i - start);
          i++;
        }
      }
    }
    this.pairs.set(index, list);
    return list;
  }

  /** Code points in the first `units` UTF-16 units of a line (a pair cut in half counts as one). */
  private columnAt(index: number, units: number): number {
    const pairs = this.pairsOf(index);
    // Pairs wholly inside the first `units` units: p + 2 <= units.
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid]! + 2 <= units) lo = mid + 1;
      else hi = mid;
    }
    return units - lo;
  }

  /** The offset just past the last character of a 0-based line, before its `\n` (and a `\r` before that). */
  private lineEnd(index: number): number {
    const next = this.lineStarts[index + 1];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > this.lineStarts[index]! && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }

  /** The number of code points on a 1-based line, without its line break. */
  lineLength(line: number): number {
    const index = line - 1;
    if (this.lineStarts[index] === undefined) return 0;
    return this.columnAt(index, this.lineEnd(index) - this.lineStarts[index]!);
  }

  /** The offset of a 1-based column of a 1-based line, clamped to the line. */
  private offsetAt(index: number, column: number): number {
    const start = this.lineStarts[index]!;
    const end = this.lineEnd(index);
    const pairs = this.pairsOf(index);
    const c = Math.max(0, column - 1);
    // The k-th pair starts at code point p_k - k; pairs before column c add one unit each.
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid]! - mid < c) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(start + c + lo, end);
  }

  /** The 0-based index of the line an offset is on. */
  private lineIndex(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Secret spans by the 1-based lines they touch (a file may hold thousands; a line, few). */
  private readonly secrets = new Map<number, Span[]>();

  /** Marks a span as a secret: `shownLine` never shows it. */
  redact(span: Span): void {
    const last = this.lineIndex(Math.max(span[0], span[1] - 1));
    for (let i = this.lineIndex(span[0]); i <= last; i++) {
      const list = this.secrets.get(i + 1);
      if (list) list.push(span);
      else this.secrets.set(i + 1, [span]);
    }
  }

  /** Per 1-based line, where text to hide starts because the line sets a credential key (-1: nowhere). */
  private readonly credentialKeys = new Map<number, number>();

  /**
   * The offset after a `password:` or `registry_token:` key on a line, found in the text itself, so that a
   * frame hides the value even when the file does not parse (and no span could be redacted).
   */
  private credentialFrom(line: number): number {
    let at = this.credentialKeys.get(line);
    if (at !== undefined) return at;
    const index = line - 1;
    const start = this.lineStarts[index]!;
    const m = CREDENTIAL_KEY.exec(this.text.slice(start, this.lineEnd(index)));
    at = m ? start + m.index + m[0].length : -1;
    this.credentialKeys.set(line, at);
    return at;
  }

  /**
   * A line as diagnostics may show it: secrets replaced by `*`, so that columns stay where they were. Secrets
   * are the redacted spans and whatever follows a `password:` or `registry_token:` key on the line.
   */
  shownLine(line: number): string {
    return this.shownSlice(line, 1, Number.MAX_SAFE_INTEGER);
  }

  /** Columns `from` (inclusive) to `to` (exclusive) of a 1-based line as `shownLine` shows them; costs their length. */
  shownSlice(line: number, from: number, to: number): string {
    const index = line - 1;
    if (this.lineStarts[index] === undefined) return '';
    const a = this.offsetAt(index, from);
    const b = this.offsetAt(index, to);
    let out = this.text.slice(a, b);
    const hide = (x: number, y: number) => {
      const f = Math.max(x - a, 0);
      const t = Math.min(y - a, out.length);
      if (f < t) out = out.slice(0, f) + '*'.repeat(t - f) + out.slice(t);
    };
    for (const [x, y] of this.secrets.get(line) ?? []) hide(x, y);
    const key = this.credentialFrom(line);
    if (key >= 0) hide(key, this.lineEnd(index));
    return out;
  }

  /** The text of a 1-based line, without its line break. */
  line(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}

/** A `password:` or `registry_token:` key (plain or quoted, in a block or a flow mapping) with its spaces. */
const CREDENTIAL_KEY = /(?:^|[\s{,\-?])(["']?)(?:password|registry_token)\1[ \t]*:(?=[\s]|$)[ \t]*/;
