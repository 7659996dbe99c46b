import type { Diagnostics } from '../diagnostics.js';
import type { SourceFile } from '../source.js';
import { type ParsedFile, type ParseLimits } from './model.js';
/**
 * The full reader: any YAML 1.1 through the `yaml` package, then converted to plain data with locations.
 * Never throws for bad input: YAML errors, duplicate keys, unknown aliases and exceeded limits become diagnostics.
 */
export declare function readYaml(source: SourceFile, diags: Diagnostics, limits: ParseLimits): ParsedFile | undefined;
/**
 * The offset of the first collection that certainly nests more than `max` levels deep, or undefined: a flow
 * collection (`[`, `{`) opened inside `max` others, or the indicator (`- `, `? `) beyond the `max`th that
 * opens a nested block collection on one line (`- - - x`). Uses only the YAML lexer, which keeps no tree:
 * linear time, constant memory. Brackets and dashes in quoted, plain and block scalars and in comments are
 * not indicators and do not count.
 */
export declare function deepNesting(text: string, max: number): number | undefined;
