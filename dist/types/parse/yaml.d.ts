import type { Diagnostics } from '../diagnostics.js';
import type { SourceFile } from '../source.js';
import { type ParsedFile, type ParseLimits } from './model.js';
/**
 * The full reader: any YAML 1.1 through the `yaml` package, then converted to plain data with locations.
 * Never throws for bad input: YAML errors, duplicate keys, unknown aliases and exceeded limits become diagnostics.
 */
export declare function readYaml(source: SourceFile, diags: Diagnostics, limits: ParseLimits): ParsedFile | undefined;
