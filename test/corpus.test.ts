/**
 * The real world: every Drone 0.4 file of ../shared/corpus/drone04 (read in place, never copied) compiles to
 * both targets with --trusted; without it, the files with trusted-only options are refused with located errors.
 * Every emitted compose file (corpus and fixtures) validates against the official compose-spec schema, and
 * every emitted script passes shellcheck at warning level.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { compile } from '../src/compile.js';
import { fixtureNames, fixtureRuns, FIXTURES, have, SHARED, sharedAvailable, tempDir } from './helpers.js';

const CORPUS = join(SHARED, 'corpus', 'drone04');
// Skipped case by case (not a whole suite), so that the runner counts them.
const noShared = sharedAvailable() ? false : `../shared is not beside the checkout (looked for ${SHARED})`;
if (noShared) console.log(`# skipped: corpus and compose-spec tests: ${noShared}`);

function corpusFiles(): string[] {
  return noShared ? [] : readdirSync(CORPUS).filter((f) => f.endsWith('.yml')).sort();
}

const options = (file: string, trusted: boolean) => ({ filename: file, repo: 'github.com/example/project', trusted, targets: ['sh', 'compose'] as const });

describe('real Drone 0.4 files', () => {
  it('the corpus has the 53 files SOURCES.md lists', { skip: noShared }, () => {
    assert.equal(corpusFiles().length, 53);
  });

  for (const file of corpusFiles()) {
    it(`${file} compiles to both targets with --trusted`, () => {
      const r = compile(readFileSync(join(CORPUS, file), 'utf8'), { ...options(file, true), targets: ['sh', 'compose'] });
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors, []);
      assert.ok(r.outputs.sh?.startsWith('#!/bin/sh\n'));
      assert.ok(r.outputs.compose?.includes('network_mode: "service:holder"'));
    });
  }

  it('without --trusted, every file with a trusted-only option is refused at that option', { skip: noShared }, () => {
    let refused = 0;
    for (const file of corpusFiles()) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const r = compile(text, { ...options(file, false), targets: ['sh'] });
      const untrusted = r.diagnostics.filter((d) => d.code === 'untrusted-option');
      const usesTrusted = /^\s+(privileged: true|extra_hosts:|volumes:|devices:|net:|dns:)/m.test(text);
      assert.equal(untrusted.length > 0, usesTrusted, file);
      if (!usesTrusted) continue;
      refused++;
      assert.deepEqual(r.outputs, {});
      for (const d of untrusted) {
        const line = r.source.line(r.source.position(d.span![0]).line);
        assert.match(line, /^\s+(privileged|extra_hosts|volumes|devices|net|dns):/, `${file}: the error points at the option`);
      }
    }
    assert.ok(refused >= 14, `${refused} files need --trusted`);
  });
});

function composeSpecValidator() {
  const schema = JSON.parse(readFileSync(join(SHARED, 'oracles', 'compose-spec.json'), 'utf8')) as Record<string, unknown>;
  delete schema['$schema'];
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  return ajv.compile(schema);
}

describe('emitted compose files follow the compose-spec schema', () => {
  const outputs: [string, string][] = [];
  for (const file of corpusFiles()) {
    const r = compile(readFileSync(join(CORPUS, file), 'utf8'), { ...options(file, true), targets: ['compose'] });
    outputs.push([`corpus/${file}`, r.outputs.compose ?? '']);
  }
  for (const name of fixtureNames()) {
    for (const run of Object.keys(fixtureRuns(name))) {
      if (run !== 'compose') continue;
      let status = '';
      try {
        status = readFileSync(join(FIXTURES, name, `${run}.status`), 'utf8').trim();
      } catch {
        continue;
      }
      if (status === '0') outputs.push([`fixtures/${name}`, readFileSync(join(FIXTURES, name, `${run}.stdout`), 'utf8')]);
    }
  }
  it(`${outputs.length} files validate`, { skip: noShared }, () => {
    const validate = composeSpecValidator();
    for (const [name, text] of outputs) {
      assert.ok(text.length > 0, `${name} compiled`);
      const ok = validate(parseYaml(text));
      assert.ok(ok, `${name}: ${JSON.stringify(validate.errors)}`);
    }
  });
});

describe('emitted scripts pass shellcheck', () => {
  const why = have('shellcheck') ? false : 'shellcheck is not installed (test/e2e/setup.sh installs it; CI runs it)';
  if (why) console.log(`# skipped: shellcheck: ${why}`);
  it('every fixture script and every corpus script, at warning level', { skip: why }, () => {
    const dir = tempDir('dc-shellcheck-');
    const files: string[] = [];
    for (const name of fixtureNames()) {
      for (const run of Object.keys(fixtureRuns(name))) {
        try {
          if (readFileSync(join(FIXTURES, name, `${run}.status`), 'utf8').trim() !== '0') continue;
          const text = readFileSync(join(FIXTURES, name, `${run}.stdout`), 'utf8');
          if (!text.startsWith('#!/bin/sh')) continue;
          const path = join(dir, `${name}-${run}.sh`);
          writeFileSync(path, text);
          files.push(path);
        } catch {
          // no such run output
        }
      }
    }
    for (const file of corpusFiles()) {
      const r = compile(readFileSync(join(CORPUS, file), 'utf8'), { ...options(file, true), targets: ['sh'] });
      const path = join(dir, `${file}.sh`);
      writeFileSync(path, r.outputs.sh!);
      files.push(path);
    }
    assert.ok(files.length > 40);
    const r = spawnSync('shellcheck', ['--severity=warning', '--shell=sh', ...files], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});
