/**
 * Regression guard for start-up cost (no timing here; `npm run bench` measures): the bundled CLI carries
 * neither ajv's schema compiler nor Handlebars' template compiler, and loads jsdiff only when a diff is printed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI, runCli, tempDir } from './helpers.js';

/** Runs the CLI with a module hook that prints every file URL it loads. */
function loadedModules(args: string[], cwd: string): string[] {
  const hook = tempDir('dc-hook-');
  writeFileSync(join(hook, 'hooks.mjs'), 'export async function load(url, context, next) { if (url.startsWith("file:")) process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }\n');
  writeFileSync(join(hook, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${join(hook, 'hooks.mjs')}`)});\n`);
  const r = spawnSync(process.execPath, ['--import', join(hook, 'register.mjs'), CLI, ...args], { cwd, encoding: 'utf8' });
  return r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
}

describe('the bundled CLI', () => {
  const bundle = readFileSync(CLI, 'utf8');

  it('has no schema compiler and no template compiler in it', () => {
    for (const marker of ['JavaScriptCompiler', 'parseWithoutProcessing', 'Handlebars.precompile', 'compileSchema', 'strictSchema', 'addVocabulary']) {
      assert.ok(!bundle.includes(marker), `dist/cli.js contains ${marker}`);
    }
    assert.ok(bundle.includes('Template was precompiled'), 'the Handlebars runtime is there (the guard can see code)');
  });

  it('loads jsdiff only when --check has a difference to show', () => {
    const dir = tempDir('dc-bundle-');
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres\n');
    const args = ['--repo', 'github.com/o/r', '-o', 'services.sh'];
    assert.equal(runCli(args, { cwd: dir }).status, 0);
    const fresh = loadedModules([...args, '--check'], dir);
    assert.ok(fresh.some((u) => u.endsWith('/dist/cli.js')), 'the hook sees the CLI load');
    assert.deepEqual(fresh.filter((u) => u.includes('/chunks/libesm')), [], 'no jsdiff on the fresh path');
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres:9\n');
    const stale = loadedModules([...args, '--check'], dir);
    assert.ok(stale.some((u) => u.includes('/chunks/libesm')), 'jsdiff loads when there is a diff');
  });
});
