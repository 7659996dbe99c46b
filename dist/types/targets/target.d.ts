/**
 * What a target is: everything the rest of drone-compose needs to know about one kind of output, in one place.
 * A target that is not fully described does not compile (`REGISTRY` in ./index.ts is checked against this interface).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Project } from '../ir.js';
/** What belongs to one output file rather than to the input: where things are, as seen from the output. */
export interface EmitContext {
    /** The input file as the output names it (relative to the output's folder, `/`-separated; `<stdin>`). */
    readonly source: string;
    /** The workspace folder relative to the output's folder (`.`, `..`, `ci/..`), `/`-separated. */
    readonly workspaceDir: string;
    /** The image that clones the repository, for targets that clone it rather than mount it (`--clone-image`). */
    readonly cloneImage?: string;
}
/** The context of an output beside the input: the input is `.drone.yml`, the workspace the same folder. */
export declare const DEFAULT_CONTEXT: EmitContext;
/**
 * An emitted artifact and what the target has to say about the project (an option it cannot carry, a path it
 * cannot write). The text is only used when no diagnostic, counting the front end's, is an error.
 */
export interface Emitted {
    readonly text: string;
    readonly diagnostics: readonly Diagnostic[];
}
export interface TargetDescriptor {
    /** For help texts and messages: `POSIX sh script`. */
    readonly label: string;
    /** What the output is called when it has no path (the label of `drone-compose diff`'s output): `drone-compose.sh`. */
    readonly defaultFileName: string;
    /**
     * Endings of file names that mean this target when `-o` or the config file gives none (matched without case);
     * the target that claims none is the default for other names.
     */
    readonly extensions: readonly string[];
    /** Whether `drone-compose diff` without a config file or `-t` compares this target. */
    readonly inDiffByDefault: boolean;
    /** Permissions of a newly written file (an existing file keeps its own). */
    readonly fileMode: number;
    /** Renders the IR for one output. Deterministic; never throws for a project the front end accepted. */
    emit(project: Project, context: EmitContext): Emitted;
    /** How this target writes a secret inside its text (quoted, escaped): each form is masked in diffs, besides the secret as written. */
    secretForms(secret: string): readonly string[];
    /**
     * Secrets an output of this target already on disk carries (a password of an older input), so that a diff
     * masks them on its `-` lines too. Linear in the text.
     */
    secretsIn(text: string): readonly string[];
}
