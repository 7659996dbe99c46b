import { type Diagnostics } from '../diagnostics.js';
import { type ParsedFile } from '../parse/index.js';
/** The top-level sections of Drone 0.4; all but compose and build are accepted and ignored. */
export declare const SECTIONS: string[];
/** Trusted-only options: refused without --trusted, as Drone 0.5+ refused them for untrusted repositories. */
export declare const TRUSTED_OPTIONS: readonly ["privileged", "volumes", "devices", "net", "dns", "extra_hosts"];
/** The file is a mapping with something to compile; other top-level keys are known or explained. */
export declare function checkSections(file: ParsedFile, diags: Diagnostics): boolean;
/** Every trusted-only option in use is an error unless the repository is trusted. */
export declare function checkTrust(file: ParsedFile, trusted: boolean, diags: Diagnostics): void;
/** Every container gets a usable, distinct name; the holder's name is taken. */
export declare function checkNames(file: ParsedFile, holderName: string, diags: Diagnostics): void;
