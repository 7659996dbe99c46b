/**
 * The registry of targets. Adding a target is a descriptor file beside these, one line here, and its template
 * in templates/: the `Target` type, `-t`'s choices, the config file's `target` and every lookup follow.
 */
import { composeTarget } from './compose.js';
import { kubeTarget } from './kube.js';
import { shTarget } from './sh.js';
import type { TargetDescriptor } from './target.js';

export type { EmitContext, Emitted, TargetDescriptor } from './target.js';
export { DEFAULT_CONTEXT } from './target.js';

/** Every target by name, in the order `-t`'s help and `drone-compose diff` list them. */
export const REGISTRY = {
  sh: shTarget,
  compose: composeTarget,
  kube: kubeTarget,
} as const satisfies Record<string, TargetDescriptor>;

export type Target = keyof typeof REGISTRY;

export const TARGETS = Object.keys(REGISTRY) as readonly Target[];

/** The default target: where no name or flag says otherwise. */
export const DEFAULT_TARGET: Target = 'sh';

export function describeTarget(target: Target): TargetDescriptor {
  return REGISTRY[target];
}

export function isTarget(name: string): name is Target {
  return Object.prototype.hasOwnProperty.call(REGISTRY, name);
}

/**
 * The target a file name implies: the one with the longest extension it ends with (`.yml`: compose,
 * `.kube.yaml`: kube), else the default.
 */
export function targetFromPath(path: string): Target {
  const lower = path.toLowerCase();
  let best: { target: Target; length: number } | undefined;
  for (const t of TARGETS) {
    for (const e of REGISTRY[t].extensions) if (lower.endsWith(e) && (!best || e.length > best.length)) best = { target: t, length: e.length };
  }
  return best?.target ?? DEFAULT_TARGET;
}

/** Every form a secret takes in any target's output, as written first: what a diff masks. */
export function secretForms(secret: string): string[] {
  const forms = [secret];
  for (const t of TARGETS) for (const f of REGISTRY[t].secretForms(secret)) forms.push(f);
  return forms;
}
