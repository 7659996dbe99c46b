import type { Container04 } from '../decode.js';
import type { Rule } from './rule.js';
/** Trusted-only options: refused without --trusted, as Drone 0.5+ refused them for untrusted repositories. */
export declare const TRUSTED_OPTIONS: readonly ["privileged", "volumes", "devices", "net", "dns", "extra_hosts"];
export type TrustedOption = (typeof TRUSTED_OPTIONS)[number];
/**
 * Whether a trusted-only option is set, in any spelling: the trust rule refuses exactly these, and lowering
 * reads a trusted-only option only when the run is trusted or this says it is not set. Not set: absent, null
 * (`~`, empty), a list of nothing but nulls (`[]`, `[~]`), and `privileged` other than true (`no`, `off`,
 * `false`). Everything else is set, YAML 1.1 booleans and empty strings too (`net: off`, `dns: ""`).
 */
export declare function trustedOptionSet(key: TrustedOption, v: unknown): boolean;
/** A trusted-only option's value as lowering may read it: undefined when it is set in an untrusted run (refused). */
export declare function readableOption(c: Container04, key: TrustedOption, trusted: boolean): unknown;
/** Every trusted-only option in use is an error at its key unless the run is trusted. */
export declare const trust: Rule;
