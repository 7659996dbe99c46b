import { type Diagnostic } from './diagnostics.js';
import { type DialectId } from './dialects/index.js';
import type { Project } from './ir.js';
import { type ParseLimits } from './parse/index.js';
import { SourceFile } from './source.js';
import { type EmitContext, type Target } from './targets/index.js';
/** The holder image: a pinned busybox that only sleeps; it owns the shared network namespace. */
export declare const DEFAULT_HOLDER_IMAGE = "busybox:1.36.1";
/** One artifact to emit: a target, and where the input and the workspace are as seen from the artifact. */
export interface OutputRequest {
    readonly target: Target;
    /** Default: the input named as `sourceName`, the workspace at `workspaceDir` (see CompileOptions). */
    readonly context?: Partial<EmitContext>;
}
/** One emitted artifact, in the order of the requests. */
export interface Artifact {
    readonly target: Target;
    readonly context: EmitContext;
    readonly text: string;
}
export interface CompileOptions {
    /**
     * The artifacts to emit from the one lowered project, each with its own context. Default: one per `targets`,
     * all with the context of `sourceName` and `workspaceDir`.
     */
    readonly outputs?: readonly OutputRequest[];
    /** Targets to emit when `outputs` is not given; default `['sh']`. */
    readonly targets?: readonly Target[];
    /** Name of the input in diagnostics; default `.drone.yml`. */
    readonly filename?: string;
    /** Name of the input in the generated header, for outputs that do not say; default the filename. */
    readonly sourceName?: string;
    /** Repository path (`github.com/octocat/hello-world`); required. */
    readonly repo?: string;
    /** Project name (container and volume prefix); default from the repository name. */
    readonly name?: string;
    readonly holderImage?: string;
    /** The image that clones the repository in a Kubernetes Job (the kube target); default a pinned alpine/git. */
    readonly cloneImage?: string;
    /** The workspace folder relative to the output's folder, for outputs that do not say; default `.`. */
    readonly workspaceDir?: string;
    /** Allow trusted-only options (privileged, volumes, devices, net, dns, extra_hosts). */
    readonly trusted?: boolean;
    /** Every warning is an error. */
    readonly strict?: boolean;
    readonly limits?: Partial<ParseLimits>;
    /** The input format (`--dialect`); default: detected from the file. */
    readonly dialect?: DialectId;
    /** The pipeline to compile of a file with several (`--pipeline NAME`). */
    readonly pipeline?: string;
}
export interface CompileResult {
    /** The emitted artifacts by target (the first output of each); empty when there is an error. */
    readonly outputs: Partial<Record<Target, string>>;
    /** Every emitted artifact, in the order of the requests; empty when there is an error. */
    readonly artifacts: readonly Artifact[];
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
 * Compiles the text of a .drone.yml: parse → pick the dialect → its decode, rules and lowering → emit once per output. Pure: no file system, no process state.
 * Never throws for bad input; every mistake is a diagnostic, and outputs are empty when any is an error.
 */
export declare function compile(text: string, options?: CompileOptions): CompileResult;
/** Emits one target from a lowered project (library use); throws when the target reports an error. */
export declare function emit(target: Target, project: Project, context?: EmitContext): string;
