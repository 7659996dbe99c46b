import type { Rule } from './rule.js';
/** Whether a name can name an environment variable: non-empty, without `=` or NUL. */
export declare function isEnvironmentName(name: string): boolean;
/**
 * Every `environment:` entry names a variable: a list entry is NAME=VALUE, a mapping key is a name. A mapping
 * entry without a value is set to the empty string, as Drone did, with a warning. (A name set twice is found
 * while lowering, which reads the values in order.)
 */
export declare const environment: Rule;
