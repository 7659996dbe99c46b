import type { PortWait, Readiness } from '../ir.js';
/** Ports as `/proc/net/tcp` shows them (four upper-case hex digits), alternatives joined by `/`, groups by `,`. */
export declare function portGroups(ports: readonly PortWait[]): string;
/** Ports in words: `5432`, `2375 or 2376`, `80, 443`. */
export declare function portWords(ports: readonly PortWait[]): string;
/** What `up` waits for, in the words it tells the user when a service is not ready. */
export declare function readinessText(r: Readiness): string;
