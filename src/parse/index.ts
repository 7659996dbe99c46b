import type { Diagnostics } from '../diagnostics.js';
import type { SourceFile } from '../source.js';
import { DEFAULT_LIMITS, type ParsedFile, type ParseLimits } from './model.js';
import { readYaml, readYamlDocuments } from './yaml.js';

export { DEFAULT_LIMITS, pointerKey, type Loc, type Locations, type ParsedFile, type ParseLimits } from './model.js';

/**
 * Parses a Drone file of one document as YAML 1.1 (the dialect Drone's parser read: `yes`/`no` are booleans,
 * `<<` merges), with the `yaml` package. Never throws for bad input: YAML errors, duplicate keys, unknown aliases
 * and exceeded limits become diagnostics. Duplicate keys keep the later value, as Drone's parser did, and are
 * reported with the place of the earlier one. A second document is a `yaml-syntax` error. Returns undefined
 * when nothing usable was read.
 */
export function parseYaml(source: SourceFile, diags: Diagnostics, limits: ParseLimits = DEFAULT_LIMITS): ParsedFile | undefined {
  if (!withinSize(source, diags, limits)) return undefined;
  return readYaml(source, diags, limits);
}

/**
 * Parses a file of several YAML documents (the later Drone formats put one pipeline in each), as `parseYaml`
 * reads one: one `ParsedFile` per document, in order, its pointers relative to its own root, its spans offsets
 * in the whole file. `...` may end a document. The limits hold for the whole file: its size, its nesting, and
 * the values all its documents expand to together. Returns an empty list for a file without documents, and
 * for one that cannot be read (a syntax error or an exceeded limit, reported into `diags`).
 */
export function parseYamlDocuments(source: SourceFile, diags: Diagnostics, limits: ParseLimits = DEFAULT_LIMITS): ParsedFile[] {
  if (!withinSize(source, diags, limits)) return [];
  return readYamlDocuments(source, diags, limits);
}

function withinSize(source: SourceFile, diags: Diagnostics, limits: ParseLimits): boolean {
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a pair of them 4): most files are counted without
  // Buffer.byteLength, whose code Node.js would otherwise compile at every start.
  if (source.text.length * 3 <= limits.maxBytes || Buffer.byteLength(source.text) <= limits.maxBytes) return true;
  diags.error('too-large', `the file is larger than ${limits.maxBytes} bytes`, undefined, 'split the file, or raise the limit with --max-bytes');
  return false;
}
