import type { Rule } from './rule.js';
/** A CPU list as docker reads it: numbers and ranges, separated by commas. */
export declare const CPU_LIST: RegExp;
/** Every `cpuset` without `$$` references is a CPU list (one with references is known only at run time). */
export declare const cpuset: Rule;
