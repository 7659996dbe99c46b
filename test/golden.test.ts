/**
 * Golden fixtures: one folder per case under fixtures/, with the input `.drone.yml`, optional `args.json`
 * (extra arguments for both default runs) or `runs.json` (named runs with their whole argument lists), and the
 * expected `<run>.stdout`, `<run>.stderr` (absent when empty) and `<run>.status`. The default runs are `sh` and
 * `compose`. `UPDATE_GOLDEN=1 npm test` rewrites the expectations; review the diff it makes.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { copyFixture, fixtureNames, fixtureRuns, FIXTURES, runCli, UPDATE } from './helpers.js';

function expectFile(path: string, actual: string): void {
  if (UPDATE) {
    if (actual === '') rmSync(path, { force: true });
    else writeFileSync(path, actual);
    return;
  }
  const expected = existsSync(path) ? readFileSync(path, 'utf8') : '';
  assert.equal(actual, expected, `${path} differs (UPDATE_GOLDEN=1 npm test rewrites it)`);
}

describe('golden fixtures', () => {
  for (const name of fixtureNames()) {
    for (const [run, args] of Object.entries(fixtureRuns(name))) {
      it(`${name} (${run})`, () => {
        const cwd = copyFixture(name);
        const r = runCli(args, { cwd });
        const base = join(FIXTURES, name, run);
        expectFile(`${base}.stdout`, r.stdout);
        expectFile(`${base}.stderr`, r.stderr);
        expectFile(`${base}.status`, `${r.status}\n`);
        assert.doesNotMatch(r.stderr, /\n\s+at .*:\d+:\d+\)?\n/, 'no stack trace reaches the user');
        rmSync(cwd, { recursive: true, force: true });
      });
    }
  }
});
