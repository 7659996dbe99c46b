/** The shape of a Drone 0.5–0.8 file, for detection (./index.ts) and for compiling (./compile.ts). */

import { isMap } from '../describe.js';

/** The key holding the steps: `pipeline`, or `script` in files from the 0.5 development period. */
export function stepsKey(d: Record<string, unknown>): 'pipeline' | 'script' | undefined {
  if (isMap(d['pipeline'])) return 'pipeline';
  if (isMap(d['script']) && !('compose' in d) && !('build' in d)) return 'script';
  return undefined;
}
