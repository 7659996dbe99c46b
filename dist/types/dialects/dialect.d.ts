/**
 * The seam between input formats and the rest of the compiler: a dialect reads the parsed documents of one
 * Drone format, checks them, and lowers them to the one IR every target emits from. Adding a format is adding
 * a dialect (and registering it), not editing the stages after it.
 */
import type { Diagnostics } from '../diagnostics.js';
import type { Project, Target } from '../ir.js';
import type { ParsedFile } from '../parse/index.js';
import type { SourceFile } from '../source.js';
/** Every input format drone-compose reads. */
export type DialectId = 'drone-0.4' | 'drone-0.8' | 'drone-1';
/** What lowering needs from the command line (all trusted). */
export interface FrontOptions {
    /** Repository path, such as `github.com/octocat/hello-world`. */
    readonly repo: string;
    /** Project name: prefix of every container and volume name. */
    readonly name: string;
    readonly holderImage: string;
    /** Trusted-only options are allowed (only `--trusted` on the command line grants it). */
    readonly trusted: boolean;
    /** The targets being emitted: some forms only some targets can express. */
    readonly targets: readonly Target[];
    /** `--pipeline NAME`, for formats with several pipelines in one file. */
    readonly pipeline?: string;
}
/** The IR as a dialect makes it: the format's name is added by the compiler, from the dialect's label. */
export type LoweredProject = Omit<Project, 'format'>;
export interface FrontResult {
    /** The IR; absent when the input could not be lowered at all. */
    readonly project?: LoweredProject;
    /** Literal credentials written in the input: masked in every diagnostic and diff. */
    readonly secrets: readonly string[];
}
export interface Dialect {
    readonly id: DialectId;
    /** For messages: `Drone 0.4`. */
    readonly label: string;
    /** Whether the documents have this format's shape (detection; `--dialect` overrides it). */
    matches(documents: readonly ParsedFile[]): boolean;
    /**
     * Decodes, checks and lowers. Every problem is reported into `diags`, located; never throws for bad input.
     * The caller emits nothing when `diags` holds an error.
     */
    compile(documents: readonly ParsedFile[], source: SourceFile, options: FrontOptions, diags: Diagnostics): FrontResult;
}
