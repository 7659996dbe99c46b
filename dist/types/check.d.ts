/**
 * Line edits up to which a line-by-line diff is searched for. The search costs about length × edits: a script
 * of 10,000 services whose every service changed took 46 s. Beyond this, the diff replaces the whole file.
 */
export declare const MAX_DIFF_EDITS = 1000;
/**
 * A unified diff from what is on disk (`--- a/PATH`) to what would be written (`+++ b/PATH`): line by line, or
 * as one hunk that replaces the whole file when they differ in more than MAX_DIFF_EDITS lines. Either way a
 * valid patch, and the same for the same texts. Credentials written in the input are masked on every line, as
 * written and as the script or the compose file quotes them (`maskSecrets`), so a diff never shows one. Control
 * characters other than the newline ending each line and TAB (C0, DEL, C1, and the Unicode separators and bidi
 * controls) are shown escaped (`\x1b`, `\r`) in every line and in the header paths, so a diff cannot move the
 * cursor or start a workflow command of its own; a patch whose lines hold them is then for reading only.
 */
export declare function unifiedDiff(path: string, current: string | undefined, wanted: string, secrets?: readonly string[], headers?: [string, string], forms?: SecretForms): Promise<string>;
/**
 * Every form of a secret to mask: as written, and as each target writes it (quoted, escaped). The command line
 * passes `secretForms` of the target registry; the default is the secret as written only.
 */
export type SecretForms = (secret: string) => readonly string[];
/** Shortest line of a multi-line secret that is masked on its own (after trimming spaces): shorter ones are too common to hide. */
export declare const MIN_SECRET_LINE = 4;
/**
 * Replaces every occurrence of each secret with `****`, in every form `formsOf` gives (the command line's: as
 * written, inside a shell single-quoted word, inside a compose double-quoted scalar, and so on). A form
 * that spans lines is also masked line by line (each line of at least MIN_SECRET_LINE characters once trimmed),
 * so a diff, which prefixes every line, shows none of it. Occurrences that overlap or touch become one `****`.
 * One pass over the text (Aho-Corasick): costs the text's length plus the forms' length, whatever their number;
 * `work`, when given, counts the steps taken.
 */
export declare function maskSecrets(text: string, secrets: readonly string[], work?: {
    steps: number;
}, formsOf?: SecretForms): string;
