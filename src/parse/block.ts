import type { Span } from '../source.js';
import { define, duplicateKeyMessage, keysOf, LocTable, nodeBudget, pointerKey, type ParsedFile, type ParseLimits } from './model.js';
import { resolvePlain, unescapeDouble, type PlainValue } from './scalar.js';

/**
 * The block reader: a one-pass, line-by-line reader for the plain block YAML that nearly every .drone.yml is
 * written in (block mappings and lists, plain scalars, one-line quoted scalars and flow lists, comments).
 *
 * Guarantee: when it returns a result, that result — data, key order, every location, every warning — is exactly
 * what the full reader (yaml.ts, the `yaml` package) gives for the same text. When the text uses anything else
 * (anchors, tags, block scalars, flow mappings, multi-line quoted scalars, tabs, CRLF, syntax errors, limits), it returns
 * undefined without reporting anything, and the caller uses the full reader. test/property/parse-block.test.ts
 * compares the two on every fixture, every corpus file and generated documents.
 *
 * Where collections end and where nulls sit follow the parser of the `yaml` package 2.9.1 as the full reader
 * calls it (YAML 1.1, `strict: false`, which also lets quoted keys be longer than 1024 characters). That is
 * why package.json pins the package exactly: an upgrade must pass the differential test first.
 */
export interface BlockResult {
  readonly file: ParsedFile;
  /** Duplicate keys, to be reported as warnings: message, hint and the later key's span. */
  readonly duplicates: readonly { message: string; hint: string; span: Span }[];
}

/** Characters the block reader leaves to the full reader wherever they appear. */
const UNUSUAL = /[\x00-\x08\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\r]/;

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const COMMA = 0x2c;

/** An open block mapping or list. */
interface Frame {
  readonly list: boolean;
  /** Column of its keys or dashes. */
  readonly indent: number;
  readonly data: Record<string, unknown> | unknown[];
  /**
   * The keys of a mapping in source order, kept only once it has a key that starts with a digit: JavaScript
   * lists integer-like keys first, and every other key in the order it was set, which is the source order.
   */
  keys: Set<string> | undefined;
  readonly ptr: string;
  readonly depth: number;
  /** Its location's id in the table; the end is set when it closes. */
  readonly loc: number;
  /** Where the last item's value ends, with what follows it on its line and the comments it takes in. */
  lastEnd: number;
  /** The last item's value is a scalar or flow list, which takes in more-indented comment lines after it. */
  absorbs: boolean;
  /** Deepest column of a comment line since the last item that was not taken in, or -1 for none. */
  trailing: number;
}

/** A `key:` or `-` with nothing after it: a nested block follows, or the value is null. */
interface Pending {
  readonly frame: Frame;
  readonly name: string;
  /** The key's span, or -1, -1 in a list. */
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly ptr: string;
  readonly depth: number;
  /** Where a null value would be: after the indicator and its spaces. */
  readonly at: number;
  readonly mapKey: boolean;
  comment: boolean;
}

/** The end of a block's last item when the block reader cannot tell it (see nullValue). */
const UNKNOWN_END = -1;

class GiveWay extends Error {}
const giveWay = (): never => {
  throw new GiveWay();
};

export function readBlock(text: string, limits: ParseLimits, lineOf: (offset: number) => number): BlockResult | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const reader = new BlockReader(text, limits, lineOf);
  try {
    return reader.read();
  } catch (e) {
    if (e instanceof GiveWay) return undefined;
    throw e;
  }
}

class BlockReader {
  private readonly locs = new LocTable();
  private readonly order = new WeakMap<object, Set<string>>();
  private readonly duplicates: { message: string; hint: string; span: Span }[] = [];
  private readonly stack: Frame[] = [];
  private pending: Pending | undefined;
  private root: Frame | undefined;
  private count = 0;
  private readonly budget: number;
  /** Where the next line starts when a scalar took in the lines after its own, else -1. */
  private skipTo = -1;

  constructor(
    private readonly text: string,
    private readonly limits: ParseLimits,
    private readonly lineOf: (offset: number) => number,
  ) {
    this.budget = nodeBudget(limits, text.length);
  }

  read(): BlockResult | undefined {
    const text = this.text;
    const n = text.length;
    let docStart = false;
    for (let pos = 0; pos < n; ) {
      let lineEnd = text.indexOf('\n', pos);
      if (lineEnd === -1) lineEnd = n;
      const next = lineEnd < n ? lineEnd + 1 : n;
      let c = pos;
      while (c < lineEnd && text.charCodeAt(c) === SPACE) c++;
      if (c < lineEnd) {
        const ch = text.charCodeAt(c);
        if (ch === HASH) this.comment(c - pos, next);
        else if (!this.root && !docStart && c === pos && text.startsWith('---', c) && this.restIsEmpty(c + 3, lineEnd)) docStart = true;
        else this.line(pos, c, lineEnd, next);
      }
      pos = this.skipTo > next ? this.skipTo : next;
      this.skipTo = -1;
    }
    if (!this.root) return undefined;
    if (this.pending) this.nullValue();
    while (this.stack.length > 0) this.close(n);
    const order = this.order;
    return {
      file: { data: this.root.data, locs: this.locs, keys: (mapping) => keysOf(order, mapping) },
      duplicates: this.duplicates,
    };
  }

  /** True when the line is empty from `i` on, but for spaces and a comment (which needs a space before it). */
  private restIsEmpty(i: number, lineEnd: number): boolean {
    const text = this.text;
    if (i < lineEnd && text.charCodeAt(i) !== SPACE) return false;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    return i === lineEnd || text.charCodeAt(i) === HASH;
  }

  /**
   * A comment line at column `indent`: part of a pending null's text, taken in by the last scalar or flow list
   * when deeper than its block, or else trailing the innermost block (see close()).
   */
  private comment(indent: number, next: number): void {
    if (this.pending) {
      this.pending.comment = true;
      return;
    }
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    if (top.trailing < 0 && top.absorbs && indent > top.indent) top.lastEnd = next;
    else if (indent > top.trailing) top.trailing = indent;
  }

  /**
   * A line with content at `c`: settles a pending `key:` or `-` (a nested block, or null), closes the blocks the
   * line is left of, and reads the line as an entry or an item of the block it belongs to.
   */
  private line(lineStart: number, c: number, lineEnd: number, next: number): void {
    const text = this.text;
    const indent = c - lineStart;
    if (indent === 0 && (text.startsWith('---', c) || text.startsWith('...', c)) && (c + 3 === lineEnd || text.charCodeAt(c + 3) === SPACE)) giveWay();
    const dash = dashAt(text, c, lineEnd);
    const pending = this.pending;
    if (pending) {
      const parentIndent = pending.frame.indent;
      if (indent > parentIndent || (indent === parentIndent && pending.mapKey && dash)) {
        this.pending = undefined;
        const frame = this.open(dash, indent, c, pending.ptr, pending.depth, pending.keyStart, pending.keyEnd);
        this.place(pending.frame, pending.name, frame.data);
      } else {
        this.nullValue();
      }
    }
    let top = this.stack[this.stack.length - 1];
    while (top && (top.indent > indent || (top.indent === indent && top.list && !dash))) {
      this.close(c);
      top = this.stack[this.stack.length - 1];
    }
    if (!top) {
      if (this.root || indent !== 0) giveWay();
      top = this.root = this.open(dash, indent, c, '', 0, -1, -1);
    }
    if (top.indent !== indent || top.list !== dash) giveWay();
    if (dash) this.item(top, lineStart, c, lineEnd, next);
    else this.entry(top, c, lineEnd, next);
  }

  private tick(depth: number): void {
    if (++this.count > this.budget || depth > this.limits.maxDepth) giveWay();
  }

  private open(list: boolean, indent: number, start: number, ptr: string, depth: number, keyStart: number, keyEnd: number): Frame {
    this.tick(depth);
    const loc = this.locs.add(ptr, keyStart, keyEnd, start, start);
    const data = list ? [] : {};
    const frame: Frame = { list, indent, data, keys: undefined, ptr, depth, loc, lastEnd: start, absorbs: false, trailing: -1 };
    this.stack.push(frame);
    return frame;
  }

  /** Closes the innermost block; `groupEnd` is where the text that closed it starts. */
  private close(groupEnd: number): void {
    const frame = this.stack.pop()!;
    if (frame.lastEnd === UNKNOWN_END) giveWay();
    const parent = this.stack[this.stack.length - 1];
    this.locs.setEnd(frame.loc, frame.lastEnd);
    let end = frame.lastEnd;
    // Comment lines after the last item stay with the block when indented at least as far as its items;
    // otherwise they belong to what comes next.
    if (frame.trailing >= 0) {
      if (frame.indent !== 0 && frame.trailing >= frame.indent) end = groupEnd;
      else if (parent && frame.trailing > parent.trailing) parent.trailing = frame.trailing;
    }
    if (parent) {
      parent.lastEnd = end;
      parent.absorbs = false;
    }
  }

  private place(frame: Frame, name: string, value: unknown): void {
    if (frame.list) (frame.data as unknown[]).push(value);
    else define(frame.data as Record<string, unknown>, name, value);
  }

  private nullValue(): void {
    const p = this.pending!;
    this.pending = undefined;
    this.tick(p.depth);
    this.locs.add(p.ptr, p.keyStart, p.keyEnd, p.at, p.at, '');
    this.place(p.frame, p.name, null);
    // A null with comments ends after them, by rules the block reader does not follow; that matters only when it
    // is the last item of its block, which then gives way when it closes.
    p.frame.lastEnd = p.comment ? UNKNOWN_END : p.at;
    p.frame.absorbs = false;
  }

  /** `key: value` or `key:` in a block mapping. */
  private entry(frame: Frame, c: number, lineEnd: number, next: number): void {
    const text = this.text;
    const k = this.key(c, lineEnd) ?? giveWay();
    const [name, keyEnd, after] = k;
    frame.trailing = -1;
    frame.absorbs = false;
    const data = frame.data as Record<string, unknown>;
    let keys = frame.keys;
    const ptr = `${frame.ptr}/${pointerKey(name)}`;
    if (Object.prototype.hasOwnProperty.call(data, name)) {
      const earlier = this.locs.get(ptr)?.key ?? giveWay();
      const [message, hint] = duplicateKeyMessage(name, this.lineOf(earlier[0]));
      this.duplicates.push({ message, hint, span: [c, keyEnd] });
      delete data[name];
      keys?.delete(name);
    }
    if (!keys && (name.charCodeAt(0) ^ 0x30) < 10) {
      keys = frame.keys = new Set(Object.keys(data));
      this.order.set(data, keys);
    }
    keys?.add(name);
    let v = after;
    while (v < lineEnd && text.charCodeAt(v) === SPACE) v++;
    if (v === lineEnd || text.charCodeAt(v) === HASH) {
      this.pending = { frame, name, keyStart: c, keyEnd, ptr, depth: frame.depth + 1, at: v, mapKey: true, comment: v < lineEnd };
      define(data, name, null);
      return;
    }
    define(data, name, this.inline(v, lineEnd, frame.indent, ptr, frame.depth + 1, c, keyEnd));
    frame.lastEnd = this.skipTo > next ? this.skipTo : next;
    frame.absorbs = true;
  }

  /** `- value`, `- key: value` or `-` in a block list. */
  private item(frame: Frame, lineStart: number, c: number, lineEnd: number, next: number): void {
    const text = this.text;
    // Comment lines before the dash belong to this item; a null item would end after them.
    const commentBefore = frame.trailing >= 0;
    frame.trailing = -1;
    frame.absorbs = false;
    const list = frame.data as unknown[];
    const name = String(list.length);
    const ptr = `${frame.ptr}/${name}`;
    const depth = frame.depth + 1;
    let v = c + 1;
    while (v < lineEnd && text.charCodeAt(v) === SPACE) v++;
    if (v === lineEnd || text.charCodeAt(v) === HASH) {
      this.pending = { frame, name, keyStart: -1, keyEnd: -1, ptr, depth, at: v, mapKey: false, comment: commentBefore || v < lineEnd };
      return;
    }
    if (dashAt(text, v, lineEnd)) giveWay();
    if (this.key(v, lineEnd)) {
      const map = this.open(false, v - lineStart, v, ptr, depth, -1, -1);
      list.push(map.data);
      this.entry(map, v, lineEnd, next);
      return;
    }
    list.push(this.inline(v, lineEnd, frame.indent, ptr, depth, -1, -1));
    frame.lastEnd = this.skipTo > next ? this.skipTo : next;
    frame.absorbs = true;
  }

  /**
   * A mapping key at `c`: its name, where it ends and where its value may start (after the `:`).
   * Undefined when the text there is not a simple one-line key followed by `:` and a space or the line's end.
   */
  private key(c: number, lineEnd: number): [name: string, end: number, after: number] | undefined {
    const text = this.text;
    const ch = text.charCodeAt(c);
    if (ch === QUOTE || ch === DQUOTE) {
      const q = this.quoted(c, lineEnd);
      if (!q) return undefined;
      const colon = q[1];
      if (text.charCodeAt(colon) !== COLON || (colon + 1 < lineEnd && text.charCodeAt(colon + 1) !== SPACE)) return undefined;
      return [q[0], colon, colon + 1];
    }
    if (!plainStart(text, c, lineEnd)) return undefined;
    for (let i = c; i < lineEnd; i++) {
      const x = text.charCodeAt(i);
      if (x === COLON) {
        if (i + 1 < lineEnd && text.charCodeAt(i + 1) !== SPACE) continue;
        if (i === c || text.charCodeAt(i - 1) === SPACE || i - c > 1000) return undefined;
        const name = text.slice(c, i);
        if (name === '<<') return undefined;
        return [name, i, i + 1];
      }
      if (x === HASH || x === QUOTE || x === DQUOTE || x === OPEN || x === CLOSE || x === 0x7b || x === 0x7d || x === COMMA) return undefined;
    }
    return undefined;
  }

  /** A quoted scalar on one line starting at `c`: its value and the offset after its closing quote. */
  private quoted(c: number, lineEnd: number): [value: string, end: number] | undefined {
    const text = this.text;
    if (text.charCodeAt(c) === QUOTE) {
      let i = c + 1;
      let value = '';
      for (;;) {
        const close = text.indexOf("'", i);
        if (close === -1 || close >= lineEnd) return undefined;
        value += text.slice(i, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += "'";
          i = close + 2;
          continue;
        }
        return [value, close + 1];
      }
    }
    for (let i = c + 1; i < lineEnd; i++) {
      const x = text.charCodeAt(i);
      if (x === 0x5c) i++;
      else if (x === DQUOTE) {
        const value = unescapeDouble(text.slice(c + 1, i));
        return value === undefined ? undefined : [value, i + 1];
      }
    }
    return undefined;
  }

  /** A value written on the key's or dash's line: a scalar or a flow list. Returns its data. */
  private inline(v: number, lineEnd: number, parentIndent: number, ptr: string, depth: number, keyStart: number, keyEnd: number): unknown {
    const text = this.text;
    const ch = text.charCodeAt(v);
    if (ch === OPEN) return this.flowList(v, lineEnd, ptr, depth, keyStart, keyEnd);
    if (ch === QUOTE || ch === DQUOTE) {
      const q = this.quoted(v, lineEnd) ?? giveWay();
      if (!this.restIsEmpty(q[1], lineEnd)) giveWay();
      this.tick(depth);
      this.locs.add(ptr, keyStart, keyEnd, v, q[1]);
      return q[0];
    }
    if (!plainStart(text, v, lineEnd)) giveWay();
    const [end, comment] = plainEnd(text, v, lineEnd);
    const more = comment ? undefined : this.continuation(lineEnd, parentIndent);
    if (!more) return this.scalar(text.slice(v, end), v, end, ptr, depth, keyStart, keyEnd);
    return this.scalar(text.slice(v, end) + more.text, v, more.end, ptr, depth, keyStart, keyEnd);
  }

  /**
   * The lines that continue a plain scalar ending at `lineEnd`: those indented deeper than its block, up to a
   * comment, a line indented no deeper, or the end. Returns their folded text (a space for each line break, a
   * newline for each empty line between) and where the last one ends, and sets where reading goes on.
   */
  private continuation(lineEnd: number, parentIndent: number): { text: string; end: number } | undefined {
    const text = this.text;
    const n = text.length;
    let folded = '';
    let empty = 0;
    let end = -1;
    for (let pos = lineEnd + 1; lineEnd < n && pos <= n; ) {
      let eol = text.indexOf('\n', pos);
      if (eol === -1) eol = n;
      let c = pos;
      while (c < eol && text.charCodeAt(c) === SPACE) c++;
      if (c === eol) {
        if (eol === n) break;
        empty++;
        pos = eol + 1;
        continue;
      }
      if (c - pos <= parentIndent || text.charCodeAt(c) === HASH) break;
      if (text.charCodeAt(c) === DASH ? dashAt(text, c, eol) : !plainStart(text, c, eol)) giveWay();
      const [stop, comment] = plainEnd(text, c, eol);
      if (comment) giveWay();
      folded += (empty > 0 ? '\n'.repeat(empty) : ' ') + text.slice(c, stop);
      empty = 0;
      end = stop;
      this.skipTo = eol < n ? eol + 1 : n;
      pos = this.skipTo;
      if (eol === n) break;
    }
    return end === -1 ? undefined : { text: folded, end };
  }

  private scalar(raw: string, start: number, end: number, ptr: string, depth: number, keyStart: number, keyEnd: number): PlainValue {
    this.tick(depth);
    const [value, typed] = resolvePlain(raw);
    this.locs.add(ptr, keyStart, keyEnd, start, end, typed ? raw : undefined);
    return value;
  }

  /** `[a, "b", c]` on one line, of scalars only. */
  private flowList(v: number, lineEnd: number, ptr: string, depth: number, keyStart: number, keyEnd: number): unknown[] {
    const text = this.text;
    this.tick(depth);
    const loc = this.locs.add(ptr, keyStart, keyEnd, v, v);
    const list: unknown[] = [];
    let i = v + 1;
    for (;;) {
      while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
      if (i >= lineEnd) giveWay();
      if (text.charCodeAt(i) === CLOSE) break;
      const itemPtr = `${ptr}/${list.length}`;
      const ch = text.charCodeAt(i);
      if (ch === QUOTE || ch === DQUOTE) {
        const q = this.quoted(i, lineEnd) ?? giveWay();
        this.tick(depth + 1);
        this.locs.add(itemPtr, -1, -1, i, q[1]);
        list.push(q[0]);
        i = q[1];
      } else {
        if (!plainStart(text, i, lineEnd, true)) giveWay();
        let end = i;
        for (; end < lineEnd; end++) {
          const x = text.charCodeAt(end);
          if (x === COMMA || x === CLOSE) break;
          if (x === OPEN || x === 0x7b || x === 0x7d || x === HASH || x === QUOTE || x === DQUOTE) giveWay();
          if (x === COLON) {
            const y = text.charCodeAt(end + 1);
            if (end + 1 === lineEnd || y === SPACE || y === COMMA || y === CLOSE) giveWay();
          }
        }
        const last = trimEnd(text, i, end);
        list.push(this.scalar(text.slice(i, last), i, last, itemPtr, depth + 1, -1, -1));
        i = end;
      }
      while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
      const sep = text.charCodeAt(i);
      if (sep === COMMA) i++;
      else if (sep !== CLOSE || i >= lineEnd) giveWay();
    }
    this.locs.setEnd(loc, i + 1);
    if (!this.restIsEmpty(i + 1, lineEnd)) giveWay();
    return list;
  }
}

/**
 * Where a plain scalar on one line that starts at `c` ends, before its trailing spaces, and whether a comment
 * follows it. Gives way at a `: ` or a final `:`, which would make it a mapping key.
 */
function plainEnd(text: string, c: number, lineEnd: number): [end: number, comment: boolean] {
  for (let i = c; i < lineEnd; i++) {
    const x = text.charCodeAt(i);
    if (x === HASH && text.charCodeAt(i - 1) === SPACE) return [trimEnd(text, c, i), true];
    if (x === COLON && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) giveWay();
  }
  return [trimEnd(text, c, lineEnd), false];
}

/** Whether a block list's `-` is at `c`: followed by a space or the line's end. */
function dashAt(text: string, c: number, lineEnd: number): boolean {
  return text.charCodeAt(c) === DASH && (c + 1 === lineEnd || text.charCodeAt(c + 1) === SPACE);
}

/** `end` moved back over spaces, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/**
 * Whether a plain scalar may start at `c`: YAML's indicators may not, except `-`, `?` and `:` before a character
 * that is not a space (nor, in a flow list, a flow indicator).
 */
function plainStart(text: string, c: number, lineEnd: number, flow = false): boolean {
  switch (text.charCodeAt(c)) {
    case DASH:
    case 0x3f: // ?
    case COLON: {
      if (c + 1 >= lineEnd) return false;
      const next = text.charCodeAt(c + 1);
      return next !== SPACE && !(flow && (next === COMMA || next === OPEN || next === CLOSE || next === 0x7b || next === 0x7d));
    }
    case COMMA: case OPEN: case CLOSE: case 0x7b: case 0x7d: case HASH: case 0x26: case 0x2a: case 0x21:
    case 0x7c: case 0x3e: case QUOTE: case DQUOTE: case 0x25: case 0x40: case 0x60:
      return false;
    default:
      return true;
  }
}
