/**
 * src/lazy.ts as the CommonJS CLI bundle needs it: the bundle runs from a code cache (src/bin/drone-compose.cjs),
 * where import() has no loader, so it requires dist/check.cjs and node:child_process instead.
 */
import type * as Check from '../check.js';
import type * as ChildProcess from 'node:child_process';

declare const require: (id: string) => unknown;

export const loadCheck = async (): Promise<typeof Check> => require('./check.cjs') as typeof Check;
export const loadChildProcess = async (): Promise<typeof ChildProcess> => require('node:child_process') as typeof ChildProcess;
