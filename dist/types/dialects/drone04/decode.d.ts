/**
 * Drone 0.4's typed model: the parsed file decoded once into its sections, services and build containers,
 * every value carrying where it was written. Rules and lowering read this model, never JSON pointers.
 */
import { type ParsedFile } from '../../parse/index.js';
import type { Span } from '../../source.js';
/** A value of the input with its place: the value as parsed, its span, its key's span, and its children. */
export interface Node {
    /** The value as YAML read it (YAML 1.1 types, merge keys applied). */
    readonly value: unknown;
    /** Where the value is written; for a value with no place of its own (merged in), its nearest ancestor's. */
    readonly span: Span;
    /** Where its key is written, when it is a mapping entry (or inherits one). */
    readonly key?: Span;
    /** For a scalar YAML typed (number, boolean, null, date): the text as written (`yes`, `4444`). */
    readonly raw?: string;
    /** A mapping's entries in source order. */
    readonly entries?: ReadonlyMap<string, Node>;
    /** A list's items in order. */
    readonly items?: readonly Node[];
    /** Set when the value has no place of its own and `span`/`key` are its nearest located ancestor's. */
    readonly inherited?: true;
}
/** The span to point at for a value as a whole: its key when it has one, else the value. */
export declare function keyOf(node: Node): Span;
/** The keys a container (service or build) may have; used to tell a single `build:` from a map of steps. */
export declare const CONTAINER_KEYS: Set<string>;
/** Whether `build:` is one container (it has image or commands) rather than a map of named steps; the schema decides alike. */
export declare function isSingleBuild(build: unknown): boolean;
/** One container of the input: a service of `compose:`, or the build container or one of its steps. */
export interface Container04 {
    readonly kind: 'service' | 'build';
    /** The name in the input; for a single `build:` container, `build`. */
    readonly name: string;
    /** The container name suffix: the service name, `build`, or `build-<step>`. */
    readonly containerName: string;
    /** "service `db`", "build step `test`", "`build`". */
    readonly label: string;
    /** The container's entry: its key is the container's name (`build` for a single build container). */
    readonly node: Node;
    /** The container's options in source order; empty when the input gave null. */
    readonly options: ReadonlyMap<string, Node>;
    /** The container's keys as plain data; an empty object when the input gave null. */
    readonly data: Record<string, unknown>;
}
/** A Drone 0.4 file, decoded. */
export interface Drone04File {
    /** The parsed file, for the schema check (which reads plain data) and source order of keys. */
    readonly file: ParsedFile;
    /** The whole document. */
    readonly root: Node;
    /** Top-level sections in source order (every key, known or not); empty when the top level is not a mapping. */
    readonly sections: ReadonlyMap<string, Node>;
    readonly services: readonly Container04[];
    readonly build: readonly Container04[];
    /** Every container in declaration order: services first, then the build. Wrongly typed ones are skipped. */
    readonly containers: readonly Container04[];
}
/** The sections that are compiled; the rest is read only to explain it. */
export declare const COMPILED_SECTIONS: readonly ["compose", "build"];
/**
 * Decodes a parsed file once, in linear work: the compiled sections are decoded fully, other sections only as
 * top-level entries. Never throws; values of the wrong type are kept as written for the schema rule to report.
 */
export declare function decode(file: ParsedFile): Drone04File;
