import type { Rule } from './rule.js';
/**
 * Drops duplicate-key warnings outside `compose:` and `build:` (in `publish:`, `deploy:`, `notify:`, ...):
 * nothing from there reaches an artifact, so they would only make --strict fail on what is not compiled. A
 * duplicate `compose:` or `build:` key itself is kept.
 */
export declare const compiledFindings: Rule;
