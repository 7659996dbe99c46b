/** A source text and the positions in it. Offsets are UTF-16 indexes; lines and columns are 1-based, columns count code points. */
export type Span = readonly [start: number, end: number];
export interface Position {
    readonly line: number;
    readonly column: number;
}
export declare class SourceFile {
    readonly name: string;
    readonly text: string;
    /** Offset of the first character of each line. */
    private readonly lineStarts;
    constructor(name: string, text: string);
    /** The 1-based line and column of an offset (clamped into the text). Costs a search, not a scan of the line. */
    position(offset: number): Position;
    /**
     * Per 0-based line index, the offsets (from the line start) of the surrogate pairs on it, built once per line
     * on first use: columns are then found by a binary search, so that many diagnostics on one long line cost
     * the line's length once, not once each.
     */
    private readonly pairs;
    private pairsOf;
    /** Code points in the first `units` UTF-16 units of a line (a pair cut in half counts as one). */
    private columnAt;
    /** The offset just past the last character of a 0-based line, before its `\n` (and a `\r` before that). */
    private lineEnd;
    /** The number of code points on a 1-based line, without its line break. */
    lineLength(line: number): number;
    /** The offset of a 1-based column of a 1-based line, clamped to the line. */
    private offsetAt;
    /** The 0-based index of the line an offset is on. */
    private lineIndex;
    /** Secret spans by the 1-based lines they touch (a file may hold thousands; a line, few). */
    private readonly secrets;
    /** Marks a span as a secret: `shownLine` never shows it. */
    redact(span: Span): void;
    /** Per 1-based line, where text to hide starts because the line sets a credential key (-1: nowhere). */
    private readonly credentialKeys;
    /**
     * The offset after a `password:` or `registry_token:` key on a line, found in the text itself, so that a
     * frame hides the value even when the file does not parse (and no span could be redacted).
     */
    private credentialFrom;
    /**
     * A line as diagnostics may show it: secrets replaced by `*`, so that columns stay where they were. Secrets
     * are the redacted spans and whatever follows a `password:` or `registry_token:` key on the line.
     */
    shownLine(line: number): string;
    /** Columns `from` (inclusive) to `to` (exclusive) of a 1-based line as `shownLine` shows them; costs their length. */
    shownSlice(line: number, from: number, to: number): string;
    /** The text of a 1-based line, without its line break. */
    line(line: number): string;
}
