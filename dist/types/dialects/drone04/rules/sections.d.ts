import type { Rule } from './rule.js';
/** The top-level sections of Drone 0.4; all but compose and build are accepted and ignored. */
export declare const SECTIONS: string[];
/**
 * The file is a mapping with a compose: or build: section (else nothing else runs); every other top-level key
 * is a known section, or is explained (another Drone version's key) or answered with the section meant.
 */
export declare const sections: Rule;
