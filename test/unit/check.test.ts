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
import { secretForms } from '../../src/targets/index.js';
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
    const out = maskSecrets(text, [secret], undefined, secretForms);
    assert.doesNotMatch(out, /S3cret/);
    assert.equal(out.split('\n').length, 4);
    assert.equal(out.split('****').length - 1, 4);
  });

  it('reaches every line of a diff, not only the login lines', async () => {
    const patch = await unifiedDiff('f', 'a\n', "b 'S3cret'\\''pass'\nc\n", ["S3cret'pass"], undefined, secretForms);
    assert.doesNotMatch(patch, /S3cret/);
    assert.match(patch, /^\+b '\*\*\*\*'$/m);
  });

  it('masks every line of a multi-line password, which a diff prefixes with +, - or a space', async () => {
    const secret = 'Hunter2Top\nSecretXyz\n';
    const wanted = `printf '%s' 'Hunter2Top\nSecretXyz\n' | dc_pull_auth img\n`;
    const patch = await unifiedDiff('f', 'old\n', wanted, [secret], undefined, secretForms);
    assert.doesNotMatch(patch, /Hunter2Top|SecretXyz/);
    assert.match(patch, /^\+printf '%s' '\*\*\*\*$/m);
    assert.match(patch, /^\+\*\*\*\*$/m);
    // Indented in the input, and in a compose file's escaped form.
    assert.doesNotMatch(maskSecrets('-      SecretXyz\n "PW=Hunter2Top\\nSecretXyz\\n"', [secret], undefined, secretForms), /Hunter2Top|SecretXyz/);
    // A line too short to stand for the password on its own is left alone.
    assert.equal(maskSecrets('+ab', ['ab\nlonger line']), '+ab');
  });

  it('costs the text plus the passwords once, however many passwords there are', () => {
    const count = 20_000;
    const secrets = Array.from({ length: count }, (_, i) => `Pw${String(i).padStart(7, '0')}x`);
    const text = secrets.map((s) => `+    printf '%s' '${s}' | dc_pull_auth r.io/a/b r.io u\n`).join('');
    const work = { steps: 0 };
    const out = maskSecrets(text, secrets, work, secretForms);
    assert.doesNotMatch(out, /Pw\d/);
    assert.equal(out.split('****').length - 1, count);
    // One split per form would take forms × text length (about 6e10 here); the pass stays linear.
    const formChars = secrets.reduce((n, s) => n + s.length, 0);
    assert.ok(work.steps >= text.length, "every character is counted");
    assert.ok(work.steps <= 4 * (text.length + formChars), `${work.steps} steps for ${text.length} + ${formChars} characters`);
  });
});

describe('control characters in a diff', () => {
  it('are shown escaped in lines and header paths; TAB and the line ends stay', async () => {
    const value = 'X=\u001b]0;t\u0007\u001b[2J\r::error::x\u007f\u009b\tY';
    const patch = await unifiedDiff('ci\u001b[31m/s.sh', 'a\n', `${value}\n`);
    assert.doesNotMatch(patch, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    assert.match(patch, /^--- a\/ci\\x1b\[31m\/s\.sh$/m);
    assert.match(patch, /^\+\+\+ b\/ci\\x1b\[31m\/s\.sh$/m);
    assert.match(patch, /^\+X=\\x1b\]0;t\\x07\\x1b\[2J\\r::error::x\\x7f\\x9b\tY$/m);
    assert.equal(patch.split('\n').filter((l) => l.startsWith('::')).length, 0);
  });
});
