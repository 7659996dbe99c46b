/**
 * End to end on Podman: the generated script, run with DRONE_COMPOSE_ENGINE=podman, starts the services in one
 * network namespace, runs one-off containers and the build in it, shows logs and containers, and `down` leaves
 * nothing. A `docker` on PATH that fails and records every call proves the script never calls docker when told
 * to use Podman. test/e2e/setup-podman.sh installs Podman and imports the test image; without Podman these tests
 * are skipped with the reason, and with CI=true a missing Podman is a failure.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FIXTURES, have, runCli, tempDir } from '../helpers.js';

const IMAGE = 'localhost/busybox:test';
const REPO = 'github.com/octocat/hello-world';
const WORKDIR = `/drone/src/${REPO}`;
const SECRET = `s3cr3t 'single' "double" $HOME \`id\` a=b\nline two  `;

function run(cmd: string, args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { encoding: 'utf8', cwd: opts.cwd, env: { ...process.env, ...opts.env }, timeout: 120_000 });
}

function podman(): { ok: true; version: string } | { ok: false; why: string } {
  if (!have('podman')) return { ok: false, why: 'podman is not installed; run: bash test/e2e/setup-podman.sh' };
  const image = run('podman', ['image', 'exists', IMAGE]);
  if (image.status !== 0) return { ok: false, why: `the test image ${IMAGE} is missing in Podman's store; run: bash test/e2e/setup-podman.sh` };
  const smoke = run('podman', ['run', '--rm', '--network', 'none', IMAGE, 'true']);
  if (smoke.status !== 0) return { ok: false, why: `podman cannot run a container here (${smoke.stderr.trim().split('\n').pop()}); run: bash test/e2e/setup-podman.sh` };
  return { ok: true, version: run('podman', ['version', '--format', '{{.Client.Version}}']).stdout.trim() };
}

const state = podman();
const skip = state.ok ? false : state.why;
if (!state.ok) {
  console.log(`# skipped: Podman end-to-end tests: ${state.why}`);
  if (process.env['CI'] === 'true') it('CI has Podman for the end-to-end tests', () => assert.fail(`CI=true but ${state.why}`));
}

const cleanup: string[] = [];
let ran = 0;
after(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  if (state.ok) console.log(`# e2e: ${ran} end-to-end cases ran against Podman ${state.version}`);
});

/** A PATH whose `docker` fails and appends its arguments to a log: any docker call by the script is caught. */
function trapDocker(dir: string): { env: Record<string, string>; calls: () => string } {
  const bin = join(dir, 'bin');
  const log = join(dir, 'docker-calls.log');
  run('mkdir', ['-p', bin]);
  writeFileSync(join(bin, 'docker'), `#!/bin/sh\nprintf '%s\\n' "docker $*" >> '${log}'\necho 'docker must not be called' >&2\nexit 99\n`);
  chmodSync(join(bin, 'docker'), 0o755);
  return { env: { PATH: `${bin}:${process.env['PATH'] ?? ''}` }, calls: () => (existsSync(log) ? readFileSync(log, 'utf8') : '') };
}

let counter = 0;
function projectName(): string {
  return `dcpodman-${process.pid}-${++counter}`;
}

function leftovers(project: string): string[] {
  const names = (args: string[]) => run('podman', args).stdout.split('\n').filter((n) => n.startsWith(`${project}-`));
  return [...names(['ps', '-a', '--format', '{{.Names}}']), ...names(['volume', 'ls', '--format', '{{.Name}}'])];
}

describe('sh target on Podman', { skip, concurrency: false }, () => {
  it('up, run, build, logs, ps and down through DRONE_COMPOSE_ENGINE=podman, never calling docker', () => {
    ran++;
    const dir = tempDir('dc-podman-');
    cleanup.push(dir);
    copyFileSync(join(FIXTURES, 'e2e-services', '.drone.yml'), join(dir, '.drone.yml'));
    writeFileSync(join(dir, 'marker.txt'), 'hello from the workspace\n');
    const compiled = runCli(['-t', 'sh', '--repo', REPO, '--holder-image', IMAGE, '-o', 'services.sh'], { cwd: dir });
    assert.equal(compiled.status, 0, compiled.stderr);
    const file = join(dir, 'services.sh');
    const project = projectName();
    const trap = trapDocker(dir);
    const env = { ...trap.env, DRONE_COMPOSE_ENGINE: 'podman', DRONE_COMPOSE_PROJECT: project, SECRET };
    try {
      const up = run('sh', [file, 'up'], { env });
      assert.equal(up.status, 0, up.stderr);
      const probe = run('sh', [file, 'run', IMAGE, 'sh', '-c', 'for i in 1 2 3 4 5 6 7 8 9 10; do nc 127.0.0.1 5432 </dev/null | grep -q pg && break; sleep 0.3; done; nc 127.0.0.1 5432 </dev/null; pwd; cat marker.txt'], { env });
      assert.equal(probe.status, 0, probe.stderr);
      assert.equal(probe.stdout, `pg\n${WORKDIR}\nhello from the workspace\n`);
      const secret = run('podman', ['exec', `${project}-postgres`, '/bin/busybox', 'awk', 'BEGIN { printf "%s", ENVIRON["FROM_ENV"] }']);
      assert.equal(secret.stdout, SECRET, 'a $$ reference arrives byte for byte');

      const build = run('sh', [file, 'build'], { env });
      assert.equal(build.status, 3, `the failing command's status: ${build.stderr}`);
      assert.equal(readFileSync(join(dir, 'pg.out'), 'utf8'), 'pg\n');
      assert.equal(readFileSync(join(dir, 'web.out'), 'utf8'), 'hello from the workspace\n');
      assert.equal(readFileSync(join(dir, 'secret.out'), 'utf8'), SECRET);
      assert.equal(readFileSync(join(dir, 'fail.out'), 'utf8'), 'before\n');

      const ps = run('sh', [file, 'ps'], { env });
      assert.equal(ps.status, 0, ps.stderr);
      assert.match(ps.stdout, new RegExp(`${project}-postgres`));
      const logs = run('sh', [file, 'logs'], { env });
      assert.equal(logs.status, 0, logs.stderr);
      assert.match(logs.stdout, /^== postgres$/m);
    } finally {
      const down = run('sh', [file, 'down'], { env });
      assert.equal(down.status, 0, down.stderr);
    }
    assert.deepEqual(leftovers(project), [], 'down leaves no container or volume');
    assert.equal(trap.calls(), '', 'the script called docker although DRONE_COMPOSE_ENGINE=podman');
  });

  it('a service that fails to start makes up fail and remove what it started', () => {
    ran++;
    const dir = tempDir('dc-podman-');
    cleanup.push(dir);
    copyFileSync(join(FIXTURES, 'e2e-failing-service', '.drone.yml'), join(dir, '.drone.yml'));
    const compiled = runCli(['-t', 'sh', '--repo', REPO, '--holder-image', IMAGE, '-o', 'services.sh'], { cwd: dir });
    assert.equal(compiled.status, 0, compiled.stderr);
    const project = projectName();
    const trap = trapDocker(dir);
    const up = run('sh', [join(dir, 'services.sh'), 'up'], { env: { ...trap.env, DRONE_COMPOSE_ENGINE: 'podman', DRONE_COMPOSE_PROJECT: project } });
    assert.notEqual(up.status, 0);
    assert.match(up.stderr, /up failed; removing what it started/);
    assert.deepEqual(leftovers(project), []);
    assert.equal(trap.calls(), '');
  });
});
