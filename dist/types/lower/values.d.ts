import type { Diagnostics, Place } from '../diagnostics.js';
import type { Reference, Target, Value } from '../ir.js';
/** Names the generated script uses for itself; `$$` references may not use them. */
export declare const RESERVED_PREFIX = "dc_";
/** Whether the shell sets or changes a variable itself (`_`, `IFS`, `RANDOM`, `BASH_*`, ...). */
export declare function isShellVariable(name: string): boolean;
/** How a value is read. */
export interface ReadOptions {
    /** The value is shell code (a build command): `"$$NAME"` gets the value escaped for double quotes. */
    readonly shellCode?: boolean;
    /** Targets being compiled: an operation the compose target cannot express is an error there. */
    readonly targets?: readonly Target[];
}
/**
 * Reads Drone's `$$NAME` (and `$${NAME}`) substitutions out of a string: each becomes a reference to the
 * environment variable NAME at run time, never a compile-time value. `$${NAME<operation>}` applies one of
 * Drone 0.4's operations to the value at run time; an operation it did not know is an error at the span. A `$$`
 * not followed by a name stays a literal `$$`, with a warning. Single `$` and `${VAR}` are ordinary text.
 * Referenced names are added to `used`.
 */
export declare function readValue(text: string, span: Place | undefined, diags: Diagnostics, used: Set<string>, options?: ReadOptions): Value;
/** Whether a reference needs its variable set: a default stands in for an unset one. */
export declare function needsValue(part: Reference): boolean;
/**
 * The value a reference stands for, given the variable's value (undefined when unset), as the generated
 * script computes it. Lengths count UTF-8 bytes, as Drone's Go code did; the text is read back as UTF-8.
 */
export declare function applyOperation(part: Reference, value: string | undefined): string;
/** The literal text of a value, with each reference replaced by `placeholder(name)`. */
export declare function flatten(value: Value, placeholder: (name: string, part: Reference) => string): string;
/** A reference as the input wrote it: its `written` text, else Drone 0.4's `$$NAME` or `$${NAME...}`. */
export declare function referenceText(part: Reference): string;
export declare function isLiteral(value: Value): value is readonly string[];
/** Joins values, merging adjacent literals. */
export declare function concat(...values: Value[]): Value;
/** concat of a list of any length (spreading a long list into arguments overflows the stack). */
export declare function concatAll(values: readonly Value[]): Value;
/** Splits a value at the first occurrence of a literal separator; references never contain one. */
export declare function splitOnce(value: Value, sep: string): [Value, Value] | undefined;
/** What in a text no artifact can carry, if anything: a NUL (no process argument or environment value holds one), or half a surrogate pair (no UTF-8 file holds one). */
export declare function uncarriable(text: string): string | undefined;
