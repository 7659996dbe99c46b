import type { Span } from '../source.js';
/** Where a value came from: the span of its key (in a mapping), of its value, and the value as written. */
export interface Loc {
    readonly key?: Span;
    readonly value: Span;
    /** For a scalar that YAML read as a number, boolean, null or date: the text as written (`yes`, `4444`). */
    readonly raw?: string;
}
/** Locations by JSON pointer; a `Map` is one. */
export interface Locations {
    get(ptr: string): Loc | undefined;
    has(ptr: string): boolean;
    keys(): IterableIterator<string>;
    [Symbol.iterator](): IterableIterator<[string, Loc]>;
}
/** The input as plain data, with the source location of every value by JSON pointer (`/compose/db/image`). */
export interface ParsedFile {
    readonly data: unknown;
    readonly locs: Locations;
    /** The keys of a mapping of `data` in source order (JavaScript would put integer-like keys first). */
    keys(mapping: object): string[];
    /** Comparisons made to resolve the aliases of this document (a measure of work, for tests). */
    readonly aliasSteps?: number;
    /** Where the document is in the file (from its `---`, if any, to its end). */
    readonly span?: Span;
}
export interface ParseLimits {
    /** Largest accepted input, in bytes of UTF-8. */
    readonly maxBytes: number;
    /** Most values the document may expand to (aliases count each time they are used). */
    readonly maxNodes: number;
    /** Deepest accepted nesting of mappings and lists. */
    readonly maxDepth: number;
}
export declare const DEFAULT_LIMITS: ParseLimits;
/** Values a document may expand to: generous for its size, far below what an alias bomb asks for. */
export declare function nodeBudget(limits: ParseLimits, textLength: number): number;
/** Escapes a mapping key for a JSON pointer, as ajv's instancePath does. */
export declare function pointerKey(key: string): string;
/**
 * The keys of a mapping in source order: from `order` when the reader kept them (a set, in which a key written
 * again moves to the end), else as JavaScript lists them.
 */
export declare function keysOf(order: WeakMap<object, Set<string>>, mapping: object): string[];
/** Sets an own, enumerable property, so that keys such as `__proto__` stay plain data. */
export declare function define(obj: Record<string, unknown>, key: string, value: unknown): void;
/** The warning for a key written twice; Drone's parser kept the later value, and so does drone-compose. */
export declare function duplicateKeyMessage(name: string, earlierLine: number): [message: string, hint: string];
