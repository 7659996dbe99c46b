import { type Diagnostics } from '../../diagnostics.js';
import type { Target } from '../../ir.js';
import type { SourceFile } from '../../source.js';
import type { LoweredProject } from '../dialect.js';
import { type Drone04File } from './decode.js';
export interface LowerOptions {
    readonly repo: string;
    readonly name: string;
    readonly holderImage: string;
    /** Whether trusted-only options may be used; when not, the ones that are set are not lowered (they are errors). */
    readonly trusted: boolean;
    /** The targets being compiled; an operation the compose target cannot express is an error there. */
    readonly targets?: readonly Target[];
}
/**
 * Translates a decoded Drone 0.4 file to the IR: defaults applied, `$$NAME` read as run-time references,
 * namespace settings (net, dns, extra_hosts) moved to the holder. What the rules refuse is left out. Lowering
 * reports only what it meets while reading values (see rules/index.ts for the list) and keeps going.
 */
export declare function lower(model: Drone04File, opts: LowerOptions, diags: Diagnostics, source: SourceFile): LoweredProject;
