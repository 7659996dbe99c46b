import { isAlias, isMap, isScalar, isSeq, Lexer, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import type { Diagnostics } from '../diagnostics.js';
import type { SourceFile, Span } from '../source.js';
import { define, duplicateKeyMessage, keysOf, nodeBudget, pointerKey, type Loc, type ParsedFile, type ParseLimits } from './model.js';

class LimitExceeded extends Error {}

/**
 * The full reader: any YAML 1.1 through the `yaml` package, then converted to plain data with locations.
 * Never throws for bad input: YAML errors, duplicate keys, unknown aliases and exceeded limits become diagnostics.
 */
export function readYaml(source: SourceFile, diags: Diagnostics, limits: ParseLimits): ParsedFile | undefined {
  const text = source.text;
  const deep = deepNesting(text, limits.maxDepth);
  if (deep !== undefined) {
    // Checked before the parser builds anything: millions of `[` would otherwise exhaust the heap.
    diags.error('too-large', `the document nests deeper than ${limits.maxDepth} levels`, [deep, deep + 1]);
    return undefined;
  }
  let doc: Document.Parsed;
  try {
    // These options are part of what the block reader (block.ts) mirrors; change them together.
    doc = parseDocument(text, { version: '1.1', uniqueKeys: false, prettyErrors: false, strict: false });
  } catch (e) {
    if (e instanceof RangeError) {
      diags.error('too-large', 'the file nests too deeply to be read');
      return undefined;
    }
    throw e;
  }
  const overflow = doc.errors.find((e) => /Maximum call stack/.test(e.message));
  if (overflow) {
    // Where the parser ran out of stack depends on the stack it had: point at the start of that line instead.
    const start = text.lastIndexOf('\n', overflow.pos[0] - 1) + 1;
    diags.error('too-large', 'the file nests too deeply to be read', [start, start + 1]);
    return undefined;
  }
  for (const e of doc.errors) diags.error('yaml-syntax', yamlMessage(e.message), [e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)]);
  if (doc.errors.length > 0) return undefined;
  for (const w of doc.warnings) diags.warning('yaml-syntax', yamlMessage(w.message), [w.pos[0], w.pos[1]]);

  const locs = new Map<string, Loc>();
  const converter = new Converter(doc, source, diags, locs, limits);
  try {
    const data = doc.contents === null ? null : converter.value(doc.contents as Node, '', 0);
    const order = converter.order;
    return { data, locs, keys: (mapping) => keysOf(order, mapping), aliasSteps: converter.steps };
  } catch (e) {
    if (e instanceof LimitExceeded) {
      diags.error('too-large', e.message, converter.lastSpan, 'YAML aliases that expand to huge documents are refused');
      return undefined;
    }
    throw e;
  }
}

/**
 * The offset of the first collection that certainly nests more than `max` levels deep, or undefined: a flow
 * collection (`[`, `{`) opened inside `max` others, or the indicator (`- `, `? `) beyond the `max`th that
 * opens a nested block collection on one line (`- - - x`). Uses only the YAML lexer, which keeps no tree:
 * linear time, constant memory. Brackets and dashes in quoted, plain and block scalars and in comments are
 * not indicators and do not count.
 */
export function deepNesting(text: string, max: number): number | undefined {
  let depth = 0;
  let onLine = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > max) return offset;
    } else if (token === ']' || token === '}') {
      depth--;
    } else if (token === '\n' || token === '\r\n') {
      onLine = 0;
    } else if ((token === '-' || token === '?') && depth <= 0) {
      if (++onLine > max) return offset;
    }
    // The lexer's own markers (document start, scalar, flow end…) are single control characters not in the text.
    if (token.length === 1 && token < ' ' && token !== '\t' && token !== '\n' && token !== '\r') continue;
    offset += token.length;
  }
  return undefined;
}

/** The first sentence of a YAML library message, without its position suffix. */
function yamlMessage(m: string): string {
  const first = m.split('\n')[0] ?? m;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

function spanOf(node: Node | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

class Converter {
  private count = 0;
  /** Source order of the keys of every mapping. */
  readonly order = new WeakMap<object, Set<string>>();
  private readonly active = new Set<Node>();
  private lastNode: Node | null = null;

  /** Where the conversion was when it stopped. */
  get lastSpan(): Span | undefined {
    return spanOf(this.lastNode);
  }
  private readonly maxNodes: number;

  constructor(
    doc: Document.Parsed,
    private readonly source: SourceFile,
    private readonly diags: Diagnostics,
    private readonly locs: Map<string, Loc>,
    private readonly limits: ParseLimits,
  ) {
    this.maxNodes = nodeBudget(limits, source.text.length);
    visit(doc, {
      Node: (_, node) => {
        const anchor = (node as { anchor?: string }).anchor;
        if (!anchor || !node.range) return;
        const list = this.anchors.get(anchor) ?? [];
        list.push({ at: node.range[0], node });
        this.anchors.set(anchor, list);
      },
    });
  }

  /** Every anchor by name, in source order: an alias names the last one defined before it. */
  private readonly anchors = new Map<string, { at: number; node: Node }[]>();

  /** The node an alias refers to, found once in an index (resolving through the document each time is quadratic). */
  private resolve(alias: Alias): Node | undefined {
    const list = this.anchors.get(alias.source);
    if (!list) return undefined;
    const at = alias.range?.[0] ?? Infinity;
    // The last anchor before the alias, by binary search: scanning the list for each alias is quadratic
    // when a file repeats one anchor name many times.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      this.steps++;
      if (list[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1]!.node : undefined;
  }

  /** Comparisons made to resolve aliases: at most log2(anchors of a name) + 1 per alias (test/property/robustness.test.ts). */
  steps = 0;

  private tick(node: Node | null, depth: number): void {
    this.count++;
    this.lastNode = node;
    if (this.count > this.maxNodes) throw new LimitExceeded(`the document expands to more than ${this.maxNodes} values`);
    if (depth > this.limits.maxDepth) throw new LimitExceeded(`the document nests deeper than ${this.limits.maxDepth} levels`);
  }

  /** Converts a node to plain data and records where each value is. `ptr` is the node's JSON pointer. */
  value(node: Node | null, ptr: string, depth: number, key?: Span): unknown {
    this.tick(node, depth);
    if (node === null) {
      if (key) this.locs.set(ptr, { key, value: [key[1], key[1]] });
      return null;
    }
    if (isAlias(node)) {
      const target = this.resolve(node);
      const here = spanOf(node)!;
      if (!target) {
        this.diags.error('yaml-alias', `the alias *${node.source} names no anchor defined before it`, here);
        return null;
      }
      if (this.active.has(target)) {
        this.diags.error('yaml-alias', `the alias *${node.source} refers to a value that contains it`, here);
        return null;
      }
      return this.value(target, ptr, depth, key);
    }
    const value = spanOf(node) ?? [0, 0];
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') {
        this.locs.set(ptr, key ? { key, value } : { value });
        return v;
      }
      const raw = node.source ?? String(v);
      this.locs.set(ptr, key ? { key, value, raw } : { value, raw });
      if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
      return raw; // dates, sexagesimal times and other YAML 1.1 types are kept as written
    }
    this.locs.set(ptr, key ? { key, value } : { value });
    this.active.add(node);
    try {
      if (isSeq(node)) {
        return node.items.map((item, i) => this.value(item as Node | null, `${ptr}/${i}`, depth + 1));
      }
      if (isMap(node)) return this.map(node, ptr, depth);
    } finally {
      this.active.delete(node);
    }
    return null;
  }

  private map(node: Node, ptr: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const keys = new Set<string>();
    this.order.set(out, keys);
    const explicit = new Map<string, Span>();
    const merges: (Node | null)[] = [];
    for (const pair of isMap(node) ? node.items : []) {
      const k = pair.key as Node | null;
      if (isScalar(k) && typeof k.value === 'symbol') {
        merges.push(pair.value as Node | null);
        continue;
      }
      const name = this.keyName(k);
      if (name === undefined) continue;
      const keySpan = spanOf(k) ?? [0, 0];
      const earlier = explicit.get(name);
      if (earlier) {
        const [message, hint] = duplicateKeyMessage(name, this.source.position(earlier[0]).line);
        this.diags.warning('duplicate-key', message, keySpan, hint);
        delete out[name];
        keys.delete(name);
      }
      explicit.set(name, keySpan);
      keys.add(name);
      define(out, name, this.value(pair.value as Node | null, `${ptr}/${pointerKey(name)}`, depth + 1, keySpan));
    }
    // `<<` merge keys: keys written in the mapping win; among merged mappings, the earlier one wins; a merged
    // mapping brings what its own `<<` merges, recursively (as Go's YAML parser did).
    for (const value of merges) {
      for (const src of this.mergeSources(value, true)) {
        if (this.active.has(src)) {
          this.diags.error('yaml-alias', 'the `<<` merge key refers to a mapping that contains it', spanOf(value));
          continue;
        }
        for (const pair of this.mergedPairs(src)) {
          this.tick(pair.key, depth);
          if (Object.prototype.hasOwnProperty.call(out, pair.name)) continue;
          keys.add(pair.name);
          define(out, pair.name, this.value(pair.value, `${ptr}/${pointerKey(pair.name)}`, depth + 1, spanOf(pair.key)));
        }
      }
    }
    return out;
  }

  /** The mappings a `<<` value names: a mapping, an alias of one, or a list of those. Others are reported when `report`. */
  private mergeSources(value: Node | null, report: boolean): Node[] {
    const resolved = isAlias(value) ? this.resolve(value) : value;
    const items = isSeq(resolved) ? (resolved.items as (Node | null)[]) : [resolved ?? null];
    const out: Node[] = [];
    for (const item of items) {
      const src = isAlias(item) ? this.resolve(item) : item;
      if (isMap(src)) out.push(src);
      else if (report) this.diags.error('invalid-type', 'a `<<` merge key needs a mapping or a list of mappings', spanOf(item ?? value));
    }
    return out;
  }

  /** Merged pairs of each mapping, computed once: a chain of merges costs the sum of its sizes, not their product. */
  private readonly merged = new Map<Node, MergedPair[]>();
  private readonly merging = new Set<Node>();

  /**
   * The keys a mapping brings to a `<<` merge, in order: its own (a repeated key keeps the later value, in the
   * later place), then those its own merges add that it does not have, earlier merges first. Mistakes inside are
   * reported where the mapping itself is read, not here; a merge cycle adds nothing.
   */
  private mergedPairs(src: Node): MergedPair[] {
    const done = this.merged.get(src);
    if (done) return done;
    if (this.merging.has(src) || !isMap(src)) return [];
    this.merging.add(src);
    const byName = new Map<string, MergedPair>();
    const merges: (Node | null)[] = [];
    for (const pair of src.items) {
      const k = pair.key as Node | null;
      this.tick(k, 0);
      if (isScalar(k) && typeof k.value === 'symbol') {
        merges.push(pair.value as Node | null);
        continue;
      }
      const name = plainKeyName(k);
      if (name === undefined) continue;
      byName.delete(name);
      byName.set(name, { name, key: k, value: pair.value as Node | null });
    }
    for (const value of merges) {
      for (const inner of this.mergeSources(value, false)) {
        for (const pair of this.mergedPairs(inner)) {
          this.tick(pair.key, 0);
          if (!byName.has(pair.name)) byName.set(pair.name, pair);
        }
      }
    }
    const pairs = [...byName.values()];
    this.merging.delete(src);
    this.merged.set(src, pairs);
    return pairs;
  }

  private keyName(k: Node | null): string | undefined {
    const name = plainKeyName(k);
    if (name === undefined) this.diags.error('invalid-type', 'a mapping key must be a plain value, not a list or mapping', spanOf(k));
    return name;
  }
}

interface MergedPair {
  readonly name: string;
  readonly key: Node | null;
  readonly value: Node | null;
}

/** A mapping key as text (`yes` stays `yes`), or undefined for a list or mapping used as a key. */
function plainKeyName(k: Node | null): string | undefined {
  if (k === null) return '';
  if (isScalar(k)) return typeof k.value === 'string' ? k.value : (k.source ?? String(k.value));
  return undefined;
}
