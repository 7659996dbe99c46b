import { type Diagnostics } from '../diagnostics.js';
import type { Container, HealthCheck, PortWait, Readiness } from '../ir.js';
import type { ParsedFile } from '../parse/index.js';
import type { SourceFile } from '../source.js';
import type { ContainerEntry } from '../validate/containers.js';
/** The table's guess for an image, or undefined. Exported for the tests and the README table. */
export declare function guessPorts(image: string): readonly PortWait[] | undefined;
/**
 * Decides each service's readiness and health check, and reports ports that two services claim in the one
 * shared namespace. Works on validated data; wrongly typed values were reported by the schema and are skipped.
 */
export declare class ReadinessLowering {
    private readonly file;
    private readonly source;
    private readonly diags;
    private readonly used;
    private readonly claims;
    constructor(file: ParsedFile, source: SourceFile, diags: Diagnostics, used: Set<string>);
    service(c: ContainerEntry, lowered: Container): {
        healthcheck?: HealthCheck;
        readiness: Readiness;
    };
    private healthcheck;
    /** The TCP ports of `expose:` and the container side of `ports:`, in order, once each; undefined when neither is given. */
    private declaredPorts;
    /** `5432`, `8000-8010`, `5432/tcp` → TCP ports; `53/udp` → none (only TCP listeners are waited for). */
    private portSpec;
    /** The table's ports for the service's image, unless the file evidently changes the port. */
    private guess;
    /** Reports a port that another service already claims: an error when both declare it, else a warning. */
    private claim;
}
