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

  /** The 1-based line and column of an offset (clamped into the text). */
  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const lo = this.lineIndex(at);
    const start = this.lineStarts[lo]!;
    return { line: lo + 1, column: codePoints(this.text.slice(start, at)) + 1 };
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

  /** A line as diagnostics may show it: secrets replaced by `*`, so that columns stay where they were. */
  shownLine(line: number): string {
    const text = this.line(line);
    const start = this.lineStarts[line - 1] ?? 0;
    let out = text;
    for (const [a, b] of this.secrets.get(line) ?? []) {
      const from = Math.max(a - start, 0);
      const to = Math.min(b - start, text.length);
      if (from < to) out = out.slice(0, from) + '*'.repeat(to - from) + out.slice(to);
    }
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

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
