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

/** The warning for a key written twice; Drone's parser kept the later value, and so do both readers. */
export function duplicateKeyMessage(name: string, earlierLine: number): [message: string, hint: string] {
  return [`duplicate key \`${name}\`: this one replaces the one on line ${earlierLine}`, "Drone's YAML parser kept the later value too; remove one of them"];
}

/**
 * Locations stored flat, for the block reader: four offsets per value in one typed array, the text as written
 * only for typed scalars, and the index by pointer built on the first look-up. A `Loc` object is made only
 * when one is asked for, which on the way to a clean compile is seldom: a large file then costs a fraction of
 * the memory and garbage collection of a `Map` of objects. Behaves as that `Map` would, order included.
 */
export class LocTable implements Locations {
  private readonly ptrs: string[] = [];
  private offsets = new Int32Array(4 * 1024);
  private readonly raws = new Map<number, string>();
  private index: Map<string, number> | undefined;

  /** Records where the value at `ptr` is (`keyStart` -1 when it has no key); returns an id for `setEnd`. */
  add(ptr: string, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number, raw?: string): number {
    const id = this.ptrs.length;
    if (4 * id >= this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const o = this.offsets;
    o[4 * id] = keyStart;
    o[4 * id + 1] = keyEnd;
    o[4 * id + 2] = valueStart;
    o[4 * id + 3] = valueEnd;
    if (raw !== undefined) this.raws.set(id, raw);
    this.ptrs.push(ptr);
    this.index?.set(ptr, id);
    return id;
  }

  /** Sets where a value recorded by `add` ends (a block's end is known when it closes). */
  setEnd(id: number, valueEnd: number): void {
    this.offsets[4 * id + 3] = valueEnd;
  }

  get(ptr: string): Loc | undefined {
    const id = this.lookup().get(ptr);
    return id === undefined ? undefined : this.loc(id);
  }

  has(ptr: string): boolean {
    return this.lookup().has(ptr);
  }

  keys(): IterableIterator<string> {
    return this.lookup().keys();
  }

  *[Symbol.iterator](): IterableIterator<[string, Loc]> {
    for (const [ptr, id] of this.lookup()) yield [ptr, this.loc(id)];
  }

  /** The index by pointer; a pointer recorded again (a duplicate key) names its latest location. */
  private lookup(): Map<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (let id = 0; id < this.ptrs.length; id++) this.index.set(this.ptrs[id]!, id);
    }
    return this.index;
  }

  private loc(id: number): Loc {
    const o = this.offsets;
    const value: Span = [o[4 * id + 2]!, o[4 * id + 3]!];
    const raw = this.raws.get(id);
    const keyStart = o[4 * id]!;
    if (keyStart < 0) return raw === undefined ? { value } : { value, raw };
    const key: Span = [keyStart, o[4 * id + 1]!];
    return raw === undefined ? { key, value } : { key, value, raw };
  }
}
