import { type Diagnostics } from '../diagnostics.js';
import type { Project } from '../ir.js';
import type { ParsedFile } from '../parse/index.js';
import type { SourceFile } from '../source.js';
export interface LowerOptions {
    readonly source: string;
    readonly repo: string;
    readonly name: string;
    readonly holderImage: string;
    readonly workspaceDir: string;
}
/**
 * Lowers a validated file to the IR: defaults applied, `$$NAME` read as run-time references, namespace
 * settings (net, dns, extra_hosts) moved to the holder. Reports value-level mistakes and keeps going;
 * wrongly typed values (already reported by the schema) are skipped.
 */
export declare function lower(file: ParsedFile, source: SourceFile, opts: LowerOptions, diags: Diagnostics): Project;
