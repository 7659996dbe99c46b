import { targetFromPath, type Target } from './targets/index.js';
export { targetFromPath };
/** One artifact to write or check: a target and the path of its file. */
export interface OutputSpec {
    readonly target: Target;
    readonly path: string;
}
/**
 * `drone-compose.config.json`, found next to the input: the outputs one run writes or checks, and the options
 * they share. Paths are relative to the config file's folder and stay inside it (`outputPath`). The file is
 * repository content, as untrusted as the `.drone.yml`: it cannot turn on `--trusted`.
 */
export interface Config {
    readonly outputs: readonly OutputSpec[];
    readonly repo?: string;
    readonly name?: string;
    readonly holderImage?: string;
    readonly strict?: boolean;
}
export declare const CONFIG_FILE = "drone-compose.config.json";
/** What is wrong with an output path as any source gives it (a control character), if anything. Pure. */
export declare function pathProblem(path: string): string | undefined;
/**
 * An output path from the config file, checked and normalized: relative, no control characters, inside the
 * config file's folder once `..` is resolved, naming a file (not a folder), never inside `.git`. What is on disk
 * (symbolic links, existing folders) the command line checks. Pure.
 */
export declare function outputPath(path: string): {
    path: string;
} | {
    error: string;
};
/** Reads a config file's text; returns the config or what is wrong with it. Pure. */
export declare function parseConfig(text: string): Config | {
    error: string;
};
