import type { Rule } from './rule.js';
/**
 * Every build container has commands (a warning otherwise: it starts and exits), and a `when:` condition, which
 * cannot be decided outside Drone, is named with a warning: the step always runs.
 */
export declare const buildSteps: Rule;
