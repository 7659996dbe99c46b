import type { Diagnostics, Place } from '../diagnostics.js';
import type { Value } from '../ir.js';
/** Names the generated script uses for itself; `$$` references may not use them. */
export declare const RESERVED_PREFIX = "dc_";
/** Whether the shell sets or changes a variable itself (`_`, `IFS`, `RANDOM`, `BASH_*`, ...). */
export declare function isShellVariable(name: string): boolean;
/**
 * Reads Drone's `$$NAME` (and `$${NAME}`) substitutions out of a string: each becomes a reference to the
 * environment variable NAME at run time, never a compile-time value. A `$$` not followed by a name stays a
 * literal `$$`, with a warning. Single `$` and `${VAR}` are ordinary text. Referenced names are added to `used`.
 */
export declare function readValue(text: string, span: Place | undefined, diags: Diagnostics, used: Set<string>): Value;
/** The literal text of a value, with each reference replaced by `placeholder(name)`. */
export declare function flatten(value: Value, placeholder: (name: string) => string): string;
export declare function isLiteral(value: Value): value is readonly string[];
/** Joins values, merging adjacent literals. */
export declare function concat(...values: Value[]): Value;
/** Splits a value at the first occurrence of a literal separator; references never contain one. */
export declare function splitOnce(value: Value, sep: string): [Value, Value] | undefined;
