import type { Rule } from './rule.js';
/** Most ports one range may declare: each is waited for. */
export declare const MAX_RANGE = 100;
/** `5432`, `8000-8010`, `5432/tcp` → TCP ports; `53/udp` → none (only TCP listeners are waited for); else why not. */
export declare function portSpec(text: string): number[] | {
    error: string;
};
/** The container side of a `ports:` item (`8080:80/tcp` → `80/tcp`, `{target: 80}` → `80`), or undefined when a mapping has no target. */
export declare function containerPort(item: unknown): string | undefined;
/**
 * Every `expose:` and `ports:` entry of a service is a TCP port, a range of at most 100, or PORT/PROTOCOL (a
 * mapping has a target); an error at the entry otherwise. `ports:` publishes nothing, which a warning says. (Two
 * services claiming one port are found while lowering, since a port may also come from the image's name.)
 */
export declare const ports: Rule;
