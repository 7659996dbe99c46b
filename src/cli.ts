/**
 * The command line: reads the input, resolves the repository and the outputs, calls `compile` once for every
 * output, prints diagnostics, and writes, checks or prints the artifacts. The only module that touches files and
 * git. `run(argv, io)` is the whole command, in process: everything it reads of the process (the current folder,
 * the environment, standard input, whether standard error is a terminal) and everything it prints goes through
 * `io`, and its state lives in one call. src/main.ts wraps it for `process`. Exit codes: 0 success, 1 `--check`
 * (or `diff`) found a difference, 2 invalid input or usage.
 */
import { existsSync, lstatSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readCommonArgs, type Options } from './args.js';
import { compile, DEFAULT_HOLDER_IMAGE, type CompileOptions, type CompileResult, type OutputRequest } from './compile.js';
import { CONFIG_FILE, parseConfig, pathProblem, type Config } from './config.js';
import type { Diagnostic } from './diagnostics.js';
import { DEFAULT_LIMITS } from './parse/index.js';
import { loadCheck, loadChildProcess, loadCommander } from './lazy.js';
import { isGenerated, MAX_OUTPUT_BYTES, readOutput, readRegular, RefusedPath, writeAtomic, type Existing } from './output.js';
import { gitTop, repoFromGit } from './repo.js';
import { formatDiagnostics, FORMATS, type Format, type Reported } from './report.js';
import { program } from './program.js';
import { DEFAULT_TARGET, describeTarget, secretForms, targetFromPath, TARGETS, type Target } from './targets/index.js';

declare const DRONE_COMPOSE_VERSION: string | undefined;
const VERSION = typeof DRONE_COMPOSE_VERSION === 'string' ? DRONE_COMPOSE_VERSION : '0.0.0-dev';

/** Where the command writes: standard output or standard error. */
export interface Writer {
  write(text: string): void;
}

/** Everything the command reads of, and writes to, the process it runs in. */
export interface CliIO {
  readonly stdout: Writer;
  readonly stderr: Writer;
  /** The current folder: relative paths of the command line are relative to it. */
  readonly cwd: string;
  /** The environment (`NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The whole of standard input, read when the input is `-`; throws as a read would. */
  readonly stdin: () => string;
  /** Whether standard error is a terminal (text diagnostics are coloured only there). */
  readonly stderrIsTTY: boolean;
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

/** Why a file operation failed, as a user reads it. */
function why(e: unknown): string {
  if (e instanceof RefusedPath) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? String(e);
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

/**
 * Makes a folder and its missing parents, one level at a time. Node's recursive mkdirSync spins forever where
 * the kernel answers ENOENT for a folder whose parent exists (under /proc); here that error is final.
 */
function makeFolders(path: string): void {
  const missing: string[] = [];
  for (let p = path; !existsSync(p); p = dirname(p)) {
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing.reverse()) mkdirSync(p);
}

function existsLink(file: string): boolean {
  try {
    return lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  } catch {
    return false;
  }
}

/** A path with its symbolic links resolved, or the path itself when it cannot be (the read then says why). */
function resolvedOr(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
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

/**
 * Runs the command with these arguments (without `node` and the script): reads, compiles, writes, prints, and
 * returns the exit code. Never throws for a user's mistake; a bug in drone-compose is an internal error (70).
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const call = new Invocation(argv, io);
  let code: number;
  try {
    code = await call.main();
  } catch (e) {
    if (!(e instanceof Exit)) {
      // A bug in drone-compose, not a user mistake: say so plainly.
      io.stderr.write(`drone-compose: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nPlease report it with the input that caused it.\n`);
      return 70;
    }
    code = e.code;
  }
  call.printReport();
  return code;
}

/** One call of the command: its arguments, its io, and what it has to report. */
class Invocation {
  /**
   * What this run reports, printed once (`printReport`) in the chosen format: the input's diagnostics, stale
   * outputs, and usage and io errors, so that a machine format is always exactly one document.
   */
  private readonly reported: Reported[] = [];
  private format: Format = 'text';
  private artifactOnStdout = false;
  private printed = false;
  /** Commander's own error message of this run (an unknown option, a bad choice), reported as a usage error. */
  private commanderError = '';

  constructor(
    private readonly argv: readonly string[],
    private readonly io: CliIO,
  ) {}

  /** A path of the command line (or relative to the current folder) as the file system takes it. */
  private abs(path: string): string {
    return resolve(this.io.cwd, path);
  }

  private add(diagnostic: Diagnostic, source: Reported['source'], file?: string): void {
    this.reported.push({ diagnostic, source, ...(file !== undefined ? { file } : {}) });
  }

  private fail(code: 'usage' | 'io', file: string, message: string, hint?: string): never {
    this.add({ severity: 'error', code, message, ...(hint ? { hint } : {}) }, undefined, file);
    throw new Exit(2);
  }

  private usageError(message: string): never {
    return this.fail('usage', 'drone-compose', message, "try 'drone-compose --help'");
  }

  private ioError(path: string, message: string): never {
    return this.fail('io', path, message);
  }

  /** Whether text diagnostics are coloured: on a terminal, unless NO_COLOR; always with FORCE_COLOR. */
  private useColor(): boolean {
    const force = this.io.env['FORCE_COLOR'];
    if (force !== undefined) return force !== '0' && force !== 'false';
    const noColor = this.io.env['NO_COLOR'];
    if (noColor !== undefined && noColor !== '') return false;
    return this.io.stderrIsTTY;
  }

  /**
   * Prints what the run reports, once. Text goes to standard error; the other formats to standard output, unless
   * the artifact itself is printed there (then to standard error). Nothing to say is silence, except for formats
   * whose readers expect a document.
   */
  printReport(): void {
    if (this.printed) return;
    this.printed = true;
    const list = this.reported;
    if (list.length === 0 && (this.format === 'text' || this.format === 'github')) return;
    const text = formatDiagnostics(list, this.format, { color: this.format === 'text' && this.useColor(), version: VERSION });
    (this.format !== 'text' && !this.artifactOnStdout ? this.io.stdout : this.io.stderr).write(text);
  }

  /** Where a diff goes: standard output, unless a machine document is there. */
  private diffStream(): Writer {
    return this.format === 'json' || this.format === 'sarif' ? this.io.stderr : this.io.stdout;
  }

  /**
   * The folder whose files an input may be, found from the path as written: the deepest folder of the input's
   * path that is reached from the current folder without passing a symbolic link (`unlinkedFolder`), then the top
   * of the git work tree holding that folder, else that folder itself. So a linked folder (`ci -> ../elsewhere`)
   * never chooses the repository its own target is checked against. Returned also resolved, as `within` compares it.
   */
  private repositoryOf(file: string): { top: string; real: string } {
    const dir = this.unlinkedFolder(dirname(this.abs(file)));
    const top = gitTop(dir) ?? dir;
    return { top, real: realpathSync.native(top) };
  }

  /**
   * The deepest folder on the way from the current folder to `dir` (both absolute, `..` resolved as written) that
   * is reached without passing a symbolic link or anything but a folder. The part shared with the current folder's
   * path is the user's own and is taken as it is.
   */
  private unlinkedFolder(dir: string): string {
    let base = this.io.cwd;
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
  private repositoryFile(file: string, what: string): string {
    let real: string;
    try {
      lstatSync(this.abs(file));
      real = realpathSync.native(this.abs(file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return this.ioError(file, `cannot read ${what}: ${code === 'ENOENT' && existsLink(this.abs(file)) ? 'it is a symbolic link to nothing' : why(e)}`);
    }
    const repo = this.repositoryOf(file);
    if (!within(repo.real, real)) {
      this.ioError(file, `refusing to read ${what}: it is a symbolic link to ${real}, outside the repository ${repo.top}`);
    }
    const st = statSync(real);
    if (st.isDirectory()) this.ioError(file, `cannot read ${what}: it is a folder`);
    if (!st.isFile()) this.ioError(file, `refusing to read ${what}: it is not a regular file`);
    return real;
  }

  /** The input's text: standard input, or a regular file of the repository; at most one byte over the limit is read. */
  private readInput(file: string, opts: Options): string {
    if (file === '-') {
      try {
        return this.io.stdin();
      } catch (e) {
        return this.ioError('<stdin>', `cannot read the input: ${why(e)}`);
      }
    }
    const real = this.repositoryFile(file, 'the input');
    const limit = opts.maxBytes ?? DEFAULT_LIMITS.maxBytes;
    let got: Existing;
    try {
      // A larger file is read only far enough for `compile` to report it as too large.
      got = readRegular(real, limit, limit + 1);
    } catch (e) {
      return this.ioError(file, `cannot read the input: ${why(e)}`);
    }
    return got.kind === 'file' ? got.text : got.kind === 'large' ? got.head : '';
  }

  /** The config file of a run, if any: `-c PATH` (any regular file), else the one next to the input (a file of the repository). */
  private readConfig(opts: Options, inputDir: string): { config: Config; path: string } | undefined {
    const path = opts.config ?? join(inputDir, CONFIG_FILE);
    if (!opts.config && !existsSync(path) && !existsLink(path)) return undefined;
    // -c comes from the command line: its links are followed, wherever they lead.
    const real = opts.config ? resolvedOr(this.abs(path)) : this.repositoryFile(path, 'the config file');
    let got: Existing;
    try {
      got = readRegular(real, MAX_OUTPUT_BYTES);
    } catch (e) {
      return this.ioError(path, `cannot read: ${why(e)}`);
    }
    if (got.kind !== 'file') return this.ioError(path, `cannot read: it is larger than ${MAX_OUTPUT_BYTES} bytes`);
    const config = parseConfig(got.text);
    if ('error' in config) return this.ioError(path, `invalid config: ${config.error}`);
    return { config, path };
  }

  /**
   * An output path of the config file (already relative, normalized, outside `.git`: `outputPath`) made safe on
   * disk: the deepest folder of it that exists, with symbolic links resolved, must be the config file's folder or
   * inside it, and not inside `.git`. Returns the path relative to the current folder.
   */
  private confine(configPath: string, rel: string): string {
    return this.confineTo(dirname(this.abs(configPath)), rel, configPath, (real) => `invalid config: the output path ${JSON.stringify(rel)} leads through a symbolic link to ${real}, outside the config file's folder`);
  }

  /**
   * `base/rel` made safe on disk: the deepest folder of it that exists, with symbolic links resolved, must be
   * `base` (resolved) or inside it, and not inside `.git`; else an io error on `file` saying `refused(real)`.
   * Returns the path relative to the current folder.
   */
  private confineTo(base: string, rel: string, file: string, refused: (real: string) => string): string {
    const target = join(base, rel);
    let dir = dirname(target);
    while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
    let realBase: string;
    let real: string;
    try {
      realBase = realpathSync.native(base);
      real = realpathSync.native(dir);
    } catch (e) {
      return this.ioError(file, `cannot resolve the output path ${JSON.stringify(rel)}: ${why(e)}`);
    }
    const inside = relative(realBase, real);
    if (!within(realBase, real) || inside.split(sep).some((part) => part.toLowerCase() === '.git')) this.ioError(file, refused(real));
    return posixRelative(this.io.cwd, target);
  }

  /**
   * A relative `-o` path checked against what the repository holds: its folders are repository content, so the
   * deepest existing one, with symbolic links resolved, must lie in the current folder's repository (the git top,
   * else the current folder) and outside `.git`. A path that leaves the repository as written (`..`), or an
   * absolute one, is the user's explicit choice and is kept.
   */
  private confineOutput(path: string): string {
    if (isAbsolute(path)) return path;
    const cwd = this.io.cwd;
    const top = gitTop(cwd) ?? cwd;
    const rel = relative(top, this.abs(path));
    if (!within(top, this.abs(path))) return path;
    this.confineTo(top, rel, path, (real) => `refusing to write: a folder of the path is a symbolic link to ${real}, outside the repository ${top} or inside .git`);
    return path;
  }

  /** The outputs of this run: `-t`/`-o` pairs, else the config file, else one target to standard output. */
  private plan(opts: Options, inputDir: string): { outputs: Planned[]; config?: Config } {
    const targets = opts.target ?? [];
    const outputs = opts.output ?? [];
    if (outputs.length > 0) {
      if (opts.config) this.usageError('give outputs with -o or with --config, not both');
      if (targets.length > outputs.length) this.usageError(`${targets.length} targets for ${outputs.length} outputs: pair each -t with an -o`);
      for (const path of outputs) {
        const problem = pathProblem(path);
        if (problem) this.usageError(`the output path ${JSON.stringify(path)} ${problem}`);
      }
      return { outputs: outputs.map((path, i) => ({ target: targets[i] ?? targetFromPath(path), path: this.confineOutput(path) })) };
    }
    const found = targets.length === 0 || opts.config ? this.readConfig(opts, inputDir) : undefined;
    if (found && targets.length === 0) {
      return { outputs: found.config.outputs.map((o) => ({ target: o.target, path: this.confine(found.path, o.path), fromConfig: true })), config: found.config };
    }
    if (targets.length > 1) this.usageError('several targets need an -o each');
    if (opts.check) this.usageError('--check needs -o PATH (or a config file): the file to compare with');
    return { outputs: [{ target: targets[0] ?? DEFAULT_TARGET }] };
  }

  /** The compile options of a run: one request per output, each with the input and the workspace as seen from it. */
  private compileOptions(opts: Options, config: Config | undefined, file: string, inputDir: string, outputs: readonly Planned[]): CompileOptions {
    const repo = opts.repo ?? config?.repo ?? repoFromGit(inputDir);
    const name = opts.name ?? config?.name;
    const requests: OutputRequest[] = outputs.map((o) => {
      const outDir = o.path ? dirname(this.abs(o.path)) : this.io.cwd;
      return { target: o.target, context: { source: file === '-' ? '<stdin>' : posixRelative(outDir, this.abs(file)), workspaceDir: posixRelative(outDir, inputDir) } };
    });
    return {
      outputs: requests,
      filename: file === '-' ? '<stdin>' : file,
      ...(repo ? { repo } : {}),
      ...(name ? { name } : {}),
      holderImage: opts.holderImage ?? config?.holderImage ?? DEFAULT_HOLDER_IMAGE,
      ...(opts.cloneImage !== undefined ? { cloneImage: opts.cloneImage } : {}),
      // Only the command line can grant trust; the config file cannot (parseConfig refuses the key).
      trusted: opts.trusted === true,
      strict: !!(opts.strict ?? config?.strict),
      ...(opts.maxBytes ? { limits: { maxBytes: opts.maxBytes } } : {}),
      ...(opts.dialect ? { dialect: opts.dialect } : {}),
      ...(opts.pipeline !== undefined ? { pipeline: opts.pipeline } : {}),
    };
  }

  private addResult(r: CompileResult): void {
    for (const d of r.diagnostics) this.add(d, r.source);
  }

  /** What is at an output's path, or an io error: never a symbolic link, a device or a FIFO. */
  private existing(path: string): Existing {
    try {
      return readOutput(this.abs(path), MAX_OUTPUT_BYTES);
    } catch (e) {
      return this.ioError(path, `cannot read: ${why(e)}`);
    }
  }

  private async generate(file: string, opts: Options): Promise<number> {
    const inputDir = file === '-' ? this.io.cwd : dirname(this.abs(file));
    const { outputs, config } = this.plan(opts, inputDir);
    this.artifactOnStdout = outputs.some((o) => o.path === undefined);
    const text = this.readInput(file, opts);
    const result = compile(text, this.compileOptions(opts, config, file, inputDir, outputs));
    this.addResult(result);
    if (result.artifacts.length !== outputs.length) return 2;

    const stale: { path: string; current: Existing; wanted: string; secrets: readonly string[] }[] = [];
    const printed: string[] = [];
    const writes: { path: string; text: string; mode: number }[] = [];
    for (const [i, spec] of outputs.entries()) {
      const wanted = result.artifacts[i]!.text;
      if (spec.path === undefined) {
        printed.push(wanted);
        continue;
      }
      const current = this.existing(spec.path);
      const target = describeTarget(spec.target);
      if (opts.check) {
        if (current.kind !== 'file' || current.text !== wanted) {
          const old = current.kind === 'file' ? target.secretsIn(current.text) : [];
          stale.push({ path: spec.path, current, wanted, secrets: [...result.secrets, ...old] });
        }
        continue;
      }
      const head = current.kind === 'file' ? current.text : current.kind === 'large' ? current.head : undefined;
      if (head !== undefined && !isGenerated(head) && !opts.force) {
        this.ioError(spec.path, 'refusing to overwrite a file that drone-compose did not generate; pass --force to replace it');
      }
      if (current.kind === 'file' && current.text === wanted) continue;
      writes.push({ path: spec.path, text: wanted, mode: target.fileMode });
    }
    // Every output is checked before any is written: one that is refused leaves the others as they were.
    for (const text of printed) this.io.stdout.write(text);
    for (const w of writes) {
      try {
        // Missing folders are made; a path from the config file was confined to its folder first.
        makeFolders(dirname(this.abs(w.path)));
        writeAtomic(this.abs(w.path), w.text, w.mode);
      } catch (e) {
        this.ioError(w.path, `cannot write: ${why(e)}`);
      }
    }
    if (stale.length === 0) return 0;
    const fix = opts.output ? `drone-compose ${this.argv.filter((a) => a !== '--check').join(' ')}` : `drone-compose ${file}`;
    for (const s of stale) {
      const state = s.current.kind === 'absent' ? 'missing' : 'stale';
      // A file too large to compare line by line gets no diff; the diagnostic says so, in every format.
      const large = s.current.kind === 'large' ? ` (it has ${s.current.size} bytes, more than ${MAX_OUTPUT_BYTES}: no diff is shown)` : '';
      this.add({ severity: 'error', code: 'stale-output', message: `${s.path} is ${state}${large}`, hint: `run: ${fix}, and commit the result` }, undefined, s.path);
    }
    this.printReport();
    const { unifiedDiff } = await loadCheck();
    for (const s of stale) {
      if (s.current.kind === 'large') continue;
      this.diffStream().write(await unifiedDiff(s.path, s.current.kind === 'file' ? s.current.text : undefined, s.wanted, s.secrets, undefined, secretForms));
    }
    return 1;
  }

  /** The environment git runs in: the command's (`io.env`), not the process's. */
  private gitEnv(): NodeJS.ProcessEnv {
    return { ...this.io.env };
  }

  /** The text of a file at a git revision, or undefined when it did not exist there. */
  private async gitShow(rev: string, file: string): Promise<string | undefined> {
    // Loaded here: only `diff` runs git, and start-up should not pay for child_process.
    const { execFileSync } = await loadChildProcess();
    const dir = dirname(this.abs(file));
    let top: string;
    try {
      top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, env: this.gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    } catch {
      return this.ioError(file, 'is not in a git repository');
    }
    try {
      execFileSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: top, env: this.gitEnv(), stdio: 'ignore' });
    } catch {
      return this.usageError(`${JSON.stringify(rev)} is not a git revision`);
    }
    const path = posixRelative(top, this.abs(file));
    try {
      return execFileSync('git', ['show', `${rev}:${path}`], { cwd: top, env: this.gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    } catch {
      return undefined;
    }
  }

  /**
   * `drone-compose diff`: the artifacts of the file at a revision and in the working tree, for the outputs a plain
   * run has (the config file's, labelled with their paths; without one, every target), with the same options.
   * Each side is compiled once, for every output.
   */
  private async diffCommand(rev: string, file: string, opts: Options): Promise<number> {
    const inputDir = dirname(this.abs(file));
    const found = this.readConfig(opts, inputDir);
    const config = found?.config;
    let outputs: Planned[];
    if (found) {
      const chosen = found.config.outputs.filter((o) => !opts.target || opts.target.includes(o.target));
      if (chosen.length === 0) this.usageError(`the config file ${found.path} has no output of target ${opts.target!.join(', ')}`);
      outputs = chosen.map((o) => ({ target: o.target, path: this.confine(found.path, o.path), fromConfig: true }));
    } else {
      outputs = (opts.target ?? TARGETS.filter((t) => describeTarget(t).inDiffByDefault)).map((target) => ({ target }));
    }
    const before = await this.gitShow(rev, file);
    let after: string | undefined;
    if (existsSync(this.abs(file)) || existsLink(this.abs(file))) after = this.readInput(file, opts);
    if (before === undefined && after === undefined) this.ioError(file, `does not exist at ${rev} nor in the working tree`);
    const options = this.compileOptions(opts, config, file, inputDir, outputs);
    const a = before === undefined ? undefined : compile(before, { ...options, filename: `${rev}:${file}` });
    const b = after === undefined ? undefined : compile(after, options);
    const results = [a, b].filter((r): r is CompileResult => r !== undefined);
    for (const r of results) this.addResult(r);
    if (results.some((r) => r.artifacts.length !== outputs.length)) return 2;
    this.printReport();
    const { unifiedDiff } = await loadCheck();
    const secrets = results.flatMap((r) => r.secrets);
    let differs = false;
    for (const [i, o] of outputs.entries()) {
      const textA = a?.artifacts[i]!.text ?? '';
      const textB = b?.artifacts[i]!.text ?? '';
      if (textA === textB) continue;
      differs = true;
      const label = o.path ?? describeTarget(o.target).defaultFileName;
      this.diffStream().write(await unifiedDiff(label, textA, textB, secrets, [rev, 'working tree'], secretForms));
    }
    return differs ? 1 : 0;
  }

  async main(): Promise<number> {
    this.format = formatIn(this.argv);
    const common = readCommonArgs(this.argv);
    if (common) {
      this.format = common.opts.format;
      return this.generate(common.file, common.opts);
    }
    const cmd = program(this.argv, VERSION, {
      writeOut: (s: string) => this.io.stdout.write(s),
      writeErr: (s: string) => this.io.stderr.write(s),
      outputError: (s: string) => void (this.commanderError += s),
    });
    let action: Promise<number> | undefined;
    cmd.action((file: string, opts: Options) => {
      this.format = opts.format;
      action = this.generate(file, opts);
    });
    const diff = cmd.commands[0];
    diff?.action((rev: string, file: string, local: Options) => {
      // Options written before `diff` (`drone-compose --repo R diff`) count as if written after it; after it wins.
      const opts: Record<string, unknown> = { ...local };
      for (const [key, value] of Object.entries(cmd.opts())) {
        if (cmd.getOptionValueSource(key) === 'cli' && diff.getOptionValueSource(key) !== 'cli') opts[key] = value;
      }
      this.format = (opts as unknown as Options).format;
      action = this.diffCommand(rev, file, opts as unknown as Options);
    });
    try {
      cmd.parse([...this.argv], { from: 'user' });
    } catch (e) {
      if (!(e instanceof loadCommander().CommanderError)) throw e;
      if (e.exitCode === 0) return 0;
      // Commander's message may continue on a second line with a suggestion: one line here.
      const said = this.commanderError.replace(/^error: /, '').split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
      this.usageError(said || e.message);
    }
    return action ? await action : 2;
  }
}
