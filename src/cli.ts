/**
 * The command line: reads the input, resolves the repository and the outputs, calls `compile`, prints
 * diagnostics, and writes, checks or prints the artifacts. The only module that touches files, git and the
 * process. Exit codes: 0 success, 1 `--check` (or `diff`) found a difference, 2 invalid input or usage.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { compile, DEFAULT_HOLDER_IMAGE, type CompileOptions, type CompileResult } from './compile.js';
import { CONFIG_FILE, parseConfig, targetFromPath, type Config, type OutputSpec } from './config.js';
import { TARGETS, type Target } from './ir.js';
import { loadCheck, loadChildProcess } from './lazy.js';
import { isGenerated, readIfExists, writeAtomic } from './output.js';
import { repoFromGit } from './repo.js';
import { formatDiagnostics, FORMATS, githubCommand, type Format, type Reported } from './report.js';

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

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

function usageError(message: string): never {
  process.stderr.write(`drone-compose: error[usage]: ${message}\nTry 'drone-compose --help'.\n`);
  throw new Exit(2);
}

function ioError(path: string, message: string): never {
  process.stderr.write(`${path}: error[io]: ${message}\n`);
  throw new Exit(2);
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

function program(): Command {
  const cmd = new Command('drone-compose')
    .description('Compile the compose: (and build:) section of a Drone 0.4 .drone.yml into a POSIX sh script or a docker-compose.yml.')
    .argument('[file]', 'the Drone file; - reads standard input', '.drone.yml')
    .option('-t, --target <target>', 'what to emit: sh or compose (repeatable, paired with -o in order)', (v, p: Target[] | undefined) => collect(targetArg(v), p))
    .option('-o, --output <path>', 'write to this file, atomically (repeatable; the target defaults from the name: .yml is compose)', (v: string, p: unknown) => collect(v, p as string[] | undefined))
    .option('-c, --config <path>', `outputs and options from a JSON file (default: ${CONFIG_FILE} next to the input, when there is no -o)`)
    .option('--check', 'exit 1 and print a diff when an output file is not exactly what would be written; never writes')
    .option('--force', 'with -o: overwrite a file that drone-compose did not generate');
  addCompileOptions(cmd)
    .version(VERSION, '-V, --version')
    .helpOption('-h, --help')
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `drone-compose: ${s}` : s) });
  const diff = new Command('diff')
    .description('compile the Drone file as it is at a git revision and in the working tree, and print the diff of the artifacts; exit 1 when they differ')
    .argument('[rev]', 'git revision', 'HEAD')
    .argument('[file]', 'the Drone file', '.drone.yml')
    .option('-t, --target <target>', 'only this target (repeatable; default: both)', (v, p: Target[] | undefined) => collect(targetArg(v), p));
  addCompileOptions(diff).exitOverride();
  cmd.addCommand(diff);
  return cmd;
}

function readInput(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a folder' : (err.code ?? err.message);
    return ioError(file, `cannot read the input: ${why}`);
  }
}

/** Prints diagnostics once each (several outputs compile the same input), in the chosen format. */
function report(results: readonly CompileResult[], opts: Options, toStdout: boolean): void {
  const seen = new Set<string>();
  const list: Reported[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const key = `${d.code}|${d.span?.join(',') ?? ''}|${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push({ diagnostic: d, source: r.source });
    }
  }
  // Nothing to say is silence, except for formats whose readers expect a document.
  if (list.length === 0 && (opts.format === 'text' || opts.format === 'github')) return;
  const text = formatDiagnostics(list, opts.format, { color: opts.format === 'text' && useColor(), version: VERSION });
  // Machine formats go to standard output unless the artifact does.
  (opts.format !== 'text' && !toStdout ? process.stdout : process.stderr).write(text);
}

/** The outputs of this run: `-t`/`-o` pairs, else the config file, else one target to standard output. */
function plan(opts: Options, inputDir: string): { outputs: (OutputSpec | { target: Target; path?: undefined })[]; config?: Config } {
  const targets = opts.target ?? [];
  const outputs = opts.output ?? [];
  if (outputs.length > 0) {
    if (opts.config) usageError('give outputs with -o or with --config, not both');
    if (targets.length > outputs.length) usageError(`${targets.length} targets for ${outputs.length} outputs: pair each -t with an -o`);
    return { outputs: outputs.map((path, i) => ({ target: targets[i] ?? targetFromPath(path), path })) };
  }
  const configPath = opts.config ?? join(inputDir, CONFIG_FILE);
  let text: string | undefined;
  try {
    text = readIfExists(configPath);
  } catch (e) {
    ioError(configPath, `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (text === undefined && opts.config) ioError(configPath, 'cannot read: no such file');
  if (text !== undefined && targets.length === 0) {
    const config = parseConfig(text);
    if ('error' in config) ioError(configPath, `invalid config: ${config.error}`);
    const base = dirname(resolve(configPath));
    return { outputs: config.outputs.map((o) => ({ target: o.target, path: posixRelative(process.cwd(), resolve(base, o.path)) })), config };
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
    trusted: !!(opts.trusted ?? config?.trusted),
    strict: !!(opts.strict ?? config?.strict),
    ...(opts.maxBytes ? { limits: { maxBytes: opts.maxBytes } } : {}),
  };
}

async function generate(file: string, opts: Options): Promise<number> {
  const text = readInput(file);
  const inputDir = file === '-' ? process.cwd() : dirname(resolve(file));
  const { outputs, config } = plan(opts, inputDir);
  const results = outputs.map((o) => {
    const outDir = o.path ? dirname(resolve(o.path)) : process.cwd();
    return { spec: o, result: compile(text, compileOptions(opts, config, file, inputDir, outDir, o.target)) };
  });
  const toStdout = outputs.some((o) => o.path === undefined);
  report(
    results.map((r) => r.result),
    opts,
    toStdout,
  );
  if (results.some((r) => r.result.outputs[r.spec.target] === undefined)) return 2;

  const stale: { path: string; current: string | undefined; wanted: string; secrets: readonly string[] }[] = [];
  for (const { spec, result } of results) {
    const wanted = result.outputs[spec.target]!;
    if (spec.path === undefined) {
      process.stdout.write(wanted);
      continue;
    }
    let current: string | undefined;
    try {
      current = readIfExists(spec.path);
    } catch (e) {
      ioError(spec.path, `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    if (opts.check) {
      if (current !== wanted) stale.push({ path: spec.path, current, wanted, secrets: result.secrets });
      continue;
    }
    if (current !== undefined && !isGenerated(current) && !opts.force) {
      ioError(spec.path, 'refusing to overwrite a file that drone-compose did not generate; pass --force to replace it');
    }
    if (current === wanted) continue;
    try {
      writeAtomic(spec.path, wanted, spec.target === 'sh' ? 0o755 : 0o644);
    } catch (e) {
      ioError(spec.path, `cannot write: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }
  if (stale.length === 0) return 0;
  const { unifiedDiff } = await loadCheck();
  for (const s of stale) {
    const state = s.current === undefined ? 'missing' : 'stale';
    process.stderr.write(`drone-compose: ${s.path} is ${state}\n`);
    if (opts.format === 'github') process.stdout.write(githubCommand('error', { file: s.path, title: 'stale-output' }, `${s.path} is ${state}; run drone-compose and commit the result`));
  }
  for (const s of stale) process.stdout.write(await unifiedDiff(s.path, s.current, s.wanted, s.secrets));
  const fix = opts.output ? `drone-compose ${process.argv.slice(2).filter((a) => a !== '--check').join(' ')}` : `drone-compose ${file}`;
  process.stderr.write(`drone-compose: ${stale.length} of ${results.length} file${results.length > 1 ? 's' : ''} out of date; run: ${fix}\n`);
  return 1;
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

async function diffCommand(rev: string, file: string, opts: Options): Promise<number> {
  const targets = opts.target ?? [...TARGETS];
  const inputDir = dirname(resolve(file));
  const before = await gitShow(rev, file);
  let after: string | undefined;
  try {
    after = readIfExists(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    ioError(file, `cannot read the input: ${code === 'EISDIR' ? 'it is a folder' : (code ?? String(e))}`);
  }
  if (before === undefined && after === undefined) ioError(file, `does not exist at ${rev} nor in the working tree`);
  const results: CompileResult[] = [];
  const pairs: { target: Target; a: string; b: string }[] = [];
  for (const target of targets) {
    const options = compileOptions(opts, undefined, file, inputDir, process.cwd(), target);
    const a = before === undefined ? undefined : compile(before, { ...options, filename: `${rev}:${file}` });
    const b = after === undefined ? undefined : compile(after, options);
    for (const r of [a, b]) if (r) results.push(r);
    if ((a && a.outputs[target] === undefined) || (b && b.outputs[target] === undefined)) continue;
    pairs.push({ target, a: a?.outputs[target] ?? '', b: b?.outputs[target] ?? '' });
  }
  report(results, opts, false);
  if (pairs.length < targets.length) return 2;
  const { unifiedDiff } = await loadCheck();
  const secrets = results.flatMap((r) => r.secrets);
  let differs = false;
  for (const p of pairs) {
    if (p.a === p.b) continue;
    differs = true;
    const name = p.target === 'sh' ? 'drone-compose.sh' : 'docker-compose.yml';
    process.stdout.write(await unifiedDiff(name, p.a, p.b, secrets, [rev, 'working tree']));
  }
  return differs ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const cmd = program();
  let action: Promise<number> | undefined;
  cmd.action((file: string, opts: Options) => {
    action = generate(file, opts);
  });
  cmd.commands[0]!.action((rev: string, file: string, opts: Options) => {
    action = diffCommand(rev, file, opts);
  });
  try {
    cmd.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return action ? await action : 2;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof Exit) {
      process.exitCode = e.code;
      return;
    }
    // A bug in drone-compose, not a user mistake: say so plainly.
    process.stderr.write(`drone-compose: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nPlease report it with the input that caused it.\n`);
    process.exitCode = 70;
  },
);
