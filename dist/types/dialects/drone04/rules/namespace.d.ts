import type { Rule } from './rule.js';
/** Why a `net:` value is not a network mode docker accepts, or undefined when it is one. */
export declare function networkProblem(net: string): {
    message: string;
    hint?: string;
} | undefined;
/** An `extra_hosts` entry read: the host and its address (127.0.0.1 when `bare`), or why it cannot be used. */
export declare function readExtraHost(text: string): {
    host: string;
    address: string;
    bare: boolean;
} | {
    error: string;
    hint?: string;
};
/**
 * The settings of the one shared network namespace agree: every `net:` is a network mode and all name the same
 * one; every `dns:` entry is an address; every `extra_hosts:` entry is HOST:ADDRESS and maps a host to one
 * address; a namespace that joins another container (`net: container:…`) sets neither dns nor extra_hosts. A
 * conflict points at the earlier setting too. Options refused by the trust rule are not looked at.
 */
export declare const namespace: Rule;
