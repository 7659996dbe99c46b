/**
 * What the end-to-end suites on a real Docker engine share: the engine check (skipped with the reason without an
 * engine; with CI=true a missing engine is a failure), workspaces compiled from the e2e fixtures, and the search
 * for anything a project left behind. The local test image comes from test/e2e/setup.sh (localhost/busybox:test).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { FIXTURES, have, runInProcess, tempDir } from '../helpers.js';

export const IMAGE = 'localhost/busybox:test';
export const REPO = 'github.com/octocat/hello-world';
export const WORKDIR = `/drone/src/${REPO}`;
export const SECRET = `s3cr3t 'single' "double" $HOME \`id\` a=b\nline two  `;
export const TRICKY = `it's "quoted" $HOME \`id\` a=b\nsecond line  `;

/** What a command printed and how it ended. */
export interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command without blocking, so that the cases of a file run side by side (they wait on the engine, not
 * on the CPU); killed after two minutes, when it can only be hanging.
 */
export function sh(cmd: string, args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => void (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => void (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function shSync(cmd: string, args: string[], timeout = 120_000): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { encoding: 'utf8', timeout });
}

function engine(): { ok: true; version: string } | { ok: false; why: string } {
  if (!have('docker')) return { ok: false, why: 'no docker client on PATH' };
  const info = shSync('docker', ['info', '--format', '{{.ServerVersion}}'], 15_000);
  if (info.status !== 0) return { ok: false, why: `no Docker engine answers (${(info.stderr || '').trim().split('\n')[0]}); run: bash test/e2e/setup.sh` };
  const image = shSync('docker', ['image', 'inspect', IMAGE]);
  if (image.status !== 0) return { ok: false, why: `the test image ${IMAGE} is missing; run: bash test/e2e/setup.sh` };
  return { ok: true, version: info.stdout.trim() };
}

/**
 * The engine for one test file: `skip` is false or the reason, set on each case rather than on the suites (the
 * runner counts skipped cases, and a skipped suite counts none); `ran()` counts a case that ran, and the file
 * prints how many ran against which engine when it ends.
 */
export function dockerEngine(what: string): { skip: string | false; ran: () => void } {
  const state = engine();
  if (!state.ok) {
    console.log(`# skipped: ${what}: ${state.why}`);
    if (process.env['CI'] === 'true') {
      it('CI has a Docker engine for the end-to-end tests', () => assert.fail(`CI=true but ${state.why}`));
    }
  }
  let ran = 0;
  after(() => {
    if (state.ok) console.log(`# e2e: ${ran} ${what} ran against Docker engine ${state.version}`);
  });
  return { skip: state.ok ? false : state.why, ran: () => void ran++ };
}

/**
 * A workspace with an e2e fixture, compiled for a target by the command run in this process (cli.test.ts proves
 * the bundled command writes the same); the artifact sits beside the input.
 */
export async function workspace(target: 'sh' | 'compose', fixture = 'e2e-services', extra: string[] = []): Promise<{ dir: string; file: string }> {
  const dir = tempDir('dc-e2e-');
  copyFileSync(join(FIXTURES, fixture, '.drone.yml'), join(dir, '.drone.yml'));
  writeFileSync(join(dir, 'marker.txt'), 'hello from the workspace\n');
  const out = target === 'sh' ? 'services.sh' : 'docker-compose.yml';
  const r = await runInProcess(['-t', target, '--repo', REPO, '--holder-image', IMAGE, ...extra, '-o', out], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  return { dir, file: join(dir, out) };
}

/** Containers, volumes and networks of a project that are still there. */
export async function leftovers(project: string): Promise<string[]> {
  const containers = (await sh('docker', ['ps', '-a', '--format', '{{.Names}}'])).stdout.split('\n').filter((n) => n.startsWith(`${project}-`) || n.startsWith(`${project}_`));
  const volumes = (await sh('docker', ['volume', 'ls', '--format', '{{.Name}}'])).stdout.split('\n').filter((n) => n.startsWith(`${project}-`) || n.startsWith(`${project}_`));
  const networks = (await sh('docker', ['network', 'ls', '--format', '{{.Name}}'])).stdout.split('\n').filter((n) => n.startsWith(`${project}_`));
  return [...containers, ...volumes, ...networks];
}

/** Prints one environment variable of a container's process environment, exactly (busybox has no printenv). */
export const PRINTENV = ['/bin/busybox', 'awk', 'BEGIN { printf "%s\\n", ENVIRON[ARGV[1]] }'];

export async function envIn(container: string, name: string): Promise<string> {
  return (await sh('docker', ['exec', container, ...PRINTENV, name])).stdout;
}

/** Shell code that waits (up to 3 s) until something listens on a port of the shared namespace: services start
 * without a readiness check, as under Drone. */
export function waitFor(port: number): string {
  return `for i in 1 2 3 4 5 6 7 8 9 10; do nc 127.0.0.1 ${port} </dev/null >/dev/null 2>&1 && break; sleep 0.3; done`;
}

let counter = 0;
/** A project name no other run or test file on this host uses. */
export function projectName(): string {
  return `dce2e-${process.pid}-${++counter}`;
}
