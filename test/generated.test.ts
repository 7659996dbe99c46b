/**
 * src/generated/ must be exactly what scripts/generate.mjs makes from schemas/ and templates/ (the single sources),
 * with the validator's error gathering made linear.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { compile } from '../src/compile.js';
import { ROOT } from './helpers.js';

it('src/generated/ is fresh (npm run generate rewrites it)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'generate.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

it('the validator gathers nested errors in place, so a file with many wrong services stays linear', () => {
  const code = readFileSync(join(ROOT, 'src', 'generated', 'validate.ts'), 'utf8');
  assert.doesNotMatch(code, /\.concat\(/, 'ajv copies the errors found so far for every nested validator');
  assert.match(code, /dcAppendErrors\(vErrors, validate\d+\.errors\)/);
  // Errors still arrive in order: two wrong services, two errors.
  const r = compile('compose:\n  a:\n    image: [x]\n  b:\n    image: [y]\n', { repo: 'github.com/o/r' });
  assert.deepEqual(r.diagnostics.filter((d) => d.code === 'invalid-type').map((d) => r.source.position(d.span![0]).line), [3, 5]);
});
