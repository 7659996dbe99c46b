/**
 * The rules of Drone 0.4, in the order they run. Every check of a 0.4 file is one of these (lowering then only
 * translates, reporting what it meets while reading values: `$$` references, NUL characters, empty list items).
 */
import { compiledFindings } from './compiled-findings.js';
import { composeCredentials } from './compose-credentials.js';
import { cpuset } from './cpuset.js';
import { memory } from './memory.js';
import { names } from './names.js';
import { namespace } from './namespace.js';
import type { Rule, RuleContext } from './rule.js';
import { schemaRule } from './schema.js';
import { sections } from './sections.js';
import { trust } from './trust.js';

export type { Rule, RuleContext } from './rule.js';

/** Every rule; `sections` first, since the others need a mapping with something to compile. */
export const RULES: readonly Rule[] = [sections, compiledFindings, schemaRule, trust, names, composeCredentials, memory, cpuset, namespace];

/** Runs the rules in order; false when one found nothing to compile (then lowering does not run). */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): boolean {
  for (const rule of rules) if (rule.check(ctx) === false) return false;
  return true;
}
