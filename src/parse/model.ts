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

export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 10 * 1024 * 1024, maxNodes: 1_000_000, maxDepth: 64 };

/** Values a document may expand to: generous for its size, far below what an alias bomb asks for. */
export function nodeBudget(limits: ParseLimits, textLength: number): number {
  return Math.min(limits.maxNodes, 100_000 + 10 * textLength);
}

/** Escapes a mapping key for a JSON pointer, as ajv's instancePath does. */
export function pointerKey(key: string): string {
  if (key.indexOf('~') === -1 && key.indexOf('/') === -1) return key;
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The keys of a mapping in source order: from `order` when the reader kept them (a set, in which a key written
 * again moves to the end), else as JavaScript lists them.
 */
export function keysOf(order: WeakMap<object, Set<string>>, mapping: object): string[] {
  const keys = order.get(mapping);
  return keys ? [...keys] : Object.keys(mapping);
}

/** Sets an own, enumerable property, so that keys such as `__proto__` stay plain data. */
export function define(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** The warning for a key written twice; Drone's parser kept the later value, and so does drone-compose. */
export function duplicateKeyMessage(name: string, earlierLine: number): [message: string, hint: string] {
  return [`duplicate key \`${name}\`: this one replaces the one on line ${earlierLine}`, "Drone's YAML parser kept the later value too; remove one of them"];
}
