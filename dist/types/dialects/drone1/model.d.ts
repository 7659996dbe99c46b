/**
 * The typed, located model both later formats (0.5–0.8 and 1.x) decode into, and the reader that decodes YAML
 * values into it. Every field keeps the span of its value and of its key, so that rules and lowering point at
 * what the user wrote without going back to the YAML.
 */
import { type Diagnostics } from '../../diagnostics.js';
import { type ParsedFile } from '../../parse/model.js';
import type { Span } from '../../source.js';
/** A value as written, with where it is. */
export interface L<T> {
    readonly value: T;
    /** The value's span. */
    readonly span: Span;
    /** The key's span, for a mapping entry. */
    readonly key?: Span;
}
/** An environment entry: a text value (with `${}` substitutions), or a secret read from the host at run time. */
export interface EnvEntry {
    readonly name: L<string>;
    readonly value?: L<string>;
    readonly secret?: L<string>;
}
/** A mount as the input wrote it: 0.5–0.8 `host:container[:mode]`, or a 1.x `{name, path}` against a pipeline volume. */
export type VolumeEntry = {
    readonly spec: L<string>;
} | {
    readonly name: L<string>;
    readonly path: L<string>;
    readonly span: Span;
};
/** A 1.x pipeline volume: `temp: {medium?}` or `host: {path}`. */
export interface PipelineVolume {
    readonly name: L<string>;
    readonly temp?: {
        readonly medium?: L<string>;
        readonly key: Span;
    };
    readonly host?: {
        readonly path?: L<string>;
        readonly key: Span;
    };
}
/** One container of a later-format pipeline: a service, or a step (which may be a plugin, or detached). */
export interface ContainerModel {
    readonly kind: 'service' | 'step';
    readonly name: L<string>;
    /** Where the container is, for diagnostics about it as a whole (its name, or its key). */
    readonly span: Span;
    /** "service `db`", "step `test`". */
    readonly label: string;
    readonly image?: L<string>;
    /** Present when `commands:` is given (even empty). */
    readonly commands?: readonly L<string>[];
    readonly entrypoint?: readonly L<string>[] | L<string>;
    readonly command?: readonly L<string>[] | L<string>;
    readonly environment: readonly EnvEntry[];
    readonly pull?: L<boolean>;
    readonly privileged?: L<boolean>;
    readonly volumes: readonly VolumeEntry[];
    readonly devices: readonly VolumeEntry[];
    readonly dns: readonly L<string>[];
    readonly dnsSearch: readonly L<string>[];
    readonly extraHosts: readonly L<string>[];
    readonly networkMode?: L<string>;
    readonly detach?: L<boolean>;
    readonly dependsOn: readonly L<string>[];
    /** The TCP ports a service listens on (`ports:`), for readiness. */
    readonly ports: readonly L<string>[];
    /** The key span of `when:`, when conditions are given. */
    readonly when?: Span;
    /** Whether the step is a plugin: a step without `commands` that is not detached (it runs its image's own program). */
    readonly plugin: boolean;
    /** Keys the artifacts cannot carry (`user`, `shm_size`, …), by name, at their key. */
    readonly uncarried: readonly L<string>[];
    /** The key span of every key as written. */
    readonly at: Readonly<Record<string, Span>>;
}
/** A later-format pipeline, decoded: what lowering needs. */
export interface PipelineModel {
    readonly services: readonly ContainerModel[];
    readonly steps: readonly ContainerModel[];
    /** Where the workspace is in every container. */
    readonly workspacePath: string;
    /** Where Drone mounted the shared workspace volume. */
    readonly workspaceBase: string;
    readonly volumes: ReadonlyMap<string, PipelineVolume>;
    /** The key span of `trigger:`, when the pipeline has one. */
    readonly trigger?: Span;
    /** Pipeline-level `environment:` (1.x), given to every step and service before their own. */
    readonly environment: readonly EnvEntry[];
}
/** Reads typed, located values out of one parsed document; reports wrong types and keeps going. */
export declare class Reader {
    readonly file: ParsedFile;
    readonly diags: Diagnostics;
    constructor(file: ParsedFile, diags: Diagnostics);
    valueSpan(ptr: string): Span;
    keySpan(ptr: string): Span;
    /** The entries of a mapping in source order, with their pointers. */
    entries(ptr: string, obj: Record<string, unknown>): {
        key: string;
        ptr: string;
        value: unknown;
    }[];
    isMap(v: unknown): v is Record<string, unknown>;
    /** A mapping, or undefined (null is an empty mapping); anything else is a type error. */
    map(ptr: string, v: unknown, what: string): Record<string, unknown> | undefined;
    /** A scalar as text as written (`yes` stays `yes`, `0.8` stays `0.8`); a collection is a type error. */
    str(ptr: string, v: unknown, what: string): L<string> | undefined;
    bool(ptr: string, v: unknown, what: string): L<boolean> | undefined;
    /** A list of scalars, or one scalar as a list of one; null items are dropped. */
    list(ptr: string, v: unknown, what: string): L<string>[];
    /** A list of words, or one string (the caller splits it). */
    words(ptr: string, v: unknown, what: string): L<string>[] | L<string> | undefined;
    located<T>(ptr: string, value: T): L<T>;
    typeError(ptr: string, v: unknown, what: string, expected: string): void;
    /** Warns about keys not in `known`, with a did-you-mean; with `onlyWhenClose`, only about near misses of a known key. */
    unknownKeys(ptr: string, obj: Record<string, unknown>, known: readonly string[], where: string, onlyWhenClose?: boolean): void;
    /** The key span of every key of a mapping. */
    keySpans(ptr: string, obj: Record<string, unknown>): Record<string, Span>;
}
/** Environment written as a mapping (`NAME: value`, `NAME: {from_secret: s}`) or a list of `NAME=value`. */
export declare function readEnvironment(r: Reader, ptr: string, v: unknown, what: string): EnvEntry[];
