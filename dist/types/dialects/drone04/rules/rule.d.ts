import type { Diagnostics } from '../../../diagnostics.js';
import type { SourceFile } from '../../../source.js';
import type { FrontOptions } from '../../dialect.js';
import type { Drone04File, Node } from '../decode.js';
/** What a rule sees: the decoded file, the source (for lines in messages), the command line's options. */
export interface RuleContext {
    readonly model: Drone04File;
    readonly source: SourceFile;
    readonly options: FrontOptions;
    readonly diags: Diagnostics;
}
/**
 * One check of a Drone 0.4 file. A rule reports into `ctx.diags` and never throws for bad input. A rule that
 * returns `false` found nothing to compile: the rules after it and lowering do not run.
 */
export interface Rule {
    /** The rule's name: its file in rules/ and its test in test/rules/. */
    readonly name: string;
    check(ctx: RuleContext): boolean | void;
}
/** The text of a scalar as written (`yes` stays `yes`), or undefined when it is not a scalar or holds a NUL (lowering reports that). */
export declare function scalarText(value: unknown, raw: string | undefined): string | undefined;
/**
 * The scalar items of an option that takes a list or a single string, with their nodes: null items, nested
 * collections and values holding a NUL are left out (lowering reports the first and the last, the schema the rest).
 */
export declare function scalarItems(node: Node | undefined, value: unknown): {
    node: Node;
    text: string;
}[];
