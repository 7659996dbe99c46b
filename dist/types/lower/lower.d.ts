import { type Diagnostics } from '../diagnostics.js';
import type { Project, Target } from '../ir.js';
import type { ParsedFile } from '../parse/index.js';
import type { SourceFile } from '../source.js';
export interface LowerOptions {
    readonly source: string;
    readonly repo: string;
    readonly name: string;
    readonly holderImage: string;
    readonly workspaceDir: string;
    /** Whether trusted-only options may be used; when not, the ones that are set are not lowered (they are errors). */
    readonly trusted: boolean;
    /** The targets being compiled; an operation the compose target cannot express is an error there. */
    readonly targets?: readonly Target[];
}
/**
 * Lowers a validated file to the IR: defaults applied, `$$NAME` read as run-time references, namespace
 * settings (net, dns, extra_hosts) moved to the holder. Reports value-level mistakes and keeps going;
 * wrongly typed values (already reported by the schema) are skipped.
 */
export declare function lower(file: ParsedFile, source: SourceFile, opts: LowerOptions, diags: Diagnostics): Project;
