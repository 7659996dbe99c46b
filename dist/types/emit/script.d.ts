import type { BuildStep, EnvVar, Project, Value } from '../ir.js';
/**
 * The script a build container runs with `/bin/sh -e -c`, as Drone 0.4 ran its commands: one shell, in order,
 * each echoed as `+ command` first, stopping with the status of the first command that fails. References to
 * `$$NAME` are substituted into the text when the container starts, as Drone substituted them into the file.
 */
export declare function buildScript(step: BuildStep): Value;
/** The environment Drone gave build containers, before the step's own. */
export declare function buildEnvironment(project: Project): EnvVar[];
/** Environment variables in order, a later one replacing an earlier one of the same name in its place. */
export declare function mergeEnvironment(...lists: (readonly EnvVar[])[]): EnvVar[];
/** The `$$NAME` references anywhere inside a piece of the IR. */
export declare function referencedVariables(x: unknown, into?: Set<string>): Set<string>;
