/**
 * The rules of Drone 0.4, in the order they run: every check that needs only the decoded file. Lowering then
 * translates, and reports only what it meets while reading values: `$$` references and their operations, NUL
 * characters, empty list items, an image that is not a reference, a command string that cannot be split into
 * words, volumes and devices (read with their `$$` parts), a literal credential, a `$$` in a CMD health check,
 * a name set twice in an environment, and two services claiming one port (a port may come from an image's name).
 */
import { buildSteps } from './build-steps.js';
import { compiledFindings } from './compiled-findings.js';
import { cpuset } from './cpuset.js';
import { environment } from './environment.js';
import { healthcheck } from './healthcheck.js';
import { ignoredOptions } from './ignored-options.js';
import { image } from './image.js';
import { memory } from './memory.js';
import { names } from './names.js';
import { namespace } from './namespace.js';
import { ports } from './ports.js';
import type { Rule, RuleContext } from './rule.js';
import { schemaRule } from './schema.js';
import { sections } from './sections.js';
import { trust } from './trust.js';

export type { Rule, RuleContext } from './rule.js';

/** Every rule; `sections` first, since the others need a mapping with something to compile. */
export const RULES: readonly Rule[] = [
  sections,
  compiledFindings,
  schemaRule,
  trust,
  names,
  image,
  environment,
  ignoredOptions,
  memory,
  cpuset,
  namespace,
  healthcheck,
  ports,
  buildSteps,
];

/** Runs the rules in order; false when one found nothing to compile (then lowering does not run). */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): boolean {
  for (const rule of rules) if (rule.check(ctx) === false) return false;
  return true;
}
