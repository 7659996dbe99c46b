import type { Rule } from './rule.js';
/**
 * Every container gets a usable, distinct container name (compared without case, as docker does); the
 * holder's name is taken. A collision points at the other container too.
 */
export declare const names: Rule;
