/**
 * Modules that only some paths need, loaded on first use so that start-up does not pay for them.
 * The CLI bundle replaces this file with src/bin/lazy-bundle.ts (scripts/build.mjs), where each loader requires a
 * bundle of its own. Here (tsc's build/ and the library, dist/index.js) the synchronous loaders return modules
 * imported statically: loadLater, loadKube and loadCommander are called from synchronous code (a dialect's
 * compile, a target's emit, the reading of the command line), so they cannot wait for an import().
 */
import * as commander from 'commander';
import * as later from './dialects/later.js';
import * as kube from './emit/kube.js';

export const loadCheck = () => import('./check.js');
export const loadChildProcess = () => import('node:child_process');
/** Decoding, checking and lowering of Drone 0.5–0.8 and 1.x files (dist/later.cjs in the CLI). */
export const loadLater = (): typeof later => later;
/** The Kubernetes emitter and its template (dist/kube.cjs in the CLI). */
export const loadKube = (): typeof kube => kube;
/** commander, for the command lines src/args.ts leaves to it (initialised on first use in the CLI bundle). */
export const loadCommander = (): typeof commander => commander;
