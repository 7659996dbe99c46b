/**
 * The compose target end to end on a real Docker engine, through docker-compose 1.29.2: docker-compose's own
 * `config` accepts every emitted fixture, `run` waits for services that are slow to listen, values arrive byte
 * for byte, and `down -v` leaves nothing behind (test/e2e/engine.ts says when it is skipped).
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { composeConfigAll, have } from '../helpers.js';
import { dockerEngine, leftovers, PRINTENV, projectName, SECRET, sh, TRICKY, workspace } from './engine.js';

const { skip, ran } = dockerEngine('end-to-end cases of the compose file');

describe('compose target on a real engine', { concurrency: true }, () => {
  const composeSkip = have('docker-compose') ? false : 'docker-compose is not installed (test/e2e/setup.sh installs it)';
  it('docker-compose config accepts every emitted fixture file', { skip: skip || composeSkip }, async () => {
    ran();
    const names = ['readiness', 'e2e-readiness', 'seed-overview', 'keys-all', 'dollar-substitution', 'build-steps', 'yaml-anchors', 'seed-volumes', 'seed-devices', 'seed-privileged', 'extra-hosts-bare', 'environment-as-written', 'e2e-services'];
    const files: { dir: string; file: string }[] = [];
    for (const name of names) {
      const args = name.startsWith('seed-') || name === 'keys-all' || name === 'extra-hosts-bare' ? ['--trusted'] : [];
      files.push(await workspace('compose', name, args));
    }
    const env: Record<string, string> = { SECRET: 'x', PHP_VERSION: '7', MYSQL_VERSION: '5', BRANCH: 'b', GITHUB_TOKEN: 't', DB_PASSWORD: 'p', BUILD_NUMBER: '1' };
    // docker-compose's own `config -q`, for every file in one process (see composeConfigAll).
    const results = composeConfigAll(files.map((f) => f.file), { cwd: files[0]!.dir, env: { ...process.env, ...env } });
    assert.equal(results.length, names.length);
    results.forEach((r, i) => assert.equal(r.status, 0, `${names[i]}: ${r.stderr}`));
  });

  it('run --rm build waits for services that listen only seconds after they start; with --no-deps it fails', { skip: skip || composeSkip }, async () => {
    ran();
    const { dir, file } = await workspace('compose', 'e2e-readiness');
    const project = projectName().replace(/-/g, '');
    const compose = (...args: string[]) => sh('docker-compose', ['-p', project, '-f', file, ...args], { cwd: dir });
    try {
      // Without the dependency conditions, the build starts while the services are not ready (held), and fails.
      writeFileSync(join(dir, 'hold'), '');
      const up = await compose('up', '-d');
      assert.equal(up.status, 0, up.stderr);
      const early = await compose('run', '--rm', '--no-deps', 'build');
      assert.notEqual(early.status, 0, 'without the wait the build does not find the services');
      rmSync(join(dir, 'hold'));
      // With them, run waits until the holder (ports) and the checked service are healthy.
      const run = await compose('run', '--rm', 'build');
      assert.equal(run.status, 0, `the build finds both services: ${run.stdout}${run.stderr}`);
    } finally {
      // The services run as PID 1 without an init, so they ignore SIGTERM: do not wait the default 10 s each.
      const down = await compose('down', '-v', '-t', '1');
      assert.equal(down.status, 0, down.stderr);
    }
    assert.deepEqual(await leftovers(project), []);
  });

  it('up, probe from a build step, down -v leaves nothing', { skip: skip || composeSkip }, async () => {
    ran();
    const { dir, file } = await workspace('compose');
    const project = projectName().replace(/-/g, '');
    const env = { SECRET };
    try {
      const up = await sh('docker-compose', ['-p', project, '-f', file, 'up', '-d'], { cwd: dir, env });
      assert.equal(up.status, 0, up.stderr);
      const probe = await sh('docker-compose', ['-p', project, '-f', file, 'run', '--rm', 'build-probe'], { cwd: dir, env });
      assert.equal(probe.status, 0, probe.stderr);
      assert.equal(readFileSync(join(dir, 'pg.out'), 'utf8'), 'pg\n');
      assert.equal(readFileSync(join(dir, 'web.out'), 'utf8'), 'hello from the workspace\n');
      assert.equal(readFileSync(join(dir, 'secret.out'), 'utf8'), SECRET);
      assert.equal(readFileSync(join(dir, 'build-env.out'), 'utf8'), 'build "step" $HOME');
      const tricky = await sh('docker-compose', ['-p', project, '-f', file, 'exec', '-T', 'postgres', ...PRINTENV, 'TRICKY'], { cwd: dir, env });
      assert.equal(tricky.stdout, `${TRICKY}\n`, tricky.stderr);
      const fail = await sh('docker-compose', ['-p', project, '-f', file, 'run', '--rm', 'build-fail'], { cwd: dir, env });
      assert.equal(fail.status, 3);
    } finally {
      // nc runs as PID 1 without an init and ignores SIGTERM: do not wait docker-compose's default 10 s for it.
      const down = await sh('docker-compose', ['-p', project, '-f', file, 'down', '-v', '-t', '1'], { cwd: dir, env });
      assert.equal(down.status, 0, down.stderr);
    }
    assert.deepEqual(await leftovers(project), []);
  });
});
