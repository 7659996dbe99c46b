import type { Span, SourceFile } from './source.js';
/** Every diagnostic code, with a one-line summary (the README and machine formats list these). */
export declare const CODES: {
    readonly 'yaml-syntax': "The file is not valid YAML.";
    readonly 'yaml-alias': "A YAML alias names no anchor, or refers to itself.";
    readonly 'too-large': "The input exceeds a resource limit (size, nesting, alias expansion).";
    readonly 'not-a-mapping': "The file is empty or its top level is not a mapping.";
    readonly 'nothing-to-compile': "The file has neither a compose: nor a build: section.";
    readonly 'invalid-type': "A key has a value of the wrong type.";
    readonly 'invalid-character': "A value contains a character no artifact can carry: a NUL, or half of a surrogate pair.";
    readonly 'missing-image': "A build container has no image.";
    readonly 'invalid-command': "An entrypoint or command string cannot be split into words.";
    readonly 'invalid-memory': "A mem_limit is not a size docker accepts.";
    readonly 'invalid-cpuset': "A cpuset is not a list of CPU numbers and ranges.";
    readonly 'invalid-volume': "A volume is not HOST:CONTAINER[:MODE] or VOLUME:CONTAINER[:MODE].";
    readonly 'invalid-device': "A device is not HOST[:CONTAINER[:PERMISSIONS]].";
    readonly 'invalid-network': "A net: value is not a network mode.";
    readonly 'invalid-dns': "A dns entry is empty.";
    readonly 'invalid-extra-host': "An extra_hosts entry is not HOST:ADDRESS.";
    readonly 'invalid-healthcheck': "A healthcheck has a malformed test, duration or retries, or is both disabled and given a test.";
    readonly 'invalid-port': "An expose or ports entry is not a port, a range or a mapping with a target.";
    readonly 'invalid-operation': "A substitution ($${NAME...} in 0.4, ${NAME...} later) is not one Drone knew, or cannot be computed.";
    readonly 'unsupported-operation': "A substitution that the compose target cannot express.";
    readonly 'unsupported-option': "An option the chosen target cannot express (a device, a network mode in a Kubernetes manifest); nothing is written.";
    readonly 'invalid-pipeline': "A pipeline of a later Drone format is malformed: no kind, a workspace that cannot be mounted, depends_on naming no step or forming a cycle.";
    readonly 'invalid-secret': "A secret of a later Drone format has no source, or a name no environment variable can have.";
    readonly 'invalid-image': "An image reference does not follow Docker's reference grammar.";
    readonly 'invalid-name': "A service or step name cannot name a container.";
    readonly 'invalid-environment': "An environment entry has no name or no `=`.";
    readonly 'name-collision': "Two containers would get the same name.";
    readonly conflict: "Two services ask for different settings of the one shared namespace.";
    readonly 'port-conflict': "Two services declare the same port of the one shared namespace.";
    readonly 'untrusted-option': "A trusted-only option is used without --trusted.";
    readonly 'reserved-variable': "A $$NAME reference uses a name the generated script needs for itself.";
    readonly 'duplicate-key': "A key appears twice in one mapping; the later one is used.";
    readonly 'unknown-key': "A key Drone 0.4 does not know; it is ignored.";
    readonly 'ignored-key': "A docker-compose key Drone 0.4 ignored; it is not emitted.";
    readonly 'ignored-section': "A top-level section of another Drone version; it is ignored.";
    readonly 'ignored-option': "An accepted option that the target cannot carry; it is not emitted.";
    readonly 'dropped-item': "An empty (null) list item; it is dropped.";
    readonly 'image-from-name': "A service without image: uses its name as the image, as Drone did.";
    readonly 'extra-host-address': "An extra_hosts entry without an address is mapped to 127.0.0.1.";
    readonly 'skipped-step': "A plugin step (publish, deploy, notify) of a later Drone format; it is not run.";
    readonly 'skipped-pipeline': "A document of a multi-document file that is not compiled (another pipeline, a secret, a signature).";
    readonly 'unconditional-step': "A build step has when: conditions, which cannot be decided outside Drone.";
    readonly 'empty-build': "A build container has no commands.";
    readonly 'literal-credential': "A registry password or token is written in the file.";
    readonly 'literal-dollar': "A $$ not followed by a name is kept as a literal $$.";
    readonly 'port-guess': "A port guessed from the image name clashes with another service, or is not used because the file seems to change it.";
    readonly 'duplicate-environment': "An environment name is set twice; the later value is used.";
    readonly 'missing-repo': "The repository path is needed and cannot be found.";
    readonly 'stale-output': "With --check: an output file is missing or not exactly what drone-compose would write.";
    readonly usage: "The command line is not valid.";
    readonly io: "A file cannot be read or written.";
};
export type DiagnosticCode = keyof typeof CODES;
export type Severity = 'error' | 'warning';
/** One finding about the input. Positions are offsets; lines and columns are computed when printed. */
export interface Diagnostic {
    readonly severity: Severity;
    readonly code: DiagnosticCode;
    readonly message: string;
    /** Where in the source, when the finding has a place. */
    readonly span?: Span;
    /** What to do about it, when there is something to say. */
    readonly hint?: string;
    /** Other places that belong to the finding (the earlier key of a duplicate, the other side of a conflict). */
    readonly related?: readonly RelatedLocation[];
}
/** A second place of a finding, with what it is (`the earlier key is here`). */
export interface RelatedLocation {
    readonly span: Span;
    readonly message: string;
}
/** Where a finding is: a span, or a function that finds it, called only when a diagnostic is made. */
export type Place = Span | (() => Span | undefined);
/** Collects diagnostics; each stage reports into one and keeps going. */
export declare class Diagnostics {
    readonly list: Diagnostic[];
    error(code: DiagnosticCode, message: string, span?: Place, hint?: string, related?: readonly RelatedLocation[]): void;
    warning(code: DiagnosticCode, message: string, span?: Place, hint?: string, related?: readonly RelatedLocation[]): void;
    get hasErrors(): boolean;
}
/** Diagnostics in source order (those without a place first), errors before warnings at one place; stable. */
export declare function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[];
/** Turns every warning into an error (for --strict). */
export declare function strictify(list: readonly Diagnostic[]): Diagnostic[];
/**
 * Renders `FILE:LINE:COL: severity[code]: message`, then the offending line with a caret underline, then the
 * hint, then each related place as a note with its own frame, rustc style:
 *
 * ```text
 *   = note: the earlier key is here
 *  --> FILE:LINE:COL
 *   |
 * 2 |   db:
 *   |   ^^
 * ```
 *
 * Control characters of the source, the message, the hint, the notes and the file name are shown escaped
 * (`visible`), so that a diagnostic never moves the cursor, colours a terminal or starts a line of its own.
 * A long line is shown as a window around the place; the cost does not grow with the length of the line.
 */
export declare function renderText(d: Diagnostic, source: SourceFile | undefined, file?: string): string;
/**
 * Text with every control character shown as an escape (`\n`, `\t`, `\x1b`, `\u2028`): what a diagnostic prints,
 * in every format, for messages, hints, file names and code frames.
 */
export declare function visible(text: string): string;
/** Shows a user's value inside a message: quoted, escaped, and shortened when long. */
export declare function show(value: string, max?: number): string;
