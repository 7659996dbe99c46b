import { type Node } from '../decode.js';
import type { Rule } from './rule.js';
/** A duration as docker reads it: numbers with units, `1m30s`. */
export declare const DURATION: RegExp;
/** What a healthcheck's `test:` asks for, as lowering reads it. */
export type TestForm = {
    readonly kind: 'none';
} | {
    readonly kind: 'shell';
    readonly node: Node;
    readonly text: string;
} | {
    readonly kind: 'exec';
    readonly words: readonly {
        readonly node: Node;
        readonly text: string;
    }[];
} | {
    readonly kind: 'empty';
    readonly node: Node;
} | {
    readonly kind: 'malformed';
    readonly node: Node;
} | {
    readonly kind: 'absent';
};
/** Reads `test:`: a string is one shell command; a list starts with NONE, CMD (a program and its arguments) or CMD-SHELL (one command). */
export declare function testForm(h: ReadonlyMap<string, Node>): TestForm;
/**
 * Every healthcheck of a service has a test of a known form (a command, CMD …, CMD-SHELL …, NONE), is not both
 * disabled and given a test, has durations docker reads and a whole number of retries. (A `$$` reference in a
 * CMD word is found while lowering, which reads the words.)
 */
export declare const healthcheck: Rule;
