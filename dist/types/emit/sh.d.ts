import { type Project, type Value } from '../ir.js';
import type { EmitContext } from '../targets/target.js';
import { type Word } from './quote.js';
type Line = readonly Word[];
/**
 * The `$$` operations of a file: each distinct one is computed once, by the script's `dc_op` helper, into a
 * variable `dc_op<N>` (numbered in order of first use), which words then reference.
 */
declare class Operations {
    readonly lines: {
        readonly id: string;
        readonly args: Line;
    }[];
    private readonly ids;
    /** A value as a shell word, operations replaced by their variables. */
    word(value: Value): Word;
    private id;
}
/** One `docker pull` (with a login first when the container has credentials). */
interface PullView {
    readonly image: Word;
    readonly always: boolean;
    readonly auth?: {
        readonly registry: Word;
        readonly username: Word;
        readonly password: Word;
    };
}
/** A service in the script: its container name, how it is pulled, the `docker run` lines, what `up` waits for. */
interface ServiceView {
    readonly name: Word;
    readonly container: Word;
    readonly pull: PullView | undefined;
    readonly run: readonly Line[];
    readonly wait: Line;
}
/** A build step in the script: as a service, without waiting. */
type StepView = Omit<ServiceView, 'wait'>;
/** What templates/sh.hbs prints: every value a word, a line of words, or a list of them (the `sh` helper quotes them). */
export interface ShView {
    /** The input's name as the output sees it, for the header comment (the `comment` helper escapes it). */
    readonly source: string;
    /** The input format (`Drone 0.4`), for the header comment. */
    readonly format: string;
    readonly sourceWord: Word;
    readonly holderName: Word;
    readonly project: Word;
    readonly repoName: Word;
    readonly repoPath: Word;
    readonly workspaceDir: Word;
    readonly upVariables: readonly string[];
    readonly upDefines: boolean;
    readonly buildVariables: readonly string[];
    readonly operations: Operations['lines'];
    readonly volumes: readonly Word[];
    readonly holder: readonly Line[];
    readonly services: readonly ServiceView[];
    readonly servicesReversed: readonly ServiceView[];
    readonly build: readonly StepView[];
    readonly buildContainers: readonly Word[];
    readonly runFlags: readonly Line[];
}
/** The POSIX sh target: a script with the verbs up, down, build, run, logs, ps. */
export declare function emitSh(p: Project, context: EmitContext): string;
export {};
