/**
 * Modules that only some paths need, loaded on first use so that start-up does not pay for them.
 * The CLI bundle replaces this file with src/bin/lazy-bundle.ts (scripts/build.mjs).
 */
export const loadCheck = () => import('./check.js');
export const loadChildProcess = () => import('node:child_process');
