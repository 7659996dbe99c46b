/**
 * Line edits up to which a line-by-line diff is searched for. The search costs about length × edits: a script
 * of 10,000 services whose every service changed took 46 s. Beyond this, the diff replaces the whole file.
 */
export declare const MAX_DIFF_EDITS = 1000;
/**
 * A unified diff from what is on disk (`--- a/PATH`) to what would be written (`+++ b/PATH`): line by line, or
 * as one hunk that replaces the whole file when they differ in more than MAX_DIFF_EDITS lines. Either way a
 * valid patch, and the same for the same texts. Credentials written in the input are masked on every line, as
 * written and as the script or the compose file quotes them (`maskSecrets`), so a diff never shows one.
 */
export declare function unifiedDiff(path: string, current: string | undefined, wanted: string, secrets?: readonly string[], headers?: [string, string]): Promise<string>;
/**
 * Replaces every occurrence of each secret with `****`: the text as written, and its forms inside a shell
 * single-quoted word (`'` as `'\''`) and inside a compose double-quoted scalar (`$` as `$$`, escapes). Longer
 * forms first, so that a quoted form is masked whole. Costs the text's length per form.
 */
export declare function maskSecrets(text: string, secrets: readonly string[]): string;
