/**
 * The script target end to end on a real Docker engine: the emitted script starts real containers from the local
 * test image, every service answers on 127.0.0.1 inside the shared namespace, values arrive byte for byte, up
 * waits for services that are slow to listen, and down leaves nothing behind (test/e2e/engine.ts says when it is
 * skipped).
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dockerEngine, envIn, IMAGE, leftovers, projectName, SECRET, sh, TRICKY, waitFor, WORKDIR, workspace } from './engine.js';

const { skip, ran } = dockerEngine('end-to-end cases of the script');

// Three cases at a time: more start so many containers at once that the rest of the suite stalls behind them.
describe('sh target on a real engine', { concurrency: 3 }, () => {
  it('up, probe every service on 127.0.0.1, read the workspace, build, down', { skip }, async () => {
    ran();
    const { dir, file } = await workspace('sh');
    const project = projectName();
    const env = { DRONE_COMPOSE_PROJECT: project, SECRET };
    try {
      const up = await sh('sh', [file, 'up'], { env });
      assert.equal(up.status, 0, up.stderr);
      const probe = await sh('sh', [file, 'run', IMAGE, 'sh', '-c', `${waitFor(5432)}; ${waitFor(8080)}; nc 127.0.0.1 5432 </dev/null; wget -q -O - http://127.0.0.1:8080/marker.txt; pwd; cat marker.txt`], { env });
      assert.equal(probe.status, 0, probe.stderr);
      assert.equal(probe.stdout, `pg\nhello from the workspace\n${WORKDIR}\nhello from the workspace\n`);
      // Values arrive byte-identical in the service, including a $$ reference read from the environment.
      const printenv = (name: string) => envIn(`${project}-postgres`, name);
      assert.equal(await printenv('TRICKY'), `${TRICKY}\n`);
      assert.equal(await printenv('FROM_ENV'), `${SECRET}\n`);
      assert.equal(await printenv('NUMBER'), '4444\n');
      assert.equal(await printenv('FLAG'), 'yes\n');
      // The workspace is visible in services too.
      assert.equal((await sh('docker', ['exec', `${project}-web`, '/bin/busybox', 'cat', `${WORKDIR}/marker.txt`])).stdout, 'hello from the workspace\n');

      const build = await sh('sh', [file, 'build'], { env });
      assert.equal(build.status, 3, `the failing command's status: ${build.stderr}`);
      assert.match(build.stdout, /^\+ sh -c 'exit 3'$/m);
      assert.equal(readFileSync(join(dir, 'pg.out'), 'utf8'), 'pg\n');
      assert.equal(readFileSync(join(dir, 'web.out'), 'utf8'), 'hello from the workspace\n');
      assert.equal(readFileSync(join(dir, 'build-env.out'), 'utf8'), 'build "step" $HOME');
      assert.equal(readFileSync(join(dir, 'secret.out'), 'utf8'), SECRET);
      assert.equal(readFileSync(join(dir, 'fail.out'), 'utf8'), 'before\n', 'commands after the failing one do not run');
      const ps = await sh('sh', [file, 'ps'], { env });
      assert.match(ps.stdout, new RegExp(`${project}-postgres`));
      const logs = await sh('sh', [file, 'logs', 'web'], { env });
      assert.equal(logs.status, 0, logs.stderr);
    } finally {
      const down = await sh('sh', [file, 'down'], { env });
      assert.equal(down.status, 0, down.stderr);
    }
    assert.deepEqual(await leftovers(project), []);
    assert.equal((await sh('sh', [file, 'down'], { env })).status, 0, 'down with nothing there succeeds');
  });

  it('a named volume is shared by a service and the build, and down removes it; build variables and operations arrive', { skip }, async () => {
    ran();
    const { dir, file } = await workspace('sh', 'e2e-named-volume', ['--trusted']);
    const project = projectName();
    const env = { DRONE_COMPOSE_PROJECT: project, DRONE_BRANCH: 'master', DRONE_COMMIT: '0123456789abcdef0123456789abcdef01234567' };
    try {
      const up = await sh('sh', [file, 'up'], { env });
      assert.equal(up.status, 0, up.stderr);
      assert.equal((await sh('docker', ['volume', 'inspect', `${project}-shared`])).status, 0, 'up created the project\'s volume');
      const build = await sh('sh', [file, 'build'], { env });
      assert.equal(build.status, 0, build.stderr);
      assert.equal(readFileSync(join(dir, 'volume.out'), 'utf8'), 'from-service\n', 'the build reads what the service wrote');
      assert.equal(readFileSync(join(dir, 'vars.out'), 'utf8'), 'master|0|0123456|latest|0123456789abcdef0123456789abcdef01234567');
    } finally {
      const down = await sh('sh', [file, 'down'], { env });
      assert.equal(down.status, 0, down.stderr);
    }
    assert.deepEqual(await leftovers(project), [], 'down removed the named volume too');
  });

  it('a second up after a crashed first one works', { skip }, async () => {
    ran();
    const { file } = await workspace('sh');
    const project = projectName();
    const env = { DRONE_COMPOSE_PROJECT: project, SECRET: 'x' };
    try {
      assert.equal((await sh('sh', [file, 'up'], { env })).status, 0);
      // The holder dies; its services are left behind, stopped or orphaned.
      await sh('docker', ['kill', `${project}-holder`]);
      const again = await sh('sh', [file, 'up'], { env });
      assert.equal(again.status, 0, again.stderr);
      const probe = await sh('sh', [file, 'run', IMAGE, 'sh', '-c', `${waitFor(5432)}; nc 127.0.0.1 5432`], { env });
      assert.equal(probe.stdout, 'pg\n', probe.stderr);
    } finally {
      await sh('sh', [file, 'down'], { env });
    }
    assert.deepEqual(await leftovers(project), []);
  });

  it('two projects run side by side on one host', { skip }, async () => {
    ran();
    const { file } = await workspace('sh');
    const a = projectName();
    const b = projectName();
    try {
      assert.equal((await sh('sh', [file, 'up'], { env: { DRONE_COMPOSE_PROJECT: a, SECRET: 'a' } })).status, 0);
      assert.equal((await sh('sh', [file, 'up'], { env: { DRONE_COMPOSE_PROJECT: b, SECRET: 'b' } })).status, 0);
      for (const p of [a, b]) {
        const probe = await sh('sh', [file, 'run', IMAGE, 'sh', '-c', `${waitFor(5432)}; nc 127.0.0.1 5432`], { env: { DRONE_COMPOSE_PROJECT: p } });
        assert.equal(probe.stdout, 'pg\n', probe.stderr);
        assert.equal(await envIn(`${p}-postgres`, 'FROM_ENV'), `${p === a ? 'a' : 'b'}\n`);
      }
    } finally {
      await sh('sh', [file, 'down'], { env: { DRONE_COMPOSE_PROJECT: a } });
      await sh('sh', [file, 'down'], { env: { DRONE_COMPOSE_PROJECT: b } });
    }
    assert.deepEqual([...(await leftovers(a)), ...(await leftovers(b))], []);
  });

  it('a service that fails to start makes up exit non-zero and remove what it started', { skip }, async () => {
    ran();
    const { file } = await workspace('sh', 'e2e-failing-service');
    const project = projectName();
    const up = await sh('sh', [file, 'up'], { env: { DRONE_COMPOSE_PROJECT: project } });
    assert.notEqual(up.status, 0);
    assert.match(up.stderr, /up failed; removing what it started/);
    assert.deepEqual(await leftovers(project), []);
  });

  it('up waits for services that listen only seconds after they start; without the wait the build fails', { skip }, async () => {
    ran();
    const { dir, file } = await workspace('sh', 'e2e-readiness');
    const project = projectName();
    const env = { DRONE_COMPOSE_PROJECT: project };
    try {
      // Skipping the wait, the build starts while the services are not ready (held), and fails.
      writeFileSync(join(dir, 'hold'), '');
      const upNoWait = await sh('sh', [file, 'up', '--no-wait'], { env });
      assert.equal(upNoWait.status, 0, upNoWait.stderr);
      assert.match(upNoWait.stderr, /not waiting for the services to be ready/);
      const early = await sh('sh', [file, 'build'], { env });
      assert.notEqual(early.status, 0, 'without the wait the build does not find the services');
      rmSync(join(dir, 'hold'));

      // With the wait, the build right after up finds both.
      const up = await sh('sh', [file, 'up'], { env });
      assert.equal(up.status, 0, up.stderr);
      assert.match(up.stderr, /slowdb is ready/);
      assert.match(up.stderr, /checked is ready/);
      const build = await sh('sh', [file, 'build'], { env });
      assert.equal(build.status, 0, `the build right after up finds both services: ${build.stdout}${build.stderr}`);
    } finally {
      await sh('sh', [file, 'down'], { env });
    }
    assert.deepEqual(await leftovers(project), []);
  });

  it('a service that never becomes ready makes up fail within the timeout, naming it, leaving nothing', { skip }, async () => {
    ran();
    const { file } = await workspace('sh', 'e2e-never-ready');
    const project = projectName();
    // Long enough for the ready service to be seen ready while the other cases load the engine too.
    const up = await sh('sh', [file, 'up'], { env: { DRONE_COMPOSE_PROJECT: project, DRONE_COMPOSE_WAIT_TIMEOUT: '5' } });
    assert.equal(up.status, 1, up.stderr);
    assert.match(up.stderr, /never is not ready after [0-9]+ s: up waited for port 7001 \(expose:\/ports:\) to listen/);
    assert.match(up.stderr, /never listening/, 'the end of its log is shown');
    assert.doesNotMatch(up.stderr, /ready is not ready/);
    assert.match(up.stderr, /up failed; removing what it started/);
    assert.deepEqual(await leftovers(project), []);
  });

  it('privileged services start when the host allows them', { skip }, async (t) => {
    const probe = await sh('docker', ['run', '--rm', '--privileged', IMAGE, 'true']);
    if (probe.status !== 0) {
      t.skip(`this host refuses --privileged: ${probe.stderr.split('\n').find((l) => /error/i.test(l))?.trim() ?? probe.stderr.trim()}`);
      return;
    }
    ran();
    const { file } = await workspace('sh', 'e2e-privileged', ['--trusted']);
    const project = projectName();
    const env = { DRONE_COMPOSE_PROJECT: project };
    try {
      assert.equal((await sh('sh', [file, 'up'], { env })).status, 0);
      assert.equal((await sh('sh', [file, 'run', IMAGE, 'sh', '-c', `${waitFor(2375)}; nc 127.0.0.1 2375`], { env })).stdout, 'privileged\n');
    } finally {
      await sh('sh', [file, 'down'], { env });
    }
    assert.deepEqual(await leftovers(project), []);
  });
});
