import { Composer, isAlias, isMap, isScalar, isSeq, Lexer, Parser, visit, YAMLParseError, type Alias, type Document, type Node } from 'yaml';
import type { Diagnostics } from '../diagnostics.js';
import type { SourceFile, Span } from '../source.js';
import { yaml11Tags } from './scalar-tags.js';
import { define, duplicateKeyMessage, keysOf, nodeBudget, pointerKey, type Loc, type ParsedFile, type ParseLimits } from './model.js';

class LimitExceeded extends Error {}

/**
 * How the `yaml` package reads every input: YAML 1.1 (Drone's parser read `yes`/`no` as booleans and `<<` as a
 * merge), repeated keys kept (they are reported here, with both places), and no refusal of keys longer than
 * 1024 characters (Drone's parser had no such rule). The 1.1 tags are the package's own, with a check of the
 * first character before their patterns, and `!!binary` as its Node.js build decodes it (scalar-tags.ts).
 */
const OPTIONS = { version: '1.1', uniqueKeys: false, prettyErrors: false, strict: false, customTags: yaml11Tags } as const;

/**
 * Reads a file that holds one YAML document. Any YAML 1.1 is accepted and converted to plain data with the
 * location of every value. Never throws for bad input: YAML errors, duplicate keys, unknown aliases and exceeded
 * limits become diagnostics, and the result is undefined when nothing usable was read. A second document is a
 * `yaml-syntax` error at its start (use `readYamlDocuments` for formats with several).
 */
export function readYaml(source: SourceFile, diags: Diagnostics, limits: ParseLimits): ParsedFile | undefined {
  const docs = composeDocuments(source.text, diags, limits, true);
  if (!docs) return undefined;
  return convert(docs, source, diags, limits)?.[0];
}

/**
 * Reads a YAML stream of any number of documents (separated by `---`, each optionally ended by `...`): one
 * `ParsedFile` per document, in order, whose pointers start at its own root and whose spans are offsets in the
 * whole file. The limits apply to the file as a whole (nesting, and the values all documents expand to
 * together; the caller checks the size); anchors are those of the document itself, as YAML defines. A file with no document (empty, or
 * only comments) gives an empty list, and so does one that cannot be read (a syntax error or an exceeded limit,
 * reported).
 */
export function readYamlDocuments(source: SourceFile, diags: Diagnostics, limits: ParseLimits): ParsedFile[] {
  const docs = composeDocuments(source.text, diags, limits, false);
  if (!docs) return [];
  return convert(docs, source, diags, limits) ?? [];
}

/**
 * The documents of a text, composed by the `yaml` package in one pass over its tokens, or undefined when it has
 * errors (reported). Nesting is checked on the tokens as they are read (`NestingGuard`), so a text of millions
 * of `[` stops at the first one too deep, before the parser has built more than the allowed levels.
 * With `single`, the first document is the result and the start of a second one is an error.
 */
function composeDocuments(text: string, diags: Diagnostics, limits: ParseLimits, single: boolean): Document.Parsed[] | undefined {
  const guard = new NestingGuard(limits.maxDepth);
  const lexer = new Lexer();
  const parser = new Parser();
  const composer = new Composer(OPTIONS);
  let deep: number | undefined;
  function* tokens() {
    for (const lexeme of lexer.lex(text)) {
      if (guard.step(lexeme)) {
        deep = guard.offset;
        return;
      }
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  const docs: Document.Parsed[] = [];
  try {
    for (const doc of composer.compose(tokens(), single, single ? text.length : -1)) {
      if (deep !== undefined) break;
      if (single && docs.length === 1) {
        // As the package's own parseDocument reports it.
        docs[0]!.errors.push(new YAMLParseError([doc.range[0], doc.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
        break;
      }
      docs.push(doc);
    }
  } catch (e) {
    if (e instanceof RangeError) {
      diags.error('too-large', 'the file nests too deeply to be read');
      return undefined;
    }
    throw e;
  }
  if (deep !== undefined) {
    diags.error('too-large', `the document nests deeper than ${limits.maxDepth} levels`, [deep, deep + 1]);
    return undefined;
  }
  let failed = false;
  for (const doc of docs) {
    const overflow = doc.errors.find((e) => /Maximum call stack/.test(e.message));
    if (overflow) {
      // Where the parser ran out of stack depends on the stack it had: point at the start of that line instead.
      const start = text.lastIndexOf('\n', overflow.pos[0] - 1) + 1;
      diags.error('too-large', 'the file nests too deeply to be read', [start, start + 1]);
      return undefined;
    }
  }
  for (const doc of docs) {
    for (const e of doc.errors) diags.error('yaml-syntax', yamlMessage(e.message), [e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)]);
    if (doc.errors.length > 0) failed = true;
  }
  if (failed) return undefined;
  for (const doc of docs) for (const w of doc.warnings) diags.warning('yaml-syntax', yamlMessage(w.message), [w.pos[0], w.pos[1]]);
  return docs;
}

/** The documents as plain data with locations, under one budget of values; undefined when a limit was exceeded. */
function convert(docs: readonly Document.Parsed[], source: SourceFile, diags: Diagnostics, limits: ParseLimits): ParsedFile[] | undefined {
  const budget: Budget = { count: 0, max: nodeBudget(limits, source.text.length), maxDepth: limits.maxDepth, steps: 0, lastNode: null };
  const files: ParsedFile[] = [];
  try {
    for (const doc of docs) {
      const steps = budget.steps;
      const locs = new Map<string, Loc>();
      const converter = new Converter(doc, source, diags, locs, budget);
      const data = doc.contents === null ? null : converter.value(doc.contents as Node, '', 0);
      const order = converter.order;
      files.push({ data, locs, keys: (mapping) => keysOf(order, mapping), aliasSteps: budget.steps - steps, span: [doc.range[0], doc.range[1]] });
    }
  } catch (e) {
    if (e instanceof LimitExceeded) {
      diags.error('too-large', e.message, spanOf(budget.lastNode), 'YAML aliases that expand to huge documents are refused');
      return undefined;
    }
    throw e;
  }
  return files;
}

/**
 * Watches the lexemes of the YAML lexer for nesting deeper than `max`: a flow collection (`[`, `{`) opened inside
 * `max` others, or the indicator (`- `, `? `) beyond the `max`th that opens a nested block collection on one line
 * (`- - - x`). Brackets and dashes in quoted, plain and block scalars and in comments are not indicators and do
 * not count. Constant memory and constant work per lexeme.
 */
class NestingGuard {
  private depth = 0;
  private onLine = 0;
  /** Offset in the text of the lexeme given to `step` last. */
  offset = 0;
  private next = 0;

  constructor(private readonly max: number) {}

  /** Takes the next lexeme; true when it opens a collection that certainly nests too deep (at `offset`). */
  step(token: string): boolean {
    this.offset = this.next;
    if (token === '[' || token === '{') {
      if (++this.depth > this.max) return true;
    } else if (token === ']' || token === '}') {
      this.depth--;
    } else if (token === '\n' || token === '\r\n') {
      this.onLine = 0;
    } else if ((token === '-' || token === '?') && this.depth <= 0) {
      if (++this.onLine > this.max) return true;
    }
    // The lexer's own markers (document start, scalar, flow end…) are single control characters not in the text.
    if (token.length === 1 && token < ' ' && token !== '\t' && token !== '\n' && token !== '\r') return false;
    this.next += token.length;
    return false;
  }
}

/**
 * The offset of the first collection that certainly nests more than `max` levels deep (see `NestingGuard`), or
 * undefined. Uses only the YAML lexer, which keeps no tree: linear time, constant memory.
 */
export function deepNesting(text: string, max: number): number | undefined {
  const guard = new NestingGuard(max);
  for (const token of new Lexer().lex(text)) if (guard.step(token)) return guard.offset;
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

/** What the conversion of one file may spend, shared by its documents. */
interface Budget {
  /** Values converted so far (an alias counts each time it is used), and the most allowed. */
  count: number;
  readonly max: number;
  readonly maxDepth: number;
  /** Comparisons made to resolve aliases. */
  steps: number;
  /** The node converted last: where the conversion was when it stopped. */
  lastNode: Node | null;
}

/** Converts one document to plain data, recording where each value is. */
class Converter {
  /** Source order of the keys of every mapping. */
  readonly order = new WeakMap<object, Set<string>>();
  private readonly active = new Set<Node>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly source: SourceFile,
    private readonly diags: Diagnostics,
    private readonly locs: Map<string, Loc>,
    private readonly budget: Budget,
  ) {}

  /**
   * Every anchor of the document by name, in source order (an alias names the last one defined before it);
   * made when the first alias is met, so that a document without aliases is not walked for them.
   */
  private anchors: Map<string, { at: number; node: Node }[]> | undefined;

  private anchorIndex(): Map<string, { at: number; node: Node }[]> {
    if (this.anchors) return this.anchors;
    const anchors = new Map<string, { at: number; node: Node }[]>();
    visit(this.doc, {
      Node: (_, node) => {
        const anchor = (node as { anchor?: string }).anchor;
        if (!anchor || !node.range) return;
        const list = anchors.get(anchor) ?? [];
        list.push({ at: node.range[0], node });
        anchors.set(anchor, list);
      },
    });
    this.anchors = anchors;
    return anchors;
  }

  /** The node an alias refers to, found in the index (resolving through the document each time is quadratic). */
  private resolve(alias: Alias): Node | undefined {
    const list = this.anchorIndex().get(alias.source);
    if (!list) return undefined;
    const at = alias.range?.[0] ?? Infinity;
    // The last anchor before the alias, by binary search: scanning the list for each alias is quadratic
    // when a file repeats one anchor name many times.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      this.budget.steps++;
      if (list[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1]!.node : undefined;
  }

  private tick(node: Node | null, depth: number): void {
    const b = this.budget;
    b.count++;
    b.lastNode = node;
    if (b.count > b.max) throw new LimitExceeded(`the document expands to more than ${b.max} values`);
    if (depth > b.maxDepth) throw new LimitExceeded(`the document nests deeper than ${b.maxDepth} levels`);
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
        this.diags.warning('duplicate-key', message, keySpan, hint, [{ span: earlier, message: `the earlier \`${name}\` is here` }]);
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
