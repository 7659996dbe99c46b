/** What any dialect needs to decide readiness without a declared port: the ports well-known images listen on. */
import type { PortWait } from '../ir.js';
/** The table's guess for an image, or undefined. Exported for the tests and the README table. */
export declare function guessPorts(image: string): readonly PortWait[] | undefined;
/** Whether a service's words seem to make it listen on another port than the table's. */
export declare function changesPort(text: string, ports: readonly PortWait[]): boolean;
