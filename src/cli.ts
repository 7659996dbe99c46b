/**
 * The command line: reads the input, resolves the repository and the outputs, calls `compile`, prints
 * diagnostics, and writes, checks or prints the artifacts. The only module that touches files, git and the
 * process. Exit codes: 0 success, 1 `--check` (or `diff`) found a difference, 2 invalid input or usage.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { compile, DEFAULT_HOLDER_IMAGE, type CompileOptions, type CompileResult } from './compile.js';
import { CONFIG_FILE, parseConfig, pathProblem, targetFromPath, type Config } from './config.js';
import type { Diagnostic } from './diagnostics.js';
import { TARGETS, type Target } from './ir.js';
import { DEFAULT_LIMITS } from './parse/index.js';
import { loadCheck, loadChildProcess } from './lazy.js';
import { isGenerated, MAX_OUTPUT_BYTES, readOutput, readRegular, RefusedPath, writeAtomic, type Existing } from './output.js';
import { gitTop, repoFromGit } from './repo.js';
import { formatDiagnostics, FORMATS, type Format, type Reported } from './report.js';

declare const DRONE_COMPOSE_VERSION: string | undefined;
const VERSION = typeof DRONE_COMPOSE_VERSION === 'string' ? DRONE_COMPOSE_VERSION : '0.0.0-dev';

interface Options {
  target?: Target[];
  output?: string[];
  config?: string;
  check?: boolean;
  strict?: boolean;
  trusted?: boolean;
  force?: boolean;
  repo?: string;
  name?: string;
  holderImage?: string;
  maxBytes?: number;
  format: Format;
}

/** One artifact of a run: its target and, unless it goes to standard output, its path (relative to the current folder). */
interface Planned {
  readonly target: Target;
  readonly path?: string;
  /** The path came from the config file: it must stay in the config file's folder (see `confine`). */
  readonly fromConfig?: boolean;
}

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/**
 * What this run reports, printed once (`printReport`) in the chosen format: the input's diagnostics, stale
 * outputs, and usage and io errors, so that a machine format is always exactly one document.
 */
const run = { reported: [] as Reported[], seen: new Set<string>(), format: 'text' as Format, artifactOnStdout: false, printed: false };

function add(diagnostic: Diagnostic, source: Reported['source'], file?: string): void {
  const key = `${diagnostic.code}|${file ?? source?.name ?? ''}|${diagnostic.span?.join(',') ?? ''}|${diagnostic.message}`;
  if (run.seen.has(key)) return;
  run.seen.add(key);
  run.reported.push({ diagnostic, source, ...(file !== undefined ? { file } : {}) });
}

function fail(code: 'usage' | 'io', file: string, message: string, hint?: string): never {
  add({ severity: 'error', code, message, ...(hint ? { hint } : {}) }, undefined, file);
  throw new Exit(2);
}

function usageError(message: string): never {
  return fail('usage', 'drone-compose', message, "try 'drone-compose --help'");
}

function ioError(path: string, message: string): never {
  return fail('io', path, message);
}

/** Why a file operation failed, as a user reads it. */
function why(e: unknown): string {
  if (e instanceof RefusedPath) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? String(e);
}

/**
 * Prints what the run reports, once. Text goes to standard error; the other formats to standard output, unless
 * the artifact itself is printed there (then to standard error). Nothing to say is silence, except for formats
 * whose readers expect a document.
 */
function printReport(): void {
  if (run.printed) return;
  run.printed = true;
  const list = run.reported;
  if (list.length === 0 && (run.format === 'text' || run.format === 'github')) return;
  const text = formatDiagnostics(list, run.format, { color: run.format === 'text' && useColor(), version: VERSION });
  (run.format !== 'text' && !run.artifactOnStdout ? process.stdout : process.stderr).write(text);
}

/** Where a diff goes: standard output, unless a machine document is there. */
function diffStream(): NodeJS.WriteStream {
  return run.format === 'json' || run.format === 'sarif' ? process.stderr : process.stdout;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

const collect = <T>(value: T, previous: T[] | undefined): T[] => [...(previous ?? []), value];

function targetArg(value: string): Target {
  if (!TARGETS.includes(value as Target)) throw new InvalidArgumentError(`Allowed choices are ${TARGETS.join(', ')}.`);
  return value as Target;
}

/** `a/b` with forward slashes, `.` for the same folder. */
function posixRelative(from: string, to: string): string {
  const rel = relative(from, to).split(sep).join('/');
  return rel === '' ? '.' : rel;
}

/** Whether `path` is `folder` or inside it (both resolved). */
function within(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Whether text diagnostics are coloured: on a terminal, unless NO_COLOR; always with FORCE_COLOR. */
function useColor(): boolean {
  const force = process.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '') return false;
  return process.stderr.isTTY === true;
}

function addCompileOptions(cmd: Command): Command {
  return cmd
    .option('--strict', 'treat every warning as an error')
    .option('--trusted', 'allow trusted-only options: privileged, volumes, devices, net, dns, extra_hosts')
    .option('--repo <path>', 'repository path mounted at /drone/src/<path> (default: from the git remote origin)')
    .option('--name <name>', 'project name prefixing containers and volumes (default: the repository name)')
    .option('--holder-image <image>', `image of the container that owns the shared network namespace (default: ${DEFAULT_HOLDER_IMAGE})`)
    .option('--max-bytes <n>', 'largest input accepted, in bytes (default: 10 MiB)', positiveInt)
    .addOption(new Option('--format <format>', 'how diagnostics are printed').choices(FORMATS as string[]).default('text'));
}

/**
 * Makes a folder and its missing parents, one level at a time. Node's recursive mkdirSync spins forever where
 * the kernel answers ENOENT for a folder whose parent exists (under /proc); here that error is final.
 */
function makeFolders(path: string): void {
  const missing: string[] = [];
  for (let p = resolve(path); !existsSync(p); p = dirname(p)) {
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing.reverse()) mkdirSync(p);
}

/** Commander's own error message of this run (an unknown option, a bad choice), reported as a usage error. */
let commanderError = '';

function program(): Command {
  const cmd = new Command('drone-compose')
    .description('Compile the compose: (and build:) section of a Drone 0.4 .drone.yml into a POSIX sh script or a docker-compose.yml.')
    .argument('[file]', 'the Drone file; - reads standard input', '.drone.yml')
    .option('-t, --target <target>', 'what to emit: sh or compose (repeatable, paired with -o in order)', (v, p: Target[] | undefined) => collect(targetArg(v), p))
    .option('-o, --output <path>', 'write to this file, atomically, creating missing folders (repeatable; the target defaults from the name: .yml is compose)', (v: string, p: unknown) => collect(v, p as string[] | undefined))
    .option('-c, --config <path>', `outputs and options from a JSON file (default: ${CONFIG_FILE} next to the input, when there is no -o)`)
    .option('--check', 'exit 1 and print a diff when an output file is not exactly what would be written; never writes')
    .option('--force', 'with -o: overwrite a file that drone-compose did not generate');
  const output = { outputError: (s: string) => void (commanderError += s) };
  addCompileOptions(cmd)
    .version(VERSION, '-V, --version')
    .helpOption('-h, --help')
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput(output);
  const diff = new Command('diff')
    .description('compile the Drone file as it is at a git revision and in the working tree, and print the diff of the artifacts; exit 1 when they differ')
    .argument('[rev]', 'git revision', 'HEAD')
    .argument('[file]', 'the Drone file', '.drone.yml')
    .option('-t, --target <target>', 'only this target (repeatable; default: those of the config file, else both)', (v, p: Target[] | undefined) => collect(targetArg(v), p))
    .option('-c, --config <path>', `outputs and options from a JSON file (default: ${CONFIG_FILE} next to the input)`);
  addCompileOptions(diff).exitOverride().configureOutput(output);
  cmd.addCommand(diff);
  return cmd;
}

/**
 * The folder whose files an input may be, found from the path as written: the deepest folder of the input's
 * path that is reached from the current folder without passing a symbolic link (`unlinkedFolder`), then the top
 * of the git work tree holding that folder, else that folder itself. So a linked folder (`ci -> ../elsewhere`)
 * never chooses the repository its own target is checked against. Returned also resolved, as `within` compares it.
 */
function repositoryOf(file: string): { top: string; real: string } {
  const dir = unlinkedFolder(dirname(resolve(file)));
  const top = gitTop(dir) ?? dir;
  return { top, real: realpathSync.native(top) };
}

/**
 * The deepest folder on the way from the current folder to `dir` (both absolute, `..` resolved as written) that
 * is reached without passing a symbolic link or anything but a folder. The part shared with the current folder's
 * path is the user's own and is taken as it is.
 */
function unlinkedFolder(dir: string): string {
  const cwd = process.cwd();
  let base = cwd;
  while (!within(base, dir)) base = dirname(base);
  let at = base;
  for (const part of relative(base, dir).split(sep).filter(Boolean)) {
    const next = join(at, part);
    try {
      if (!lstatSync(next).isDirectory()) break;
    } catch {
      break;
    }
    at = next;
  }
  return at;
}

/**
 * Checks a file of the repository before it is read (the input, the config file found next to it): it must be
 * a regular file, and a symbolic link must resolve inside the repository, so that a link to
 * `/proc/self/environ` or `/etc/passwd` is never shown in a code frame or a diff. Returns the resolved path.
 */
function repositoryFile(file: string, what: string): string {
  let real: string;
  try {
    lstatSync(file);
    real = realpathSync.native(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return ioError(file, `cannot read ${what}: ${code === 'ENOENT' && existsLink(file) ? 'it is a symbolic link to nothing' : why(e)}`);
  }
  const repo = repositoryOf(file);
  if (!within(repo.real, real)) {
    ioError(file, `refusing to read ${what}: it is a symbolic link to ${real}, outside the repository ${repo.top}`);
  }
  const st = statSync(real);
  if (st.isDirectory()) ioError(file, `cannot read ${what}: it is a folder`);
  if (!st.isFile()) ioError(file, `refusing to read ${what}: it is not a regular file`);
  return real;
}

/** A path with its symbolic links resolved, or the path itself when it cannot be (the read then says why). */
function resolvedOr(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function existsLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The input's text: standard input, or a regular file of the repository; at most one byte over the limit is read. */
function readInput(file: string, opts: Options): string {
  if (file === '-') {
    try {
      return readFileSync(0, 'utf8');
    } catch (e) {
      return ioError('<stdin>', `cannot read the input: ${why(e)}`);
    }
  }
  const real = repositoryFile(file, 'the input');
  const limit = opts.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  let got: Existing;
  try {
    // A larger file is read only far enough for `compile` to report it as too large.
    got = readRegular(real, limit, limit + 1);
  } catch (e) {
    return ioError(file, `cannot read the input: ${why(e)}`);
  }
  return got.kind === 'file' ? got.text : got.kind === 'large' ? got.head : '';
}

/** The config file of a run, if any: `-c PATH` (any regular file), else the one next to the input (a file of the repository). */
function readConfig(opts: Options, inputDir: string): { config: Config; path: string } | undefined {
  const path = opts.config ?? join(inputDir, CONFIG_FILE);
  if (!opts.config && !existsSync(path) && !existsLink(path)) return undefined;
  // -c comes from the command line: its links are followed, wherever they lead.
  const real = opts.config ? resolvedOr(path) : repositoryFile(path, 'the config file');
  let got: Existing;
  try {
    got = readRegular(real, MAX_OUTPUT_BYTES);
  } catch (e) {
    return ioError(path, `cannot read: ${why(e)}`);
  }
  if (got.kind !== 'file') return ioError(path, `cannot read: it is larger than ${MAX_OUTPUT_BYTES} bytes`);
  const config = parseConfig(got.text);
  if ('error' in config) return ioError(path, `invalid config: ${config.error}`);
  return { config, path };
}

/**
 * An output path of the config file (already relative, normalized, outside `.git`: `outputPath`) made safe on
 * disk: the deepest folder of it that exists, with symbolic links resolved, must be the config file's folder or
 * inside it, and not inside `.git`. Returns the path relative to the current folder.
 */
function confine(configPath: string, rel: string): string {
  return confineTo(dirname(resolve(configPath)), rel, configPath, (real) => `invalid config: the output path ${JSON.stringify(rel)} leads through a symbolic link to ${real}, outside the config file's folder`);
}

/**
 * `base/rel` made safe on disk: the deepest folder of it that exists, with symbolic links resolved, must be
 * `base` (resolved) or inside it, and not inside `.git`; else an io error on `file` saying `refused(real)`.
 * Returns the path relative to the current folder.
 */
function confineTo(base: string, rel: string, file: string, refused: (real: string) => string): string {
  const target = join(base, rel);
  let dir = dirname(target);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  let realBase: string;
  let real: string;
  try {
    realBase = realpathSync.native(base);
    real = realpathSync.native(dir);
  } catch (e) {
    return ioError(file, `cannot resolve the output path ${JSON.stringify(rel)}: ${why(e)}`);
  }
  const inside = relative(realBase, real);
  if (!within(realBase, real) || inside.split(sep).some((part) => part.toLowerCase() === '.git')) ioError(file, refused(real));
  return posixRelative(process.cwd(), target);
}

/**
 * A relative `-o` path checked against what the repository holds: its folders are repository content, so the
 * deepest existing one, with symbolic links resolved, must lie in the current folder's repository (the git top,
 * else the current folder) and outside `.git`. A path that leaves the repository as written (`..`), or an
 * absolute one, is the user's explicit choice and is kept.
 */
function confineOutput(path: string): string {
  if (isAbsolute(path)) return path;
  const cwd = process.cwd();
  const top = gitTop(cwd) ?? cwd;
  const rel = relative(top, resolve(path));
  if (!within(top, resolve(path))) return path;
  confineTo(top, rel, path, (real) => `refusing to write: a folder of the path is a symbolic link to ${real}, outside the repository ${top} or inside .git`);
  return path;
}

/** The outputs of this run: `-t`/`-o` pairs, else the config file, else one target to standard output. */
function plan(opts: Options, inputDir: string): { outputs: Planned[]; config?: Config } {
  const targets = opts.target ?? [];
  const outputs = opts.output ?? [];
  if (outputs.length > 0) {
    if (opts.config) usageError('give outputs with -o or with --config, not both');
    if (targets.length > outputs.length) usageError(`${targets.length} targets for ${outputs.length} outputs: pair each -t with an -o`);
    for (const path of outputs) {
      const problem = pathProblem(path);
      if (problem) usageError(`the output path ${JSON.stringify(path)} ${problem}`);
    }
    return { outputs: outputs.map((path, i) => ({ target: targets[i] ?? targetFromPath(path), path: confineOutput(path) })) };
  }
  const found = targets.length === 0 || opts.config ? readConfig(opts, inputDir) : undefined;
  if (found && targets.length === 0) {
    return { outputs: found.config.outputs.map((o) => ({ target: o.target, path: confine(found.path, o.path), fromConfig: true })), config: found.config };
  }
  if (targets.length > 1) usageError('several targets need an -o each');
  if (opts.check) usageError('--check needs -o PATH (or a config file): the file to compare with');
  return { outputs: [{ target: targets[0] ?? 'sh' }] };
}

function compileOptions(opts: Options, config: Config | undefined, file: string, inputDir: string, outDir: string, target: Target): CompileOptions {
  const repo = opts.repo ?? config?.repo ?? repoFromGit(inputDir);
  const name = opts.name ?? config?.name;
  return {
    targets: [target],
    filename: file === '-' ? '<stdin>' : file,
    sourceName: file === '-' ? '<stdin>' : posixRelative(outDir, resolve(file)),
    ...(repo ? { repo } : {}),
    ...(name ? { name } : {}),
    holderImage: opts.holderImage ?? config?.holderImage ?? DEFAULT_HOLDER_IMAGE,
    workspaceDir: posixRelative(outDir, inputDir),
    // Only the command line can grant trust; the config file cannot (parseConfig refuses the key).
    trusted: opts.trusted === true,
    strict: !!(opts.strict ?? config?.strict),
    ...(opts.maxBytes ? { limits: { maxBytes: opts.maxBytes } } : {}),
  };
}

function addResults(results: readonly CompileResult[]): void {
  for (const r of results) for (const d of r.diagnostics) add(d, r.source);
}

/** What is at an output's path, or an io error: never a symbolic link, a device or a FIFO. */
function existing(path: string): Existing {
  try {
    return readOutput(path, MAX_OUTPUT_BYTES);
  } catch (e) {
    return ioError(path, `cannot read: ${why(e)}`);
  }
}

async function generate(file: string, opts: Options): Promise<number> {
  const inputDir = file === '-' ? process.cwd() : dirname(resolve(file));
  const { outputs, config } = plan(opts, inputDir);
  run.artifactOnStdout = outputs.some((o) => o.path === undefined);
  const text = readInput(file, opts);
  const results = outputs.map((o) => {
    const outDir = o.path ? dirname(resolve(o.path)) : process.cwd();
    return { spec: o, result: compile(text, compileOptions(opts, config, file, inputDir, outDir, o.target)) };
  });
  addResults(results.map((r) => r.result));
  if (results.some((r) => r.result.outputs[r.spec.target] === undefined)) return 2;

  const stale: { path: string; current: Existing; wanted: string; secrets: readonly string[] }[] = [];
  for (const { spec, result } of results) {
    const wanted = result.outputs[spec.target]!;
    if (spec.path === undefined) {
      process.stdout.write(wanted);
      continue;
    }
    const current = existing(spec.path);
    if (opts.check) {
      if (current.kind !== 'file' || current.text !== wanted) {
        const old = current.kind === 'file' ? scriptPasswords(current.text) : [];
        stale.push({ path: spec.path, current, wanted, secrets: [...result.secrets, ...old] });
      }
      continue;
    }
    const head = current.kind === 'file' ? current.text : current.kind === 'large' ? current.head : undefined;
    if (head !== undefined && !isGenerated(head) && !opts.force) {
      ioError(spec.path, 'refusing to overwrite a file that drone-compose did not generate; pass --force to replace it');
    }
    if (current.kind === 'file' && current.text === wanted) continue;
    try {
      // Missing folders are made; a path from the config file was confined to its folder first.
      makeFolders(dirname(spec.path));
      writeAtomic(spec.path, wanted, spec.target === 'sh' ? 0o755 : 0o644);
    } catch (e) {
      ioError(spec.path, `cannot write: ${why(e)}`);
    }
  }
  if (stale.length === 0) return 0;
  const fix = opts.output ? `drone-compose ${process.argv.slice(2).filter((a) => a !== '--check').join(' ')}` : `drone-compose ${file}`;
  for (const s of stale) {
    const state = s.current.kind === 'absent' ? 'missing' : 'stale';
    add({ severity: 'error', code: 'stale-output', message: `${s.path} is ${state}`, hint: `run: ${fix}, and commit the result` }, undefined, s.path);
  }
  printReport();
  const { unifiedDiff } = await loadCheck();
  for (const s of stale) {
    if (s.current.kind === 'large') {
      process.stderr.write(`drone-compose: ${s.path} has ${s.current.size} bytes, more than ${MAX_OUTPUT_BYTES}: no diff is shown\n`);
      continue;
    }
    diffStream().write(await unifiedDiff(s.path, s.current.kind === 'file' ? s.current.text : undefined, s.wanted, s.secrets));
  }
  return 1;
}

/**
 * The registry passwords a generated script on disk carries: the word piped to `dc_pull_auth`
 * (`printf '%s' 'PW' | dc_pull_auth …`, as `templates/sh.hbs` writes it), unquoted. `--check` masks them
 * too, so a password the input no longer has is not shown on the diff's `-` lines. Linear in the text.
 */
function scriptPasswords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/printf '%s' ((?:'[^']*'|\\'|[A-Za-z0-9_@%+=:,.\/-])+) \| dc_pull_auth /g)) {
    out.push(m[1]!.replace(/'([^']*)'|\\'/g, (_all, inner: string | undefined) => (inner !== undefined ? inner : "'")));
  }
  return out;
}

/** The text of a file at a git revision, or undefined when it did not exist there. */
async function gitShow(rev: string, file: string): Promise<string | undefined> {
  // Loaded here: only `diff` runs git, and start-up should not pay for child_process.
  const { execFileSync } = await loadChildProcess();
  const dir = dirname(resolve(file));
  let top: string;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return ioError(file, 'is not in a git repository');
  }
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: top, stdio: 'ignore' });
  } catch {
    return usageError(`${JSON.stringify(rev)} is not a git revision`);
  }
  const path = posixRelative(top, resolve(file));
  try {
    return execFileSync('git', ['show', `${rev}:${path}`], { cwd: top, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * `drone-compose diff`: the artifacts of the file at a revision and in the working tree, for the outputs a plain
 * run has (the config file's, labelled with their paths; without one, both targets), with the same options.
 */
async function diffCommand(rev: string, file: string, opts: Options): Promise<number> {
  const inputDir = dirname(resolve(file));
  const found = readConfig(opts, inputDir);
  const config = found?.config;
  let outputs: Planned[];
  if (found) {
    const chosen = found.config.outputs.filter((o) => !opts.target || opts.target.includes(o.target));
    if (chosen.length === 0) usageError(`the config file ${found.path} has no output of target ${opts.target!.join(', ')}`);
    outputs = chosen.map((o) => ({ target: o.target, path: confine(found.path, o.path), fromConfig: true }));
  } else {
    outputs = (opts.target ?? [...TARGETS]).map((target) => ({ target }));
  }
  const before = await gitShow(rev, file);
  let after: string | undefined;
  if (existsSync(file) || existsLink(file)) after = readInput(file, opts);
  if (before === undefined && after === undefined) ioError(file, `does not exist at ${rev} nor in the working tree`);
  const results: CompileResult[] = [];
  const pairs: { label: string; a: string; b: string }[] = [];
  for (const o of outputs) {
    const outDir = o.path ? dirname(resolve(o.path)) : process.cwd();
    const options = compileOptions(opts, config, file, inputDir, outDir, o.target);
    const a = before === undefined ? undefined : compile(before, { ...options, filename: `${rev}:${file}` });
    const b = after === undefined ? undefined : compile(after, options);
    for (const r of [a, b]) if (r) results.push(r);
    if ((a && a.outputs[o.target] === undefined) || (b && b.outputs[o.target] === undefined)) continue;
    const label = o.path ?? (o.target === 'sh' ? 'drone-compose.sh' : 'docker-compose.yml');
    pairs.push({ label, a: a?.outputs[o.target] ?? '', b: b?.outputs[o.target] ?? '' });
  }
  addResults(results);
  if (pairs.length < outputs.length) return 2;
  printReport();
  const { unifiedDiff } = await loadCheck();
  const secrets = results.flatMap((r) => r.secrets);
  let differs = false;
  for (const p of pairs) {
    if (p.a === p.b) continue;
    differs = true;
    diffStream().write(await unifiedDiff(p.label, p.a, p.b, secrets, [rev, 'working tree']));
  }
  return differs ? 1 : 0;
}

/** The `--format` the command line asks for, read before commander parses it, so that its errors use it too. */
function formatIn(argv: readonly string[]): Format {
  let format: Format = 'text';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--format' ? argv[i + 1] : a.startsWith('--format=') ? a.slice('--format='.length) : undefined;
    if (value !== undefined && (FORMATS as readonly string[]).includes(value)) format = value as Format;
  }
  return format;
}

async function main(argv: string[]): Promise<number> {
  run.format = formatIn(argv.slice(2));
  const cmd = program();
  let action: Promise<number> | undefined;
  cmd.action((file: string, opts: Options) => {
    run.format = opts.format;
    action = generate(file, opts);
  });
  cmd.commands[0]!.action((rev: string, file: string, local: Options) => {
    // Options written before `diff` (`drone-compose --repo R diff`) count as if written after it; after it wins.
    const diff = cmd.commands[0]!;
    const opts: Record<string, unknown> = { ...local };
    for (const [key, value] of Object.entries(cmd.opts())) {
      if (cmd.getOptionValueSource(key) === 'cli' && diff.getOptionValueSource(key) !== 'cli') opts[key] = value;
    }
    run.format = (opts as unknown as Options).format;
    action = diffCommand(rev, file, opts as unknown as Options);
  });
  try {
    cmd.parse(argv);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.exitCode === 0) return 0;
    // Commander's message may continue on a second line with a suggestion: one line here.
    const said = commanderError.replace(/^error: /, '').split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    usageError(said || e.message);
  }
  return action ? await action : 2;
}

main(process.argv)
  .catch((e: unknown) => {
    if (e instanceof Exit) return e.code;
    throw e;
  })
  .then(
    (code) => {
      printReport();
      process.exitCode = code;
    },
    (e) => {
      // A bug in drone-compose, not a user mistake: say so plainly.
      process.stderr.write(`drone-compose: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nPlease report it with the input that caused it.\n`);
      process.exitCode = 70;
    },
  );
