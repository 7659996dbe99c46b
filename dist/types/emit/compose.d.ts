import { type Project } from '../ir.js';
/**
 * A relative path as compose needs it: docker-compose reads a host path as relative only when it is `.`, `..`
 * or starts with `./` or `../`; anything else (`ci`, `.cache`) names a volume.
 */
export declare function composeRelative(path: string): string;
/** The docker-compose target: the holder as a service, every other container on `network_mode: service:holder`. */
export declare function emitCompose(p: Project): string;
