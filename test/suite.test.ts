/**
 * The test suite as a user meets it: on a machine without the tools the end-to-end tests need, every case that
 * cannot run is counted as skipped in the runner's summary (with its reason), not left out of it; and a test file
 * leaves nothing in the temporary folder. Each check runs test files of this suite in a child `node --test`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { have, ROOT, tempDir } from './helpers.js';

/** Runs test files (paths under build/test/) with `node --test`, TAP output, in this environment (on top of a copy without CI). */
function nodeTest(files: string[], env: Record<string, string>): { status: number | null; out: string; summary: Record<string, number> } {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'CI' && !k.startsWith('NODE_TEST')));
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...files.map((f) => join(ROOT, 'build', 'test', f))], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  const summary: Record<string, number> = {};
  for (const m of r.stdout.matchAll(/^# (tests|pass|fail|skipped|cancelled|todo) (\d+)$/gm)) summary[m[1]!] = Number(m[2]);
  return { status: r.status, out: r.stdout + r.stderr, summary };
}

describe('skipped cases are counted', () => {
  // An empty PATH: no docker, docker-compose, patch or shellcheck (the child node is started by its full path).
  const noTools = (): Record<string, string> => ({ PATH: tempDir('dc-nopath-') });

  it('without a Docker client, every end-to-end case counts as skipped, with the reason', () => {
    const r = nodeTest(['e2e/docker-sh.test.js'], noTools());
    assert.equal(r.status, 0, r.out);
    assert.ok(r.summary['tests']! >= 7, `the end-to-end cases are counted: ${JSON.stringify(r.summary)}`);
    assert.equal(r.summary['skipped'], r.summary['tests'], `every one of them is skipped: ${JSON.stringify(r.summary)}`);
    assert.equal(r.summary['pass'], 0);
    assert.match(r.out, /^\s*ok \d+ - .* # SKIP no docker client on PATH$/m);
  });

  it('without GNU patch, the diff cases count as skipped', () => {
    const r = nodeTest(['unit/check.test.js'], noTools());
    assert.equal(r.status, 0, r.out);
    assert.equal(r.summary['skipped'], 4, `the four unifiedDiff cases: ${JSON.stringify(r.summary)}`);
    assert.match(r.out, /# SKIP GNU patch is not installed/);
  });
});

describe('temporary folders', () => {
  const noPatch = have('patch') || process.env['CI'] === 'true' ? false : 'GNU patch is not installed (test/e2e/setup.sh installs it)';
  it('a test file removes every folder it made in the temporary folder', { skip: noPatch }, () => {
    // unit/check.test.js makes a folder for each of its four cases (to apply a patch there); here in a temporary
    // folder of its own, and with CI=true, so that they run rather than skip.
    const tmp = tempDir('dc-tmpdir-');
    const r = nodeTest(['unit/check.test.js'], { TMPDIR: tmp, CI: 'true' });
    assert.equal(r.status, 0, r.out);
    assert.ok(r.summary['tests']! >= 4, JSON.stringify(r.summary));
    assert.equal(r.summary['pass'], r.summary['tests'], JSON.stringify(r.summary));
    assert.deepEqual(readdirSync(tmp), [], 'left in the temporary folder');
  });
});
