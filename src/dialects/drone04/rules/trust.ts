import type { Container04 } from '../decode.js';
import { keyOf } from '../decode.js';
import type { Rule } from './rule.js';

/** Trusted-only options: refused without --trusted, as Drone 0.5+ refused them for untrusted repositories. */
export const TRUSTED_OPTIONS = ['privileged', 'volumes', 'devices', 'net', 'dns', 'extra_hosts'] as const;
export type TrustedOption = (typeof TRUSTED_OPTIONS)[number];

/**
 * Whether a trusted-only option is set, in any spelling: the trust rule refuses exactly these, and lowering
 * reads a trusted-only option only when the run is trusted or this says it is not set. Not set: absent, null
 * (`~`, empty), a list of nothing but nulls (`[]`, `[~]`), and `privileged` other than true (`no`, `off`,
 * `false`). Everything else is set, YAML 1.1 booleans and empty strings too (`net: off`, `dns: ""`).
 */
export function trustedOptionSet(key: TrustedOption, v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (Array.isArray(v)) return v.some((x) => x !== null && x !== undefined);
  if (key === 'privileged') return v === true;
  return true;
}

/** A trusted-only option's value as lowering may read it: undefined when it is set in an untrusted run (refused). */
export function readableOption(c: Container04, key: TrustedOption, trusted: boolean): unknown {
  const v = c.data[key];
  return trusted || !trustedOptionSet(key, v) ? v : undefined;
}

/** Every trusted-only option in use is an error at its key unless the run is trusted. */
export const trust: Rule = {
  name: 'trust',
  check({ model, options, diags }) {
    if (options.trusted) return;
    for (const c of model.containers) {
      for (const key of TRUSTED_OPTIONS) {
        if (!trustedOptionSet(key, c.data[key])) continue;
        const n = c.options.get(key);
        diags.error(
          'untrusted-option',
          `\`${key}\` in ${c.label} is a trusted-only option`,
          n ? keyOf(n) : keyOf(c.node),
          'pass --trusted to allow it, as a Drone administrator marks a repository trusted',
        );
      }
    }
  },
};
