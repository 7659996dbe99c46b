import { type Diagnostic } from './diagnostics.js';
import { type Project, type Target } from './ir.js';
import { type ParseLimits } from './parse/index.js';
import { SourceFile } from './source.js';
/** The holder image: a pinned busybox that only sleeps; it owns the shared network namespace. */
export declare const DEFAULT_HOLDER_IMAGE = "busybox:1.36.1";
export interface CompileOptions {
    /** Targets to emit; default `['sh']`. */
    readonly targets?: readonly Target[];
    /** Name of the input in diagnostics; default `.drone.yml`. */
    readonly filename?: string;
    /** Name of the input in the generated header; default the filename. */
    readonly sourceName?: string;
    /** Repository path (`github.com/octocat/hello-world`); required. */
    readonly repo?: string;
    /** Project name (container and volume prefix); default from the repository name. */
    readonly name?: string;
    readonly holderImage?: string;
    /** The workspace folder relative to the output's folder; default `.`. */
    readonly workspaceDir?: string;
    /** Allow trusted-only options (privileged, volumes, devices, net, dns, extra_hosts). */
    readonly trusted?: boolean;
    /** Every warning is an error. */
    readonly strict?: boolean;
    readonly limits?: Partial<ParseLimits>;
}
export interface CompileResult {
    /** The emitted artifacts by target; empty when there is an error. */
    readonly outputs: Partial<Record<Target, string>>;
    /** Errors and warnings in source order. */
    readonly diagnostics: readonly Diagnostic[];
    /** The input as read (BOM removed), for rendering diagnostics. */
    readonly source: SourceFile;
    /** The IR, when lowering ran. */
    readonly project?: Project;
    /** Literal credentials written in the input: never to be shown in a diagnostic or a diff. */
    readonly secrets: readonly string[];
}
/** A project name from a repository path: its last part, lowercased, other characters as `-`. */
export declare function projectNameFrom(repo: string): string;
/**
 * Compiles the text of a .drone.yml: parse → validate → lower → emit. Pure: no file system, no process state.
 * Never throws for bad input; every mistake is a diagnostic, and outputs are empty when any is an error.
 */
export declare function compile(text: string, options?: CompileOptions): CompileResult;
export declare function emit(target: Target, project: Project): string;
