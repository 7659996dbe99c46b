import type { Rule, RuleContext } from './rule.js';
export type { Rule, RuleContext } from './rule.js';
/** Every rule; `sections` first, since the others need a mapping with something to compile. */
export declare const RULES: readonly Rule[];
/** Runs the rules in order; false when one found nothing to compile (then lowering does not run). */
export declare function runRules(ctx: RuleContext, rules?: readonly Rule[]): boolean;
