import type { Diagnostics } from '../diagnostics.js';
import type { SourceFile } from '../source.js';
import { type ParsedFile, type ParseLimits } from './model.js';
export { DEFAULT_LIMITS, pointerKey, type Loc, type Locations, type ParsedFile, type ParseLimits } from './model.js';
/**
 * Parses a Drone file of one document as YAML 1.1 (the dialect Drone's parser read: `yes`/`no` are booleans,
 * `<<` merges), with the `yaml` package. Never throws for bad input: YAML errors, duplicate keys, unknown aliases
 * and exceeded limits become diagnostics. Duplicate keys keep the later value, as Drone's parser did, and are
 * reported with the place of the earlier one. A second document is a `yaml-syntax` error. Returns undefined
 * when nothing usable was read.
 */
export declare function parseYaml(source: SourceFile, diags: Diagnostics, limits?: ParseLimits): ParsedFile | undefined;
/**
 * Parses a file of several YAML documents (the later Drone formats put one pipeline in each), as `parseYaml`
 * reads one: one `ParsedFile` per document, in order, its pointers relative to its own root, its spans offsets
 * in the whole file. `...` may end a document. The limits hold for the whole file: its size, its nesting, and
 * the values all its documents expand to together. Returns an empty list for a file without documents, and
 * for one that cannot be read (a syntax error or an exceeded limit, reported into `diags`).
 */
export declare function parseYamlDocuments(source: SourceFile, diags: Diagnostics, limits?: ParseLimits): ParsedFile[];
