/**
 * Modules that only some paths need, loaded on first use so that start-up does not pay for them.
 * The CLI bundle replaces this file with src/bin/lazy-bundle.ts (scripts/build.mjs).
 */
import * as fullReader from './parse/yaml.js';

export const loadCheck = () => import('./check.js');
export const loadChildProcess = () => import('node:child_process');
/** The full YAML reader (the `yaml` package), for texts the block reader gives way on. */
export const loadFullReader = (): typeof fullReader => fullReader;
