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
/**
 * Renders diagnostics in a format. `text`: `FILE:LINE:COL: error[CODE]: message` with a code frame and a summary
 * (coloured when `color`); `json`: `{ version: 1, diagnostics: [...], errors, warnings }`; `github`: workflow
 * commands (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`); `sarif`: SARIF 2.1.0.
 */
export declare function formatDiagnostics(list: readonly Reported[], format: Format, options?: {
    color?: boolean;
    version?: string;
}): string;
