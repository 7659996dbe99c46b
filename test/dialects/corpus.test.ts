/**
 * The real world, later formats: every file of ../shared/corpus/later (read in place) goes through the 0.5–0.8
 * and 1.x dialects with --trusted. Each lowers without error for the sh target; for the compose target, the
 * files that use a substitution compose interpolation cannot compute are refused with a located error at it.
 * Every emitted compose file follows the compose-spec schema and docker-compose config accepts it, every emitted
 * script passes shellcheck, and without --trusted exactly the files with trusted-only options are refused at
 * those options.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { composeConfigAll, have, SHARED, sharedAvailable, tempDir } from '../helpers.js';
import { brief, compileLater } from './harness.js';

const CORPUS = join(SHARED, 'corpus', 'later');
const noShared = sharedAvailable() ? false : `../shared is not beside the checkout (looked for ${SHARED})`;
if (noShared) console.log(`# skipped: later-format corpus tests: ${noShared}`);

function corpusFiles(): string[] {
  return noShared ? [] : readdirSync(CORPUS).filter((f) => f.endsWith('.yml')).sort();
}
const read = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

/** The files whose build uses `${VAR:pos:len}`, which a compose file cannot compute: refused for compose only. */
const COMPOSE_REFUSED: Record<string, string> = {
  'SierraSoftworks__chieftan-server__1183530180.yml': '${DRONE_COMMIT:0:6}',
  'SierraSoftworks__chieftan-server__da21cf31c1.yml': '${DRONE_COMMIT_SHA:0:6}',
  'UKHomeOffice__lev-api__086a507d30.yml': '${DRONE_COMMIT:0:10}',
};

describe('real Drone 0.5–0.8 and 1.x files', () => {
  it('the corpus has 38 files, 16 in the 1.x format and 22 in the 0.5–0.8 one', { skip: noShared }, () => {
    const files = corpusFiles();
    assert.equal(files.length, 38);
    const ids = files.map((f) => compileLater(read(f), { trusted: true, targets: ['sh'] }).dialect?.id);
    assert.equal(ids.filter((id) => id === 'drone-1').length, 16);
    assert.equal(ids.filter((id) => id === 'drone-0.8').length, 22);
  });

  it('every file lowers for the sh target with --trusted; 35 of 38 for compose too, the others refused at the form', { skip: noShared }, () => {
    let both = 0;
    for (const file of corpusFiles()) {
      const sh = compileLater(read(file), { trusted: true, targets: ['sh'], filename: file });
      const errors = sh.diagnostics.filter((d) => d.severity === 'error').map((d) => brief(d, sh.source));
      assert.deepEqual(errors, [], file);
      assert.ok(sh.outputs.sh?.startsWith('#!/bin/sh\n'), file);
      const compose = compileLater(read(file), { trusted: true, targets: ['compose'], filename: file });
      const refused = compose.diagnostics.filter((d) => d.severity === 'error');
      if (COMPOSE_REFUSED[file]) {
        assert.ok(refused.length > 0, file);
        for (const d of refused) {
          assert.equal(d.code, 'unsupported-operation');
          assert.ok(d.message.includes(COMPOSE_REFUSED[file]!), d.message);
          assert.ok(compose.source.text.slice(d.span![0], d.span![1]).includes(COMPOSE_REFUSED[file]!), `${file}: located at the form`);
        }
        continue;
      }
      assert.deepEqual(refused.map((d) => brief(d, compose.source)), [], file);
      assert.ok(compose.outputs.compose?.includes('network_mode: "service:holder"'), file);
      both++;
    }
    assert.equal(both, 35);
  });

  it('every service name is mapped to 127.0.0.1 in the namespace', { skip: noShared }, () => {
    for (const file of corpusFiles()) {
      const r = compileLater(read(file), { trusted: true, targets: ['sh'] });
      const hosts = new Map(r.project!.holder.extraHosts.map((h) => [h.host, h.address]));
      for (const s of r.project!.services) assert.equal(hosts.get(s.name), '127.0.0.1', `${file}: ${s.name}`);
    }
  });

  it('without --trusted, exactly the files with trusted-only options are refused, at the option', { skip: noShared }, () => {
    const refusedFiles: string[] = [];
    for (const file of corpusFiles()) {
      const r = compileLater(read(file), { trusted: false, targets: ['sh'] });
      const untrusted = r.diagnostics.filter((d) => d.code === 'untrusted-option');
      if (untrusted.length === 0) continue;
      refusedFiles.push(file);
      assert.deepEqual(r.outputs, {});
      for (const d of untrusted) {
        const line = r.source.line(r.source.position(d.span![0]).line);
        assert.match(line, /^\s+(privileged|extra_hosts|volumes|devices|network_mode|dns|dns_search|host|medium):/, `${file}: ${line}`);
      }
    }
    // Both use a privileged docker:dind service; the privileged plugin steps of other files are not run, so not refused.
    assert.deepEqual(refusedFiles, ['UKHomeOffice__removals_integration__d55ace0fe6.yml', 'UKHomeOffice__removals_integration__f95f2e8a95.yml']);
  });
});

describe('later-format outputs', () => {
  const composeOutputs: [string, string][] = [];
  const scripts: [string, string][] = [];
  for (const file of corpusFiles()) {
    const r = compileLater(read(file), { trusted: true, targets: ['sh', 'compose'] });
    if (r.outputs.compose) composeOutputs.push([file, r.outputs.compose]);
    const sh = compileLater(read(file), { trusted: true, targets: ['sh'] });
    if (sh.outputs.sh) scripts.push([file, sh.outputs.sh]);
  }

  it('every compose file follows the compose-spec schema', { skip: noShared }, () => {
    const schema = JSON.parse(readFileSync(join(SHARED, 'oracles', 'compose-spec.json'), 'utf8')) as Record<string, unknown>;
    delete schema['$schema'];
    const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
    assert.equal(composeOutputs.length, 35);
    for (const [file, text] of composeOutputs) assert.ok(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`);
  });

  const composeWhy = noShared || (have('docker-compose') ? false : 'docker-compose is not installed (test/e2e/setup.sh installs it)');
  it('docker-compose config accepts every compose file', { skip: composeWhy }, () => {
    const dir = tempDir('dc-later-compose-');
    const paths = composeOutputs.map(([file, text]) => {
      const path = join(dir, `${file}.compose.yml`);
      writeFileSync(path, text);
      return path;
    });
    const results = composeConfigAll(paths, { cwd: dir, env: { ...process.env, COMPOSE_PROJECT_NAME: 'dclaterconfig' } });
    assert.equal(results.length, composeOutputs.length);
    for (const r of results) assert.equal(r.status, 0, `${r.file}: ${r.stderr}`);
    // The batch check is docker-compose's own: it refuses what the command refuses.
    writeFileSync(join(dir, 'bad.yml'), 'services:\n  a:\n    image: x\n    bogus: 1\n');
    const [bad] = composeConfigAll([join(dir, 'bad.yml')], { cwd: dir });
    assert.notEqual(bad!.status, 0);
    assert.match(bad!.stderr, /Unsupported config option for services\.a: 'bogus'/);
  });

  const why = noShared || (have('shellcheck') ? false : 'shellcheck is not installed (test/e2e/setup.sh installs it)');
  it('every script passes shellcheck at warning level', { skip: why }, () => {
    const dir = tempDir('dc-later-shellcheck-');
    const files = scripts.map(([file, text]) => {
      const path = join(dir, `${file}.sh`);
      writeFileSync(path, text);
      return path;
    });
    assert.equal(files.length, 38);
    const r = spawnSync('shellcheck', ['--severity=warning', '--shell=sh', ...files], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});
