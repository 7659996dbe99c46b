/** Helpers for the schema rule, whose findings name places by JSON pointer: spans and words users read. */
import type { Loc, ParsedFile } from '../../parse/index.js';
import type { Span } from '../../source.js';
/** The location of the value at a pointer, or of its nearest located ancestor. */
export declare function locate(file: ParsedFile, ptr: string): Loc;
/** The span of the key of the value at a pointer, else of the value. */
export declare function keySpan(file: ParsedFile, ptr: string): Span;
export declare function splitPointer(ptr: string): string[];
export declare function parentPointer(ptr: string): string;
/** "service `db`", "build step `test`", "`build`" — the container a pointer is inside, if any. */
export declare function containerLabel(segments: readonly string[]): string | undefined;
/** Describes the value at a pointer: "`image` of service `db`", "item 2 of `environment` of `build`". */
export declare function describePointer(ptr: string): string;
