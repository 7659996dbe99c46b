/**
 * src/lazy.ts as the CommonJS CLI bundle needs it: the bundle runs from a code cache (src/bin/drone-compose.cjs),
 * where import() has no loader, so it requires dist/check.cjs and node:child_process instead.
 */
import type * as Check from '../check.js';
import type * as ChildProcess from 'node:child_process';
export declare const loadCheck: () => Promise<typeof Check>;
export declare const loadChildProcess: () => Promise<typeof ChildProcess>;
