import { type ParsedFile } from '../parse/index.js';
/** One container of the input: a service of `compose:`, or the build container or one of its steps. */
export interface ContainerEntry {
    readonly kind: 'service' | 'build';
    /** The name in the input; for a single `build:` container, `build`. */
    readonly name: string;
    /** The container name suffix: the service name, `build`, or `build-<step>`. */
    readonly containerName: string;
    readonly ptr: string;
    /** The container's keys; an empty object when the input gave null. */
    readonly data: Record<string, unknown>;
    /** "service `db`", "build step `test`", "`build`". */
    readonly label: string;
}
export declare function isObject(v: unknown): v is Record<string, unknown>;
/** Whether `build:` is one container (it has image or commands) rather than a map of named steps; the schema decides alike. */
export declare function isSingleBuild(build: unknown): boolean;
/** Every container of the input in declaration order: services first, then the build. Skips wrongly typed ones. */
export declare function containers(file: ParsedFile): ContainerEntry[];
