import type { Diagnostics } from '../diagnostics.js';
import type { SourceFile } from '../source.js';
import { type ParsedFile, type ParseLimits } from './model.js';
export { DEFAULT_LIMITS, pointerKey, type Loc, type Locations, type ParsedFile, type ParseLimits } from './model.js';
/**
 * Parses a Drone file as YAML 1.1 (the dialect Drone's parser read: `yes`/`no` are booleans, `<<` merges).
 * Never throws for bad input: YAML errors, duplicate keys, unknown aliases and exceeded limits become diagnostics.
 * Duplicate keys keep the later value, as Drone's parser did. Returns undefined when nothing usable was read.
 *
 * Plain block YAML is read by the block reader in one pass; anything else by the full reader, which the CLI
 * loads only then. Both give the same result for the texts the block reader takes
 * (test/property/parse-block.test.ts).
 */
export declare function parseYaml(source: SourceFile, diags: Diagnostics, limits?: ParseLimits): ParsedFile | undefined;
