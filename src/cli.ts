#!/usr/bin/env node
/**
 * The command line: reads the input, resolves the repository, calls `compile`, prints diagnostics, and writes,
 * checks or prints the output. The only module that touches files and the process. Exit codes: 0 success,
 * 1 `--check` found a stale or missing file, 2 invalid input or usage.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { compile, DEFAULT_HOLDER_IMAGE } from './compile.js';
import { renderText, type Diagnostic } from './diagnostics.js';
import { TARGETS, type Target } from './ir.js';
import { isGenerated, readIfExists, writeAtomic } from './output.js';
import { repoFromGit } from './repo.js';
import type { SourceFile } from './source.js';

declare const DRONE_COMPOSE_VERSION: string | undefined;
const VERSION = typeof DRONE_COMPOSE_VERSION === 'string' ? DRONE_COMPOSE_VERSION : '0.0.0-dev';

interface Options {
  target: Target;
  output?: string;
  check?: boolean;
  strict?: boolean;
  trusted?: boolean;
  force?: boolean;
  repo?: string;
  name?: string;
  holderImage: string;
  maxBytes?: number;
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

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

/** `a/b` with forward slashes, `.` for the same folder. */
function posixRelative(from: string, to: string): string {
  const rel = relative(from, to).split(sep).join('/');
  return rel === '' ? '.' : rel;
}

function printDiagnostics(list: readonly Diagnostic[], source: SourceFile | undefined): void {
  if (list.length === 0) return;
  let out = '';
  for (const d of list) out += renderText(d, source);
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const parts = [errors ? `${errors} error${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : ''].filter(Boolean);
  out += `drone-compose: ${parts.join(', ')}\n`;
  process.stderr.write(out);
}

function program(): Command {
  return new Command('drone-compose')
    .description('Compile the compose: (and build:) section of a Drone 0.4 .drone.yml into a POSIX sh script or a docker-compose.yml.')
    .argument('[file]', 'the Drone file; - reads standard input', '.drone.yml')
    .addOption(new Option('-t, --target <target>', 'what to emit').choices(TARGETS as string[]).default('sh'))
    .option('-o, --output <path>', 'write to this file (atomically) instead of standard output')
    .option('--check', 'with -o: exit 1 and print a diff when the file is not exactly what would be written; never writes')
    .option('--strict', 'treat every warning as an error')
    .option('--trusted', 'allow trusted-only options: privileged, volumes, devices, net, dns, extra_hosts')
    .option('--force', 'with -o: overwrite a file that drone-compose did not generate')
    .option('--repo <path>', 'repository path mounted at /drone/src/<path> (default: from the git remote origin)')
    .option('--name <name>', 'project name prefixing containers and volumes (default: the repository name)')
    .option('--holder-image <image>', 'image of the container that owns the shared network namespace', DEFAULT_HOLDER_IMAGE)
    .option('--max-bytes <n>', 'largest input accepted, in bytes (default: 10 MiB)', positiveInt)
    .version(VERSION, '-V, --version')
    .helpOption('-h, --help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `drone-compose: ${s}` : s),
    });
}

function readInput(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a folder' : (err.code ?? err.message);
    process.stderr.write(`${file}: error[io]: cannot read the input: ${why}\n`);
    throw new Exit(2);
  }
}

async function main(argv: string[]): Promise<number> {
  const cmd = program();
  try {
    cmd.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const opts = cmd.opts<Options>();
  const file = cmd.args[0] ?? '.drone.yml';
  if (opts.check && !opts.output) usageError('--check needs -o PATH: the file to compare with');

  const text = readInput(file);
  const inputDir = file === '-' ? process.cwd() : dirname(resolve(file));
  const outDir = opts.output ? dirname(resolve(opts.output)) : process.cwd();
  const repo = opts.repo ?? repoFromGit(inputDir);
  const result = compile(text, {
    targets: [opts.target],
    filename: file === '-' ? '<stdin>' : file,
    sourceName: file === '-' ? '<stdin>' : posixRelative(outDir, resolve(file)),
    ...(repo ? { repo } : {}),
    ...(opts.name ? { name: opts.name } : {}),
    holderImage: opts.holderImage,
    workspaceDir: posixRelative(outDir, inputDir),
    trusted: !!opts.trusted,
    strict: !!opts.strict,
    ...(opts.maxBytes ? { limits: { maxBytes: opts.maxBytes } } : {}),
  });
  printDiagnostics(result.diagnostics, result.source);
  const output = result.outputs[opts.target];
  if (output === undefined) return 2;

  if (!opts.output) {
    process.stdout.write(output);
    return 0;
  }
  let current: string | undefined;
  try {
    current = readIfExists(opts.output);
  } catch (e) {
    process.stderr.write(`${opts.output}: error[io]: cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 2;
  }
  if (opts.check) {
    if (current === output) return 0;
    const { unifiedDiff } = await import('./check.js');
    process.stdout.write(await unifiedDiff(opts.output, current, output, result.secrets));
    process.stderr.write(`drone-compose: ${opts.output} is ${current === undefined ? 'missing' : 'stale'}; run: drone-compose ${file} -t ${opts.target} -o ${opts.output}\n`);
    return 1;
  }
  if (current !== undefined && !isGenerated(current) && !opts.force) {
    process.stderr.write(`${opts.output}: error[io]: refusing to overwrite a file that drone-compose did not generate; pass --force to replace it\n`);
    return 2;
  }
  if (current === output) return 0;
  try {
    writeAtomic(opts.output, output, opts.target === 'sh' ? 0o755 : 0o644);
  } catch (e) {
    process.stderr.write(`${opts.output}: error[io]: cannot write: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 2;
  }
  return 0;
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
