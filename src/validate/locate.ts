import type { Loc, ParsedFile } from '../parse/index.js';
import type { Span } from '../source.js';
import { parentPointer } from './paths.js';

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
