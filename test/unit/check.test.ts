/**
 * unifiedDiff: line by line while the files differ in few places, one whole-file hunk beyond MAX_DIFF_EDITS; either
 * way a patch that GNU patch applies to the old file to give exactly the new one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { maskSecrets, MAX_DIFF_EDITS, unifiedDiff } from '../../src/check.js';
import { have, tempDir } from '../helpers.js';

/** Applies a patch with GNU patch to a file holding `before`; returns the file afterwards. */
function applied(before: string, patch: string): string {
  const dir = tempDir('dc-patch-');
  writeFileSync(join(dir, 'f'), before);
  const r = spawnSync('patch', ['-p1', '--quiet', '--force'], { cwd: dir, input: patch, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return readFileSync(join(dir, 'f'), 'utf8');
}

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => `${f(i)}\n`).join('');

// Skipped case by case (the runner counts skipped cases, not skipped suites) without GNU patch, except in CI (CI=true), where test/e2e/setup.sh installs it and its absence must fail.
const skip = have('patch') || process.env['CI'] ? false : 'GNU patch is not installed (test/e2e/setup.sh installs it)';

describe('unifiedDiff', () => {
  it('shows a few changes line by line, with context', { skip }, async () => {
    const before = lines(3000, (i) => `line ${i}`);
    const after = before.replace('line 1500\n', 'line 1500 changed\n');
    const patch = await unifiedDiff('f', before, after);
    assert.match(patch, /^--- a\/f\n\+\+\+ b\/f\n@@ -1498,7 \+1498,7 @@\n/);
    assert.equal(patch.split('\n').filter((l) => l.startsWith('@@')).length, 1);
    assert.equal(applied(before, patch), after);
  });

  it(`replaces the whole file in one hunk beyond ${MAX_DIFF_EDITS} changed lines, quickly and exactly`, { skip }, async () => {
    const before = lines(20_000, (i) => `--volume "$dc_workspace":/drone/src/github.com/o/a ${i}`);
    const after = lines(20_000, (i) => `--volume "$dc_workspace":/drone/src/github.com/o/b ${i}`);
    const patch = await unifiedDiff('f', before, after);
    assert.match(patch, /^--- a\/f\n\+\+\+ b\/f\n@@ -1,20000 \+1,20000 @@\n/);
    assert.equal(applied(before, patch), after);
    assert.equal(await unifiedDiff('f', before, after), patch, 'the same texts give the same bytes');
  });

  it('marks a missing final newline in a whole-file hunk', { skip }, async () => {
    const before = lines(1500, (i) => `old ${i}`).replace(/\n$/, '');
    const after = lines(1500, (i) => `new ${i}`);
    const patch = await unifiedDiff('f', before, after);
    assert.match(patch, /^-old 1499\n\\ No newline at end of file\n\+new 0$/m);
    assert.equal(applied(before, patch), after);
  });

  it('diffs a missing file as an empty one', { skip }, async () => {
    const after = lines(1500, (i) => `new ${i}`);
    const patch = await unifiedDiff('f', undefined, after);
    assert.match(patch, /^@@ -0,0 \+1,1500 @@$/m);
    assert.equal(applied('', patch), after);
  });
});

describe('maskSecrets', () => {
  it('masks a password as written, shell-quoted and compose-quoted, on every line', async () => {
    const secret = `S3cret'pa$s"x`;
    const text = [`printf '%s' 'S3cret'\\''pa$s"x' | dc_pull_auth img`, `  --env 'PW=S3cret'\\''pa$s"x' \\`, `      - "PW=S3cret'pa$$s\\"x"`, `# ${secret}`].join('\n');
    const out = maskSecrets(text, [secret]);
    assert.doesNotMatch(out, /S3cret/);
    assert.equal(out.split('\n').length, 4);
    assert.equal(out.split('****').length - 1, 4);
  });

  it('reaches every line of a diff, not only the login lines', async () => {
    const patch = await unifiedDiff('f', 'a\n', "b 'S3cret'\\''pass'\nc\n", ["S3cret'pass"]);
    assert.doesNotMatch(patch, /S3cret/);
    assert.match(patch, /^\+b '\*\*\*\*'$/m);
  });
});
