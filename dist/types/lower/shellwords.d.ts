import type { Value } from '../ir.js';
/**
 * Splits a command line into words the way a POSIX shell does, without any expansion: blanks separate words,
 * single quotes keep text as is, double quotes keep text but honour `\"`, `\\`, `\$` and `` \` ``, and a
 * backslash outside quotes escapes the next character. `$$NAME` references stay whole inside their word.
 * Returns an error message for an unterminated quote.
 */
export declare function shellWords(value: Value): {
    words: Value[];
} | {
    error: string;
};
