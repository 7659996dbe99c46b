/** Helpers for the schema rule, whose findings name places by JSON pointer: spans and words users read. */
import type { Loc, ParsedFile } from '../../parse/index.js';
import type { Span } from '../../source.js';
import { CONTAINER_KEYS } from './decode.js';

/** The location of the value at a pointer, or of its nearest located ancestor. */
export function locate(file: ParsedFile, ptr: string): Loc {
  for (let p = ptr; ; p = parentPointer(p)) {
    const loc = file.locs.get(p);
    if (loc) return loc;
    if (p === '') return { value: [0, 0] };
  }
}

/** The span of the key of the value at a pointer, else of the value. */
export function keySpan(file: ParsedFile, ptr: string): Span {
  const loc = locate(file, ptr);
  return loc.key ?? loc.value;
}

export function splitPointer(ptr: string): string[] {
  if (ptr === '') return [];
  return ptr
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function parentPointer(ptr: string): string {
  const i = ptr.lastIndexOf('/');
  return i <= 0 ? '' : ptr.slice(0, i);
}

/** "service `db`", "build step `test`", "`build`" — the container a pointer is inside, if any. */
export function containerLabel(segments: readonly string[]): string | undefined {
  const [section, name] = segments;
  if (section === 'compose' && name !== undefined) return `service \`${name}\``;
  if (section === 'build') {
    if (name === undefined || CONTAINER_KEYS.has(name)) return '`build`';
    return `build step \`${name}\``;
  }
  return undefined;
}

/** Describes the value at a pointer: "`image` of service `db`", "item 2 of `environment` of `build`". */
export function describePointer(ptr: string): string {
  const seg = splitPointer(ptr);
  const label = containerLabel(seg);
  const depth = label === '`build`' && seg.length > 1 && CONTAINER_KEYS.has(seg[1]!) ? 1 : 2;
  const inner = label ? seg.slice(depth) : seg;
  let text: string;
  if (inner.length === 0) text = label ?? '`' + seg.join('.') + '`';
  else {
    const last = inner[inner.length - 1]!;
    const key = inner.filter((s) => !/^\d+$/.test(s)).join('.');
    text = /^\d+$/.test(last) ? `item ${Number(last) + 1} of \`${key}\`` : `\`${key}\``;
    if (label) text += ` of ${label}`;
  }
  return text;
}
