/**
 * The options of a run, and the command lines most runs have, read without commander.
 *
 * commander (src/program.ts) knows the whole command line of drone-compose: every option, `diff`, help, version
 * and the usage errors. Loading it and declaring the options costs about a tenth of the instructions of a
 * `--check` of a small file, so the command lines that hooks and CI jobs run (`--check`, `-o PATH`, `-t TARGET`,
 * `--repo R`, `--format F`, an input file, ...) are read here instead, into the very options commander gives for
 * them: test/unit/args.test.ts compares the two on random command lines. A word this reader does not know (help,
 * version, `diff`, `--`, an `=` form), a value commander would refuse (`-t kubernetes`, `--max-bytes 0`), a value
 * starting with `-`, an empty word or a second input leaves the whole command line to commander, which reads or
 * refuses it as it always did.
 */
import type { DialectId } from './dialects/dialect.js';
import { FORMATS, type Format } from './report.js';
import { isTarget, type Target } from './targets/index.js';

/** What the options of a run say, as commander's `opts()` gives them (camel-case names, `format` defaulted). */
export interface Options {
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
  cloneImage?: string;
  maxBytes?: number;
  dialect?: DialectId;
  pipeline?: string;
  format: Format;
}

/** The input formats `--dialect` names. */
export const DIALECTS: readonly DialectId[] = ['drone-0.4', 'drone-0.8', 'drone-1'];

/** The value of `--max-bytes`: a whole number above 0, as JavaScript reads a number; undefined for anything else. */
export function positiveWholeNumber(value: string): number | undefined {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

type Flag = 'check' | 'force' | 'strict' | 'trusted';
type Text = 'config' | 'repo' | 'name' | 'holderImage' | 'cloneImage' | 'pipeline';

/** Options without a value. */
const FLAGS = new Map<string, Flag>([
  ['--check', 'check'],
  ['--force', 'force'],
  ['--strict', 'strict'],
  ['--trusted', 'trusted'],
]);

/** Options whose value is any text; the last one given wins. */
const TEXTS = new Map<string, Text>([
  ['-c', 'config'],
  ['--config', 'config'],
  ['--repo', 'repo'],
  ['--name', 'name'],
  ['--holder-image', 'holderImage'],
  ['--clone-image', 'cloneImage'],
  ['--pipeline', 'pipeline'],
]);

/**
 * The input file and options of a command line made only of the options above, `-o`/`--output`, `-t`/`--target`
 * with a target's name, `--format` and `--dialect` with one of theirs, `--max-bytes` with a whole number, each
 * value in the next word, and at most one input; undefined for any other command line (commander's to read).
 */
export function readCommonArgs(argv: readonly string[]): { file: string; opts: Options } | undefined {
  const opts: Options = { format: 'text' };
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '') return undefined;
    const flag = FLAGS.get(arg);
    if (flag) {
      opts[flag] = true;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const value = argv[++i];
      if (value === undefined || value === '' || value.startsWith('-')) return undefined;
      const text = TEXTS.get(arg);
      if (text) opts[text] = value;
      else if (arg === '-o' || arg === '--output') (opts.output ??= []).push(value);
      else if ((arg === '-t' || arg === '--target') && isTarget(value)) (opts.target ??= []).push(value);
      else if (arg === '--format' && (FORMATS as readonly string[]).includes(value)) opts.format = value as Format;
      else if (arg === '--dialect' && (DIALECTS as readonly string[]).includes(value)) opts.dialect = value as DialectId;
      else if (arg === '--max-bytes' && positiveWholeNumber(value) !== undefined) opts.maxBytes = Number(value);
      else return undefined;
      continue;
    }
    if (file !== undefined || arg === 'diff') return undefined;
    file = arg;
  }
  return { file: file ?? '.drone.yml', opts };
}
