import type { Loc, ParsedFile } from '../parse/index.js';
import type { Span } from '../source.js';
/** The location of the value at a pointer, or of its nearest located ancestor. */
export declare function locate(file: ParsedFile, ptr: string): Loc;
/** The span of the key of the value at a pointer, else of the value. */
export declare function keySpan(file: ParsedFile, ptr: string): Span;
