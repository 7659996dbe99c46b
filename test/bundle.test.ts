/**
 * Regression guard for start-up cost (no timing here; `npm run bench` measures): the bundled CLI carries
 * neither ajv's schema compiler nor Handlebars' template compiler, holds the yaml package itself, runs through
 * code caches V8 accepts, and loads jsdiff (dist/check.cjs) only when a diff is printed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { CLI, ROOT, runCli, tempDir } from './helpers.js';

/** The CommonJS modules a CLI run loads, from Node's own module debug log. */
function loadedModules(args: string[], cwd: string): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'module' } });
  return r.stderr;
}

describe('the bundled CLI', () => {
  const bundle = readFileSync(join(ROOT, 'dist', 'cli-bundle.cjs'), 'utf8');

  it('has no schema compiler and no template compiler in it', () => {
    for (const marker of ['JavaScriptCompiler', 'parseWithoutProcessing', 'Handlebars.precompile', 'compileSchema', 'strictSchema', 'addVocabulary', 'createTwoFilesPatch']) {
      assert.ok(!bundle.includes(marker), `dist/cli-bundle.cjs contains ${marker}`);
    }
    assert.ok(bundle.includes('Template was precompiled'), 'the Handlebars runtime is there (the guard can see code)');
    assert.ok(readFileSync(join(ROOT, 'dist', 'check.cjs'), 'utf8').includes('createTwoFilesPatch'), 'jsdiff is in check.cjs');
    // Every input is read by the yaml package: it is in the start-up bundle, under its code cache.
    for (const marker of ['composeDoc', 'resolveBlockMap', 'var Lexer', 'var Composer']) {
      assert.ok(bundle.includes(marker), `dist/cli-bundle.cjs lacks ${marker}`);
    }
  });

  it('runs its bundles through code caches that this Node.js accepts', () => {
    for (const name of ['cli-bundle.cjs', 'check.cjs']) {
      const probe = `const vm = require('node:vm'); const Module = require('node:module'); const fs = require('node:fs');
        const f = ${JSON.stringify(join(ROOT, 'dist', name))};
        const s = new vm.Script(Module.wrap(fs.readFileSync(f, 'utf8')), { filename: f, cachedData: fs.readFileSync(f + '.cache') });
        process.stdout.write(String(s.cachedDataRejected));`;
      const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
      assert.equal(r.stdout, 'false', `${name}: ${r.stderr}`);
    }
  });

  it('loads jsdiff only when --check has a difference to show', () => {
    const dir = tempDir('dc-bundle-');
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres\n');
    const args = ['--repo', 'github.com/o/r', '-o', 'services.sh'];
    assert.equal(runCli(args, { cwd: dir }).status, 0);
    const fresh = loadedModules([...args, '--check'], dir);
    assert.match(fresh, /cli-bundle\.cjs|node:fs|MODULE/, 'the debug log shows module loads');
    assert.doesNotMatch(fresh, /check\.cjs/, 'no jsdiff on the fresh path');
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres:9\n');
    assert.match(loadedModules([...args, '--check'], dir), /check\.cjs/, 'jsdiff loads when there is a diff');
  });

  it('loads no bundle but the start-up one to compile, anchors and merge keys included', () => {
    const dir = tempDir('dc-bundle-');
    const args = ['--repo', 'github.com/o/r', '-o', 'services.sh', '--force'];
    for (const text of ['compose:\n  db:\n    image: postgres\n', 'compose:\n  db: &db\n    image: postgres\n  db2:\n    <<: *db\n    image: redis\n']) {
      writeFileSync(join(dir, '.drone.yml'), text);
      const log = loadedModules(args, dir);
      assert.match(log, /cli-bundle\.cjs/, 'the debug log shows module loads');
      // Every file loaded (built-in modules are named `node:…`): the command and the start-up bundle only.
      const files = new Set([...log.matchAll(/ load "([^"]+)"/g)].map((m) => relative(ROOT, m[1]!)));
      assert.deepEqual([...files].sort(), [join('dist', 'cli-bundle.cjs'), join('dist', 'cli.cjs')], text);
      assert.equal(runCli(args, { cwd: dir }).status, 0);
    }
  });
});
