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
/**
 * Runs the command with these arguments (without `node` and the script): reads, compiles, writes, prints, and
 * returns the exit code. Never throws for a user's mistake; a bug in drone-compose is an internal error (70).
 */
export declare function run(argv: readonly string[], io: CliIO): Promise<number>;
