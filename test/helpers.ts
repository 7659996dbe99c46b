import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli.js';

/** The project root (tests run from build/test/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.cjs');
export const FIXTURES = join(ROOT, 'fixtures');
/** The shared folder beside the checkout: the spec, the real-world corpus and the compose-spec schema. */
export const SHARED = resolve(ROOT, '..', 'shared');
export const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command in this process (`run` of src/cli.ts), as the bundled CLI would run it in `cwd` with this
 * standard input: what it prints and its exit code. No process is started, so a golden run costs milliseconds;
 * the spawned tests in cli.test.ts keep proving the real bin.
 */
export async function runInProcess(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdin: () => options.input ?? '',
    stderrIsTTY: false,
  });
  return { status, stdout, stderr };
}

/** Runs the bundled CLI as a user would. */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The folders tempDir made in this process that are still there. */
const made = new Set<string>();
let removeAtExit = false;

/** Removes every folder tempDir has made in this process. */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

/** Keeps a folder tempDir made (failing inputs a developer is told to look at): it is not removed at exit. */
export function keepTempDir(dir: string): void {
  made.delete(dir);
}

/**
 * A fresh folder in the temporary folder (os.tmpdir(), which follows TMPDIR). It is removed, with whatever is in
 * it, when the process exits: every test file runs in a process of its own, so a test run leaves nothing behind.
 */
export function tempDir(prefix = 'drone-compose-'): string {
  if (!removeAtExit) {
    process.once('exit', removeTempDirs);
    removeAtExit = true;
  }
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** A fresh folder holding a `.drone.yml` with this text. */
export function projectWith(text: string, prefix = 'dc-project-'): string {
  const dir = tempDir(prefix);
  writeFileSync(join(dir, '.drone.yml'), text);
  return dir;
}

/** A copy of a fixture folder in a fresh temporary folder. */
export function copyFixture(name: string): string {
  const dir = tempDir(`dc-${name}-`);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** Whether a command is on PATH. */
export function have(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

export function sharedAvailable(): boolean {
  return existsSync(join(SHARED, 'corpus'));
}

const REPO = ['--repo', 'github.com/octocat/hello-world'];

/** The default runs of a fixture: one per target. */
export const DEFAULT_RUNS = ['sh', 'compose', 'kube'];

/**
 * The runs of a fixture by name, with their whole argument lists: `runs.json`, else the default runs `sh`,
 * `compose` and `kube` with the arguments of `args.json`.
 */
export function fixtureRuns(name: string): Record<string, string[]> {
  const dir = join(FIXTURES, name);
  if (existsSync(join(dir, 'runs.json'))) return JSON.parse(readFileSync(join(dir, 'runs.json'), 'utf8')) as Record<string, string[]>;
  const extra = existsSync(join(dir, 'args.json')) ? (JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as string[]) : [];
  return {
    sh: [...REPO, ...extra, '.drone.yml'],
    compose: ['-t', 'compose', ...REPO, ...extra, '.drone.yml'],
    kube: ['-t', 'kube', ...REPO, ...extra, '.drone.yml'],
  };
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}


/**
 * The shells of `names` that are installed (`busybox sh` is busybox's), each binary once: where /bin/sh is dash,
 * `dash` is left out, since running a script under the same program twice proves nothing more.
 */
export function distinctShells(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const [program, ...rest] = name.split(' ');
    const where = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
    if (!where) continue;
    const key = [realpathSync(where), ...rest].join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** What `docker-compose -f FILE config -q` (or `config`, with `print`) said about one file. */
export interface ComposeConfigResult {
  readonly file: string;
  readonly status: number;
  /** The configuration as docker-compose resolves it, with `print`; empty otherwise. */
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `docker-compose -f FILE config -q` for every file, or `config` with `print` (which prints the resolved
 * configuration). When docker-compose is the Python program (Debian's 1.29), all files are checked by its own
 * entry point in one Python process (test/tools/compose-config.py), which saves a second of start-up per file;
 * otherwise each file is one run of the command.
 */
export function composeConfigAll(files: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; print?: boolean }): ComposeConfigResult[] {
  const env = options.env ?? process.env;
  const where = spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8' }).stdout.trim();
  const shebang = where ? /^#!(\S*python3?)\s*$/m.exec(readFileSync(where, 'utf8').slice(0, 200).split('\n')[0] ?? '') : null;
  if (shebang && files.length > 0) {
    const args = [join(ROOT, 'test', 'tools', 'compose-config.py'), ...(options.print ? ['--print'] : []), ...files];
    const r = spawnSync(shebang[1]!, args, { cwd: options.cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`test/tools/compose-config.py failed (${r.status}): ${r.stderr}`);
    return JSON.parse(r.stdout) as ComposeConfigResult[];
  }
  return files.map((file) => {
    const r = spawnSync('docker-compose', ['-f', file, 'config', ...(options.print ? [] : ['-q'])], { cwd: options.cwd, encoding: 'utf8', env });
    return { file, status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  });
}

/** The bundles the command runs from a dist/ folder: bundlesIn of the install script, src/bin/warm-cache.cjs. */
export const bundlesIn = (createRequire(import.meta.url)(join(ROOT, 'src', 'bin', 'warm-cache.cjs')) as { bundlesIn: (dist: string) => string[] }).bundlesIn;

/**
 * What is wrong with the code caches of a dist/ folder (the build's, or an installed package's): a bundle without a cache, or with one that `node` (the
 * Node.js that runs the installed command) rejects, as V8 reports it (`cachedDataRejected`). Empty when every
 * bundle the command runs has a cache it accepts.
 */
export function cacheProblems(dist: string, node = process.execPath): string[] {
  const bundles = bundlesIn(dist);
  if (!bundles.includes('cli-bundle.cjs')) return [`no cli-bundle.cjs in ${dist}`];
  const probe = `const vm = require('node:vm'); const fs = require('node:fs');
    const out = [];
    for (const f of ${JSON.stringify(bundles.map((b) => join(dist, b)))}) {
      if (!fs.existsSync(f + '.cache')) { out.push(f + ': no code cache'); continue; }
      const s = new vm.Script(fs.readFileSync(f, 'utf8'), { filename: f, cachedData: fs.readFileSync(f + '.cache') });
      if (s.cachedDataRejected) out.push(f + ': the code cache is rejected');
    }
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(node, ['-e', probe], { encoding: 'utf8' });
  if (r.status !== 0) return [`the probe failed: ${r.stderr}`];
  return JSON.parse(r.stdout) as string[];
}
