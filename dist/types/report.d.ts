import { type Diagnostic } from './diagnostics.js';
import type { SourceFile } from './source.js';
/** How diagnostics are printed. */
export type Format = 'text' | 'json' | 'github' | 'sarif';
export declare const FORMATS: readonly Format[];
export interface Reported {
    readonly diagnostic: Diagnostic;
    readonly source: SourceFile | undefined;
    /** The file it is about when there is no source (a config file, an output); default the source's name. */
    readonly file?: string;
}
/** Most diagnostics a format prints; the counts and the exit code still cover them all. */
export declare const MAX_SHOWN = 100;
/** Which diagnostics a format prints, and how many of each severity it leaves out. */
export interface Shown {
    readonly shown: readonly Reported[];
    readonly errors: number;
    readonly warnings: number;
    readonly omittedErrors: number;
    readonly omittedWarnings: number;
}
/**
 * At most `limit` diagnostics, in the order given. An error is never left out while a warning is shown: the
 * first `limit` errors are kept, and the rest of the room goes to the first warnings. Linear in the list.
 */
export declare function selectShown(list: readonly Reported[], limit?: number): Shown;
/** Where each code is explained: one section per code, whose heading is the code. */
export declare const DIAGNOSTICS_DOC = "https://github.com/drone-compose/drone-compose/blob/main/docs/diagnostics.md";
/** The documentation anchor of a code (`…/docs/diagnostics.md#untrusted-option`). */
export declare function helpUri(code: string): string;
/**
 * Renders diagnostics in a format, each format one whole document. `text`: `FILE:LINE:COL: error[CODE]: message`
 * with a code frame, notes for related places, and a summary (coloured when `color`); `json`: `{ version: 1,
 * diagnostics: [...], errors, warnings, omitted? }`; `github`: workflow commands
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`); `sarif`: SARIF 2.1.0.
 * At most `limit` (default `MAX_SHOWN`) diagnostics are printed (`selectShown`); the counts cover all of them,
 * and every format says how many it left out: a line in text, a notice in github, `omitted` in json, the run's
 * `properties.omitted` in sarif.
 */
export declare function formatDiagnostics(list: readonly Reported[], format: Format, options?: {
    color?: boolean;
    version?: string;
    limit?: number;
}): string;
