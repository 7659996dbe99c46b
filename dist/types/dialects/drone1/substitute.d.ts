/**
 * Drone 0.5+ substitution (`${VAR}`, `$$`), read into IR values. Drone ran the whole file through
 * github.com/drone/envsubst before parsing it: `${NAME}` and `${NAME<operation>}` became the value Drone knew
 * for NAME (build metadata, matrix values, empty when unknown), `$$` became one literal `$`, and any other `$`
 * (`$HOME`, `$(cmd)`) stayed as written. drone-compose reads each substitution as a reference to the
 * environment variable NAME when the artifact runs, never as a compile-time value.
 */
import type { Diagnostics } from '../../diagnostics.js';
import type { Target, Value } from '../../ir.js';
import type { Span } from '../../source.js';
export interface SubstituteContext {
    readonly diags: Diagnostics;
    /** Every variable a reference names is added here (the IR's `variables`). */
    readonly used: Set<string>;
    readonly targets: readonly Target[];
    /** The input text: an error then points at the form inside the value, where it is written as read. */
    readonly text?: string;
}
/**
 * Reads `${...}` substitutions and `$$` escapes out of a string of a later-format file. Never throws: a form
 * that is not valid, or that a target being compiled cannot compute, is a located error (with the hint of
 * what can be written), and the rest of the text is still read.
 */
export declare function substitute(text: string, span: Span, ctx: SubstituteContext): Value;
