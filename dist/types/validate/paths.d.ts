/** Helpers to name places in the input by JSON pointer, in words users read. */
export declare function splitPointer(ptr: string): string[];
export declare function parentPointer(ptr: string): string;
/** "service `db`", "build step `test`", "`build`" — the container a pointer is inside, if any. */
export declare function containerLabel(segments: readonly string[]): string | undefined;
/** Describes the value at a pointer: "`image` of service `db`", "item 2 of `environment` of `build`". */
export declare function describePointer(ptr: string): string;
/** Keys a container (service or build) may have; used to tell a single `build:` from a map of steps. */
export declare const CONTAINER_KEYS: Set<string>;
