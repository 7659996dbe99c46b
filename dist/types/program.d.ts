/**
 * The command line as commander reads it: every option of the command and of `diff`, help, version and the usage
 * errors. commander itself loads on first use (src/lazy.ts): the command lines most runs have are read by
 * src/args.ts without it, into the same options.
 */
import type { Command } from 'commander';
/**
 * Whether a command line can reach the `diff` subcommand, or ask for the help that lists it: it has the word
 * `diff`, or `-h`/`--help`. Only then is the subcommand built (its options are about 0.7M instructions of every
 * run commander reads). Any other command line parses the same without it: the root command has an action and an argument,
 * so commander takes every other word for the input file, and looks for subcommands nowhere else.
 */
export declare function mayReachSubcommands(argv: readonly string[]): boolean;
/** Where commander prints: help and version to standard output, errors to standard error, and its error message. */
export interface ProgramOutput {
    writeOut(s: string): void;
    writeErr(s: string): void;
    outputError(s: string): void;
}
/** The command for this command line: the `diff` subcommand is built only when the line can reach it. */
export declare function program(argv: readonly string[], version: string, output: ProgramOutput): Command;
