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
    /** The 1-based line and column of an offset (clamped into the text). */
    position(offset: number): Position;
    /** The 0-based index of the line an offset is on. */
    private lineIndex;
    /** Secret spans by the 1-based lines they touch (a file may hold thousands; a line, few). */
    private readonly secrets;
    /** Marks a span as a secret: `shownLine` never shows it. */
    redact(span: Span): void;
    /** A line as diagnostics may show it: secrets replaced by `*`, so that columns stay where they were. */
    shownLine(line: number): string;
    /** The text of a 1-based line, without its line break. */
    line(line: number): string;
}
