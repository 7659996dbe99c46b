import { type Diagnostics } from '../../diagnostics.js';
import type { Container, HealthCheck, Readiness } from '../../ir.js';
import type { SourceFile } from '../../source.js';
import { type Container04 } from './decode.js';
/**
 * Decides each service's readiness and health check, and reports ports that two services claim in the one
 * shared namespace. Works on validated data; wrongly typed values were reported by the schema and are skipped.
 */
export declare class ReadinessLowering {
    private readonly source;
    private readonly diags;
    private readonly used;
    private readonly claims;
    constructor(source: SourceFile, diags: Diagnostics, used: Set<string>);
    service(c: Container04, lowered: Container): {
        healthcheck?: HealthCheck;
        readiness: Readiness;
    };
    /** The health check as the healthcheck rule accepted it; what it refused is left out. */
    private healthcheck;
    /** The TCP ports of `expose:` and the container side of `ports:`, in order, once each; undefined when neither is given. */
    private declaredPorts;
    /** The table's ports for the service's image, unless the file evidently changes the port. */
    private guess;
    /** Reports a port that another service already claims: an error when both declare it, else a warning. */
    private claim;
}
