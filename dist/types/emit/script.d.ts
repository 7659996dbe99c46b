import type { BuildStep, EnvVar, Project, Reference, Value } from '../ir.js';
/**
 * The script a build container runs with `/bin/sh -e -c`, as Drone 0.4 ran its commands: one shell, in order,
 * each echoed as `+ command` first, stopping with the status of the first command that fails. References to
 * `$$NAME` are substituted into the text when the container starts, as Drone substituted them into the file.
 */
export declare function buildScript(step: BuildStep): Value;
/**
 * Drone 0.4's build variables that the generated script defines at run time: from the host's environment when
 * set there, else derived (see the README). `$$BRANCH`, `$$COMMIT`, `$$BUILD_NUMBER` and `$$TAG`, which Drone
 * substituted itself, fall back to the matching `DRONE_*` value.
 */
export declare const RUNTIME_VARIABLES: readonly string[];
/** Build variables whose value comes from another one of the script, under Drone's `CI_` names. */
export declare const CI_ALIASES: readonly (readonly [string, string])[];
/** Drone's repository name, `owner/name`: the repository path without its host. */
export declare function repoName(repo: string): string;
/**
 * The environment Drone gave build containers, before the step's own: fixed values, the workspace path, and the
 * build variables, read when the container starts as the target reads a variable (`read`: the script from its
 * own definitions, a compose file from docker-compose's environment with a default).
 */
export declare function buildEnvironment(project: Project, read: (name: string) => Value): EnvVar[];
/** Environment variables in order, a later one replacing an earlier one of the same name in its place. */
export declare function mergeEnvironment(...lists: (readonly EnvVar[])[]): EnvVar[];
/**
 * The references anywhere inside a piece of the IR (plain data: arrays and objects of their own properties).
 * Indexed and for-in loops, which allocate nothing: this walks the whole project, more than once per emit.
 */
export declare function references(x: unknown, into?: Reference[]): Reference[];
/**
 * The variables a piece of the IR needs set, sorted: every `$$NAME` it references except through a default,
 * and except the build variables the script defines itself.
 */
export declare function requiredVariables(x: unknown): string[];
/** Whether a piece of the IR references a build variable the script defines (so it must define them first). */
export declare function usesRuntimeVariables(x: unknown): boolean;
