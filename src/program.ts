/**
 * The command line as commander reads it: every option of the command and of `diff`, help, version and the usage
 * errors. commander itself loads on first use (src/lazy.ts): the command lines most runs have are read by
 * src/args.ts without it, into the same options.
 */
import type { Command } from 'commander';
import { DIALECTS, positiveWholeNumber } from './args.js';
import { DEFAULT_HOLDER_IMAGE } from './compile.js';
import { CONFIG_FILE } from './config.js';
import { loadCommander } from './lazy.js';
import { FORMATS } from './report.js';
import { describeTarget, isTarget, TARGETS, type Target } from './targets/index.js';

function positiveInt(value: string): number {
  const n = positiveWholeNumber(value);
  if (n === undefined) throw new (loadCommander().InvalidArgumentError)('must be a positive whole number');
  return n;
}

const collect = <T>(value: T, previous: T[] | undefined): T[] => [...(previous ?? []), value];

function targetArg(value: string): Target {
  if (!isTarget(value)) throw new (loadCommander().InvalidArgumentError)(`Allowed choices are ${TARGETS.join(', ')}.`);
  return value;
}

function addCompileOptions(cmd: Command): Command {
  const { Option } = loadCommander();
  return cmd
    .option('--strict', 'treat every warning as an error')
    .option('--trusted', 'allow trusted-only options: privileged, volumes, devices, net, dns, extra_hosts')
    .option('--repo <path>', 'repository path mounted at /drone/src/<path> (default: from the git remote origin)')
    .option('--name <name>', 'project name prefixing containers and volumes (default: the repository name)')
    .option('--holder-image <image>', `image of the container that owns the shared network namespace (default: ${DEFAULT_HOLDER_IMAGE})`)
    .option('--clone-image <image>', 'image of the init container that clones the repository in a Kubernetes Job (-t kube; default: alpine/git:2.45.2)')
    .option('--max-bytes <n>', 'largest input accepted, in bytes (default: 10 MiB)', positiveInt)
    .addOption(new Option('--dialect <format>', 'the input format (default: detected from the file)').choices(DIALECTS as string[]))
    .option('--pipeline <name>', 'the pipeline to compile, in a file with several')
    .addOption(new Option('--format <format>', 'how diagnostics are printed').choices(FORMATS as string[]).default('text'));
}

/**
 * Whether a command line can reach the `diff` subcommand, or ask for the help that lists it: it has the word
 * `diff`, or `-h`/`--help`. Only then is the subcommand built (its options are about 0.7M instructions of every
 * run commander reads). Any other command line parses the same without it: the root command has an action and an argument,
 * so commander takes every other word for the input file, and looks for subcommands nowhere else.
 */
export function mayReachSubcommands(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === 'diff' || arg === '-h' || arg === '--help');
}

/** Where commander prints: help and version to standard output, errors to standard error, and its error message. */
export interface ProgramOutput {
  writeOut(s: string): void;
  writeErr(s: string): void;
  outputError(s: string): void;
}

/** The command for this command line: the `diff` subcommand is built only when the line can reach it. */
export function program(argv: readonly string[], version: string, output: ProgramOutput): Command {
  const { Command } = loadCommander();
  const cmd = new Command('drone-compose')
    .description('Compile the services and build of a Drone .drone.yml (0.4, 0.5–0.8, 1.x) into a POSIX sh script, a docker-compose.yml or a Kubernetes Job.')
    .argument('[file]', 'the Drone file; - reads standard input', '.drone.yml')
    .option('-t, --target <target>', `what to emit: ${TARGETS.map((t) => `${t} (${describeTarget(t).label})`).join(', ')}; repeatable, paired with -o in order`, (v, p: Target[] | undefined) => collect(targetArg(v), p))
    .option('-o, --output <path>', 'write to this file, atomically, creating missing folders (repeatable; the target defaults from the name: .yml is compose)', (v: string, p: unknown) => collect(v, p as string[] | undefined))
    .option('-c, --config <path>', `outputs and options from a JSON file (default: ${CONFIG_FILE} next to the input, when there is no -o)`)
    .option('--check', 'exit 1 and print a diff when an output file is not exactly what would be written; never writes')
    .option('--force', 'with -o: overwrite a file that drone-compose did not generate');
  addCompileOptions(cmd)
    .version(version, '-V, --version')
    .helpOption('-h, --help')
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput(output);
  if (!mayReachSubcommands(argv)) return cmd;
  const diff = new Command('diff')
    .description('compile the Drone file as it is at a git revision and in the working tree, and print the diff of the artifacts; exit 1 when they differ')
    .argument('[rev]', 'git revision', 'HEAD')
    .argument('[file]', 'the Drone file', '.drone.yml')
    .option('-t, --target <target>', 'only this target (repeatable; default: those of the config file, else all)', (v, p: Target[] | undefined) => collect(targetArg(v), p))
    .option('-c, --config <path>', `outputs and options from a JSON file (default: ${CONFIG_FILE} next to the input)`);
  addCompileOptions(diff).exitOverride().configureOutput(output);
  cmd.addCommand(diff);
  return cmd;
}
