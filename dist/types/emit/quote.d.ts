import type { Part } from '../ir.js';
/** A piece of a shell word: literal text, a user's `$$NAME` reference, or a variable of the generated script. */
export type WordPart = Part | {
    readonly var: string;
};
/** One shell word: the concatenation of its parts. */
export type Word = readonly WordPart[];
/**
 * Quotes a word for POSIX sh so that the shell passes it on byte for byte: literal text in single quotes
 * (bare when it has only characters no shell treats specially), references as "${NAME}".
 */
export declare function shellWord(word: Word): string;
/** A shell variable name, checked: it is emitted without quotes. */
export declare function shellName(name: string): string;
/** A comment line's text: one line, no control characters. */
export declare function commentText(text: string): string;
/**
 * A YAML double-quoted scalar for a compose file. Compose interpolates `$` in values, so literal `$` is
 * written `$$` and a `$$NAME` reference becomes `${NAME}`. Characters YAML may not carry raw are escaped.
 */
export declare function yamlValue(parts: readonly Part[]): string;
/** A mapping key: plain when YAML 1.1 reads it as that same string, else double-quoted (never interpolated). */
export declare function yamlKey(key: string): string;
