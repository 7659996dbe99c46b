/**
 * Drone 1.x (`kind: pipeline` documents) as a dialect. Detection is here, in the start-up bundle; decoding,
 * checking and lowering (./compile.ts) load on first use, through src/lazy.ts (dist/later.cjs in the CLI).
 */
import { loadLater } from '../../lazy.js';
import type { Dialect } from '../dialect.js';
import { isMap } from '../describe.js';

export const drone1: Dialect = {
  id: 'drone-1',
  label: 'Drone 1.x',
  matches(documents) {
    return documents.some((d) => isMap(d.data) && d.data['kind'] === 'pipeline');
  },
  compile(documents, source, options, diags) {
    return loadLater().compileDrone1(documents, source, options, diags);
  },
};

