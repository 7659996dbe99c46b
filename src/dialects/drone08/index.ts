/**
 * Drone 0.5–0.8 (`pipeline:` map of steps, `services:` map) as a dialect. Detection is here, in the start-up
 * bundle; decoding, checking and lowering (./compile.ts) load on first use, through src/lazy.ts (dist/later.cjs
 * in the CLI).
 */
import { loadLater } from '../../lazy.js';
import type { Dialect } from '../dialect.js';
import { isMap } from '../describe.js';
import { stepsKey } from './shape.js';

export const drone08: Dialect = {
  id: 'drone-0.8',
  label: 'Drone 0.5–0.8',
  matches(documents) {
    const d = documents.find((x) => x.data !== null && x.data !== undefined)?.data;
    return isMap(d) && d['kind'] === undefined && stepsKey(d) !== undefined;
  },
  compile(documents, source, options, diags) {
    return loadLater().compileDrone08(documents, source, options, diags);
  },
};

