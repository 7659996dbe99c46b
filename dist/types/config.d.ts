import { type Target } from './ir.js';
/** One artifact to write or check: a target and the path of its file. */
export interface OutputSpec {
    readonly target: Target;
    readonly path: string;
}
/**
 * `drone-compose.config.json`, found next to the input: the outputs one run writes or checks, and the options
 * they share. Paths are relative to the config file's folder.
 */
export interface Config {
    readonly outputs: readonly OutputSpec[];
    readonly repo?: string;
    readonly name?: string;
    readonly holderImage?: string;
    readonly trusted?: boolean;
    readonly strict?: boolean;
}
export declare const CONFIG_FILE = "drone-compose.config.json";
/** The target a file name implies: `.yml`/`.yaml` is a compose file, anything else a script. */
export declare function targetFromPath(path: string): Target;
/** Reads a config file's text; returns the config or what is wrong with it. Pure. */
export declare function parseConfig(text: string): Config | {
    error: string;
};
