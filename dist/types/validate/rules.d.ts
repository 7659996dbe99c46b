import { type Diagnostics } from '../diagnostics.js';
import type { SourceFile } from '../source.js';
import { type ParsedFile } from '../parse/index.js';
/** The top-level sections of Drone 0.4; all but compose and build are accepted and ignored. */
export declare const SECTIONS: string[];
/**
 * Drops duplicate-key warnings outside `compose:` and `build:` (in `publish:`, `deploy:`, `notify:`, ...):
 * nothing from there reaches an artifact, so they would only make --strict fail on what is not compiled. A
 * duplicate `compose:` or `build:` key itself is kept.
 */
export declare function dropIgnoredFindings(file: ParsedFile, source: SourceFile, diags: Diagnostics): void;
/** Trusted-only options: refused without --trusted, as Drone 0.5+ refused them for untrusted repositories. */
export declare const TRUSTED_OPTIONS: readonly ["privileged", "volumes", "devices", "net", "dns", "extra_hosts"];
/** The file is a mapping with something to compile; other top-level keys are known or explained. */
export declare function checkSections(file: ParsedFile, diags: Diagnostics): boolean;
export type TrustedOption = (typeof TRUSTED_OPTIONS)[number];
/**
 * Whether a trusted-only option is set, in any spelling: the trust check refuses exactly these, and lowering
 * reads a trusted-only option only when the run is trusted or this says it is not set. Not set: absent, null
 * (`~`, empty), a list of nothing but nulls (`[]`, `[~]`), and `privileged` other than true (`no`, `off`,
 * `false`). Everything else is set, YAML 1.1 booleans and empty strings too (`net: off`, `dns: ""`).
 */
export declare function trustedOptionSet(key: TrustedOption, v: unknown): boolean;
/** Every trusted-only option in use is an error unless the repository is trusted. */
export declare function checkTrust(file: ParsedFile, trusted: boolean, diags: Diagnostics): void;
/** Every container gets a usable, distinct name; the holder's name is taken. */
export declare function checkNames(file: ParsedFile, holderName: string, diags: Diagnostics): void;
