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
    /** Steps the full reader took to resolve aliases (a measure of work for tests; the block reader has none). */
    readonly aliasSteps?: number;
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
/** The warning for a key written twice; Drone's parser kept the later value, and so do both readers. */
export declare function duplicateKeyMessage(name: string, earlierLine: number): [message: string, hint: string];
/**
 * Locations stored flat, for the block reader: four offsets per value in one typed array, the text as written
 * only for typed scalars, and the index by pointer built on the first look-up. A `Loc` object is made only
 * when one is asked for, which on the way to a clean compile is seldom: a large file then costs a fraction of
 * the memory and garbage collection of a `Map` of objects. Behaves as that `Map` would, order included.
 */
export declare class LocTable implements Locations {
    private readonly ptrs;
    private offsets;
    private readonly raws;
    private index;
    /** Records where the value at `ptr` is (`keyStart` -1 when it has no key); returns an id for `setEnd`. */
    add(ptr: string, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number, raw?: string): number;
    /** Sets where a value recorded by `add` ends (a block's end is known when it closes). */
    setEnd(id: number, valueEnd: number): void;
    get(ptr: string): Loc | undefined;
    has(ptr: string): boolean;
    keys(): IterableIterator<string>;
    [Symbol.iterator](): IterableIterator<[string, Loc]>;
    /** The index by pointer; a pointer recorded again (a duplicate key) names its latest location. */
    private lookup;
    private loc;
}
