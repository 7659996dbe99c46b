import { type Project } from '../ir.js';
/** The docker-compose target: the holder as a service, every other container on `network_mode: service:holder`. */
export declare function emitCompose(p: Project): string;
