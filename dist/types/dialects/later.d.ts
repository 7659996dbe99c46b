/**
 * The later input formats' decoding, checking and lowering: what only a Drone 0.5–0.8 or 1.x file needs. The CLI
 * bundles it as dist/later.cjs, required on first use (src/lazy.ts); the start-up bundle keeps only each dialect's
 * detection.
 */
export { compileDrone1 } from './drone1/compile.js';
export { compileDrone08 } from './drone08/compile.js';
