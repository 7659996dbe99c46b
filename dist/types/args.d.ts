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
import { type Format } from './report.js';
import { type Target } from './targets/index.js';
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
export declare const DIALECTS: readonly DialectId[];
/** The value of `--max-bytes`: a whole number above 0, as JavaScript reads a number; undefined for anything else. */
export declare function positiveWholeNumber(value: string): number | undefined;
/**
 * The input file and options of a command line made only of the options above, `-o`/`--output`, `-t`/`--target`
 * with a target's name, `--format` and `--dialect` with one of theirs, `--max-bytes` with a whole number, each
 * value in the next word, and at most one input; undefined for any other command line (commander's to read).
 */
export declare function readCommonArgs(argv: readonly string[]): {
    file: string;
    opts: Options;
} | undefined;
