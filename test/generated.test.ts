/** src/generated/ must be exactly what scripts/generate.mjs makes from schemas/ and templates/ (the single sources). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';
import { ROOT } from './helpers.js';

it('src/generated/ is fresh (npm run generate rewrites it)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'generate.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});
