import type { Rule } from './rule.js';
/** A memory size as docker reads it: bytes, or a number with b, k, m or g. */
export declare const MEMORY: RegExp;
/** Every `mem_limit` is a size docker accepts; an error at the value otherwise. */
export declare const memory: Rule;
