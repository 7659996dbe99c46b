/**
 * End to end on a real Docker engine: the emitted artifacts start real containers from the local test image
 * (test/e2e/setup.sh builds localhost/busybox:test), every service answers on 127.0.0.1 inside the shared
 * namespace, values arrive byte for byte, and teardown leaves nothing behind. Without an engine these tests
 * are skipped with the reason; with CI=true a missing engine is a failure.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { composeConfigAll, FIXTURES, have, runCli, tempDir } from '../helpers.js';

const IMAGE = 'localhost/busybox:test';
const REPO = 'github.com/octocat/hello-world';
const WORKDIR = `/drone/src/${REPO}`;
const SECRET = `s3cr3t 'single' "double" $HOME \`id\` a=b\nline two  `;
const TRICKY = `it's "quoted" $HOME \`id\` a=b\nsecond line  `;

function sh(cmd: string, args: string[], opts: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { encoding: 'utf8', cwd: opts.cwd, env: { ...process.env, ...opts.env }, timeout: opts.timeout ?? 120_000 });
}

function engine(): { ok: true; version: string } | { ok: false; why: string } {
  if (!have('docker')) return { ok: false, why: 'no docker client on PATH' };
  const info = sh('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 15_000 });
  if (info.status !== 0) return { ok: false, why: `no Docker engine answers (${(info.stderr || '').trim().split('\n')[0]}); run: bash test/e2e/setup.sh` };
  const image = sh('docker', ['image', 'inspect', IMAGE]);
  if (image.status !== 0) return { ok: false, why: `the test image ${IMAGE} is missing; run: bash test/e2e/setup.sh` };
  return { ok: true, version: info.stdout.trim() };
}

const state = engine();
const inCi = process.env['CI'] === 'true';
// On each case rather than on the suites: the runner counts skipped cases, and a skipped suite counts none.
const skip = state.ok ? false : state.why;
if (!state.ok) {
  console.log(`# skipped: end-to-end tests: ${state.why}`);
  if (inCi) {
    it('CI has a Docker engine for the end-to-end tests', () => assert.fail(`CI=true but ${state.why}`));
  }
}

let ran = 0;
after(() => {
  if (state.ok) console.log(`# e2e: ${ran} end-to-end cases ran against Docker engine ${state.version}`);
});

/** A workspace with the e2e fixture, compiled for a target; the artifact sits beside the input. */
function workspace(target: 'sh' | 'compose', fixture = 'e2e-services', extra: string[] = []) {
  const dir = tempDir('dc-e2e-');
  copyFileSync(join(FIXTURES, fixture, '.drone.yml'), join(dir, '.drone.yml'));
  writeFileSync(join(dir, 'marker.txt'), 'hello from the workspace\n');
  const out = target === 'sh' ? 'services.sh' : 'docker-compose.yml';
  const r = runCli(['-t', target, '--repo', REPO, '--holder-image', IMAGE, ...extra, '-o', out], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  return { dir, file: join(dir, out) };
}

function leftovers(project: string): string[] {
  const containers = sh('docker', ['ps', '-a', '--format', '{{.Names}}']).stdout.split('\n').filter((n) => n.startsWith(`${project}-`) || n.startsWith(`${project}_`));
  const volumes = sh('docker', ['volume', 'ls', '--format', '{{.Name}}']).stdout.split('\n').filter((n) => n.startsWith(`${project}-`) || n.startsWith(`${project}_`));
  const networks = sh('docker', ['network', 'ls', '--format', '{{.Name}}']).stdout.split('\n').filter((n) => n.startsWith(`${project}_`));
  return [...containers, ...volumes, ...networks];
}

/** Prints one environment variable of a container's process environment, exactly (busybox has no printenv). */
const PRINTENV = ['/bin/busybox', 'awk', 'BEGIN { printf "%s\\n", ENVIRON[ARGV[1]] }'];

function envIn(container: string, name: string): string {
  return sh('docker', ['exec', container, ...PRINTENV, name]).stdout;
}

/** Shell code that waits (up to 3 s) until something listens on a port of the shared namespace: services start
 * without a readiness check, as under Drone. */
function waitFor(port: number): string {
  return `for i in 1 2 3 4 5 6 7 8 9 10; do nc 127.0.0.1 ${port} </dev/null >/dev/null 2>&1 && break; sleep 0.3; done`;
}

let counter = 0;
function projectName(): string {
  return `dce2e-${process.pid}-${++counter}`;
}

describe('sh target on a real engine', { concurrency: false }, () => {
  it('up, probe every service on 127.0.0.1, read the workspace, build, down', { skip }, () => {
    ran++;
    const { dir, file } = workspace('sh');
    const project = projectName();
    const env = { DRONE_COMPOSE_PROJECT: project, SECRET };
    try {
      const up = sh('sh', [file, 'up'], { env });
      assert.equal(up.status, 0, up.stderr);
      const probe = sh('sh', [file, 'run', IMAGE, 'sh', '-c', `${waitFor(5432)}; ${waitFor(8080)}; nc 127.0.0.1 5432 </dev/null; wget -q -O - http://127.0.0.1:8080/marker.txt; pwd; cat marker.txt`], { env });
      assert.equal(probe.status, 0, probe.stderr);
      assert.equal(probe.stdout, `pg\nhello from the workspace\n${WORKDIR}\nhello from the workspace\n`);
      // Values arrive byte-identical in the service, including a $$ reference read from the environment.
      const printenv = (name: string) => envIn(`${project}-postgres`, name);
      assert.equal(printenv('TRICKY'), `${TRICKY}\n`);
      assert.equal(printenv('FROM_ENV'), `${SECRET}\n`);
      assert.equal(printenv('NUMBER'), '4444\n');
      assert.equal(printenv('FLAG'), 'yes\n');
      // The workspace is visible in services too.
      assert.equal(sh('docker', ['exec', `${project}-web`, '/bin/busybox', 'cat', `${WORKDIR}/marker.txt`]).stdout, 'hello from the workspace\n');

      const build = sh('sh', [file, 'build'], { env });
      assert.equal(build.status, 3, `the failing command's status: ${build.stderr}`);
      assert.match(build.stdout, /^\+ sh -c 'exit 3'$/m);
      assert.equal(readFileSync(join(dir, 'pg.out'), 'utf8'), 'pg\n');
      assert.equal(readFileSync(join(dir, 'web.out'), 'utf8'), 'hello from the workspace\n');
      assert.equal(readFileSync(join(dir, 'build-env.out'), 'utf8'), 'build "step" $HOME');
      assert.equal(readFileSync(join(dir, 'secret.out'), 'utf8'), SECRET);
      assert.equal(readFileSync(join(dir, 'fail.out'), 'utf8'), 'before\n', 'commands after the failing one do not run');
      const ps = sh('sh', [file, 'ps'], { env });
      assert.match(ps.stdout, new RegExp(`${project}-postgres`));
      const logs = sh('sh', [file, 'logs', 'web'], { env });
      assert.equal(logs.status, 0, logs.stderr);
    } finally {
      const down = sh('sh', [file, 'down'], { env });
      assert.equal(down.status, 0, down.stderr);
    }
    assert.deepEqual(leftovers(project), []);
    assert.equal(sh('sh', [file, 'down'], { env }).status, 0, 'down with nothing there succeeds');
  });

  it('a named volume is shared by a service and the build, and down removes it; build variables and operations arrive', { skip }, () => {
    ran++;
    const { dir, file } = workspace('sh', 'e2e-named-volume', ['--trusted']);
    const project = projectName();
    const env = { DRONE_COMPOSE_PROJECT: project, DRONE_BRANCH: 'master', DRONE_COMMIT: '0123456789abcdef0123456789abcdef01234567' };
    try {
      const up = sh('sh', [file, 'up'], { env });
      assert.equal(up.status, 0, up.stderr);
      assert.equal(sh('docker', ['volume', 'inspect', `${project}-shared`]).status, 0, 'up created the project\'s volume');
      const build = sh('sh', [file, 'build'], { env });
      assert.equal(build.status, 0, build.stderr);
      assert.equal(readFileSync(join(dir, 'volume.out'), 'utf8'), 'from-service\n', 'the build reads what the service wrote');
      assert.equal(readFileSync(join(dir, 'vars.out'), 'utf8'), 'master|0|0123456|latest|0123456789abcdef0123456789abcdef01234567');
    } finally {
      const down = sh('sh', [file, 'down'], { env });
      assert.equal(down.status, 0, down.stderr);
    }
    assert.deepEqual(leftovers(project), [], 'down removed the named volume too');
  });

  it('a second up after a crashed first one works', { skip }, () => {
    ran++;
    const { file } = workspace('sh');
    const project = projectName();
    const env = { DRONE_COMPOSE_PROJECT: project, SECRET: 'x' };
    try {
      assert.equal(sh('sh', [file, 'up'], { env }).status, 0);
      // The holder dies; its services are left behind, stopped or orphaned.
      sh('docker', ['kill', `${project}-holder`]);
      const again = sh('sh', [file, 'up'], { env });
      assert.equal(again.status, 0, again.stderr);
      const probe = sh('sh', [file, 'run', IMAGE, 'sh', '-c', `${waitFor(5432)}; nc 127.0.0.1 5432`], { env });
      assert.equal(probe.stdout, 'pg\n', probe.stderr);
    } finally {
      sh('sh', [file, 'down'], { env });
    }
    assert.deepEqual(leftovers(project), []);
  });

  it('two projects run side by side on one host', { skip }, () => {
    ran++;
    const { file } = workspace('sh');
    const a = projectName();
    const b = projectName();
    try {
      assert.equal(sh('sh', [file, 'up'], { env: { DRONE_COMPOSE_PROJECT: a, SECRET: 'a' } }).status, 0);
      assert.equal(sh('sh', [file, 'up'], { env: { DRONE_COMPOSE_PROJECT: b, SECRET: 'b' } }).status, 0);
      for (const p of [a, b]) {
        const probe = sh('sh', [file, 'run', IMAGE, 'sh', '-c', `${waitFor(5432)}; nc 127.0.0.1 5432`], { env: { DRONE_COMPOSE_PROJECT: p } });
        assert.equal(probe.stdout, 'pg\n', probe.stderr);
        assert.equal(envIn(`${p}-postgres`, 'FROM_ENV'), `${p === a ? 'a' : 'b'}\n`);
      }
    } finally {
      sh('sh', [file, 'down'], { env: { DRONE_COMPOSE_PROJECT: a } });
      sh('sh', [file, 'down'], { env: { DRONE_COMPOSE_PROJECT: b } });
    }
    assert.deepEqual([...leftovers(a), ...leftovers(b)], []);
  });

  it('a service that fails to start makes up exit non-zero and remove what it started', { skip }, () => {
    ran++;
    const { file } = workspace('sh', 'e2e-failing-service');
    const project = projectName();
    const up = sh('sh', [file, 'up'], { env: { DRONE_COMPOSE_PROJECT: project } });
    assert.notEqual(up.status, 0);
    assert.match(up.stderr, /up failed; removing what it started/);
    assert.deepEqual(leftovers(project), []);
  });

  it('up waits for services that listen only seconds after they start; without the wait the build fails', { skip }, () => {
    ran++;
    const { dir, file } = workspace('sh', 'e2e-readiness');
    const project = projectName();
    const env = { DRONE_COMPOSE_PROJECT: project };
    try {
      // Skipping the wait, the build starts while the services are not ready (held), and fails.
      writeFileSync(join(dir, 'hold'), '');
      const upNoWait = sh('sh', [file, 'up', '--no-wait'], { env });
      assert.equal(upNoWait.status, 0, upNoWait.stderr);
      assert.match(upNoWait.stderr, /not waiting for the services to be ready/);
      const early = sh('sh', [file, 'build'], { env });
      assert.notEqual(early.status, 0, 'without the wait the build does not find the services');
      rmSync(join(dir, 'hold'));

      // With the wait, the build right after up finds both.
      const up = sh('sh', [file, 'up'], { env });
      assert.equal(up.status, 0, up.stderr);
      assert.match(up.stderr, /slowdb is ready/);
      assert.match(up.stderr, /checked is ready/);
      const build = sh('sh', [file, 'build'], { env });
      assert.equal(build.status, 0, `the build right after up finds both services: ${build.stdout}${build.stderr}`);
    } finally {
      sh('sh', [file, 'down'], { env });
    }
    assert.deepEqual(leftovers(project), []);
  });

  it('a service that never becomes ready makes up fail within the timeout, naming it, leaving nothing', { skip }, () => {
    ran++;
    const { file } = workspace('sh', 'e2e-never-ready');
    const project = projectName();
    const up = sh('sh', [file, 'up'], { env: { DRONE_COMPOSE_PROJECT: project, DRONE_COMPOSE_WAIT_TIMEOUT: '2' } });
    assert.equal(up.status, 1, up.stderr);
    assert.match(up.stderr, /never is not ready after [0-9]+ s: up waited for port 7001 \(expose:\/ports:\) to listen/);
    assert.match(up.stderr, /never listening/, 'the end of its log is shown');
    assert.doesNotMatch(up.stderr, /ready is not ready/);
    assert.match(up.stderr, /up failed; removing what it started/);
    assert.deepEqual(leftovers(project), []);
  });

  it('privileged services start when the host allows them', { skip }, (t) => {
    const probe = sh('docker', ['run', '--rm', '--privileged', IMAGE, 'true']);
    if (probe.status !== 0) {
      t.skip(`this host refuses --privileged: ${probe.stderr.split('\n').find((l) => /error/i.test(l))?.trim() ?? probe.stderr.trim()}`);
      return;
    }
    ran++;
    const { file } = workspace('sh', 'e2e-privileged', ['--trusted']);
    const project = projectName();
    const env = { DRONE_COMPOSE_PROJECT: project };
    try {
      assert.equal(sh('sh', [file, 'up'], { env }).status, 0);
      assert.equal(sh('sh', [file, 'run', IMAGE, 'sh', '-c', `${waitFor(2375)}; nc 127.0.0.1 2375`], { env }).stdout, 'privileged\n');
    } finally {
      sh('sh', [file, 'down'], { env });
    }
    assert.deepEqual(leftovers(project), []);
  });
});

describe('compose target on a real engine', { concurrency: false }, () => {
  const composeSkip = have('docker-compose') ? false : 'docker-compose is not installed (test/e2e/setup.sh installs it)';
  it('docker-compose config accepts every emitted fixture file', { skip: skip || composeSkip }, () => {
    ran++;
    const names = ['readiness', 'e2e-readiness', 'seed-overview', 'keys-all', 'dollar-substitution', 'build-steps', 'yaml-anchors', 'seed-volumes', 'seed-devices', 'seed-privileged', 'extra-hosts-bare', 'environment-as-written', 'e2e-services'];
    const files = names.map((name) => {
      const args = name.startsWith('seed-') || name === 'keys-all' || name === 'extra-hosts-bare' ? ['--trusted'] : [];
      return workspace('compose', name, args);
    });
    const env: Record<string, string> = { SECRET: 'x', PHP_VERSION: '7', MYSQL_VERSION: '5', BRANCH: 'b', GITHUB_TOKEN: 't', DB_PASSWORD: 'p', BUILD_NUMBER: '1' };
    // docker-compose's own `config -q`, for every file in one process (see composeConfigAll).
    const results = composeConfigAll(files.map((f) => f.file), { cwd: files[0]!.dir, env: { ...process.env, ...env } });
    assert.equal(results.length, names.length);
    results.forEach((r, i) => assert.equal(r.status, 0, `${names[i]}: ${r.stderr}`));
  });

  it('run --rm build waits for services that listen only seconds after they start; with --no-deps it fails', { skip: skip || composeSkip }, () => {
    ran++;
    const { dir, file } = workspace('compose', 'e2e-readiness');
    const project = projectName().replace(/-/g, '');
    const compose = (...args: string[]) => sh('docker-compose', ['-p', project, '-f', file, ...args], { cwd: dir });
    try {
      // Without the dependency conditions, the build starts while the services are not ready (held), and fails.
      writeFileSync(join(dir, 'hold'), '');
      const up = compose('up', '-d');
      assert.equal(up.status, 0, up.stderr);
      const early = compose('run', '--rm', '--no-deps', 'build');
      assert.notEqual(early.status, 0, 'without the wait the build does not find the services');
      rmSync(join(dir, 'hold'));
      // With them, run waits until the holder (ports) and the checked service are healthy.
      const run = compose('run', '--rm', 'build');
      assert.equal(run.status, 0, `the build finds both services: ${run.stdout}${run.stderr}`);
    } finally {
      // The services run as PID 1 without an init, so they ignore SIGTERM: do not wait the default 10 s each.
      const down = compose('down', '-v', '-t', '1');
      assert.equal(down.status, 0, down.stderr);
    }
    assert.deepEqual(leftovers(project), []);
  });

  it('up, probe from a build step, down -v leaves nothing', { skip: skip || composeSkip }, () => {
    ran++;
    const { dir, file } = workspace('compose');
    const project = projectName().replace(/-/g, '');
    const env = { SECRET };
    try {
      const up = sh('docker-compose', ['-p', project, '-f', file, 'up', '-d'], { cwd: dir, env });
      assert.equal(up.status, 0, up.stderr);
      const probe = sh('docker-compose', ['-p', project, '-f', file, 'run', '--rm', 'build-probe'], { cwd: dir, env });
      assert.equal(probe.status, 0, probe.stderr);
      assert.equal(readFileSync(join(dir, 'pg.out'), 'utf8'), 'pg\n');
      assert.equal(readFileSync(join(dir, 'web.out'), 'utf8'), 'hello from the workspace\n');
      assert.equal(readFileSync(join(dir, 'secret.out'), 'utf8'), SECRET);
      assert.equal(readFileSync(join(dir, 'build-env.out'), 'utf8'), 'build "step" $HOME');
      const tricky = sh('docker-compose', ['-p', project, '-f', file, 'exec', '-T', 'postgres', ...PRINTENV, 'TRICKY'], { cwd: dir, env });
      assert.equal(tricky.stdout, `${TRICKY}\n`, tricky.stderr);
      const fail = sh('docker-compose', ['-p', project, '-f', file, 'run', '--rm', 'build-fail'], { cwd: dir, env });
      assert.equal(fail.status, 3);
    } finally {
      // nc runs as PID 1 without an init and ignores SIGTERM: do not wait docker-compose's default 10 s for it.
      const down = sh('docker-compose', ['-p', project, '-f', file, 'down', '-v', '-t', '1'], { cwd: dir, env });
      assert.equal(down.status, 0, down.stderr);
    }
    assert.deepEqual(leftovers(project), []);
  });
});
