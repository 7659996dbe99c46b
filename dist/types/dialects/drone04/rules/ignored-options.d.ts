import type { Rule } from './rule.js';
/**
 * Options that are accepted but do nothing get a warning at their key: `entrypoint` and `command` of a build
 * container (its commands run with /bin/sh), `email` of an auth_config (docker login no longer takes one).
 */
export declare const ignoredOptions: Rule;
