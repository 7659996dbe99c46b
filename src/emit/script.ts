import type { BuildStep, EnvVar, Project, Reference, Value } from '../ir.js';
import { concatAll, flatten, needsValue, referenceText } from '../lower/values.js';
import { shellWord } from './quote.js';

/**
 * The script a build container runs with `/bin/sh -e -c`, as Drone 0.4 ran its commands: one shell, in order,
 * each echoed as `+ command` first, stopping with the status of the first command that fails. References to
 * `$$NAME` are substituted into the text when the container starts, as Drone substituted them into the file.
 */
export function buildScript(step: BuildStep): Value {
  const parts: Value[] = [];
  for (const command of step.commands) {
    const shown = flatten(command, (_, part) => referenceText(part));
    parts.push([`printf '+ %s\\n' ${shellWord([shown])}\n`], command, ['\n']);
  }
  return concatAll(parts);
}

/**
 * Drone 0.4's build variables that the generated script defines at run time: from the host's environment when
 * set there, else derived (see the README). `$$BRANCH`, `$$COMMIT`, `$$BUILD_NUMBER` and `$$TAG`, which Drone
 * substituted itself, fall back to the matching `DRONE_*` value.
 */
export const RUNTIME_VARIABLES: readonly string[] = [
  'DRONE_REPO', 'DRONE_BRANCH', 'DRONE_COMMIT', 'DRONE_BUILD_NUMBER', 'DRONE_PULL_REQUEST', 'DRONE_JOB_NUMBER', 'DRONE_TAG',
  'CI_BUILD_URL', 'BUILD_NUMBER', 'COMMIT', 'BRANCH', 'TAG',
];

/** Build variables whose value comes from another one of the script, under Drone's `CI_` names. */
export const CI_ALIASES: readonly (readonly [string, string])[] = [
  ['CI_REPO', 'DRONE_REPO'],
  ['CI_BRANCH', 'DRONE_BRANCH'],
  ['CI_COMMIT', 'DRONE_COMMIT'],
  ['CI_BUILD_NUMBER', 'DRONE_BUILD_NUMBER'],
  ['CI_PULL_REQUEST', 'DRONE_PULL_REQUEST'],
  ['CI_JOB_NUMBER', 'DRONE_JOB_NUMBER'],
  ['CI_TAG', 'DRONE_TAG'],
];

/**
 * Build variables with a fixed value in the build (`CI`, `DRONE_DIR`, …) or copied from a `DRONE_*` one (`CI_*`):
 * the script sets them too, so a `$$CI_BRANCH` reads what the build sees and requires nothing of the host.
 */
const FIXED_VARIABLES: readonly string[] = ['CI', 'CI_NAME', 'DRONE', 'DRONE_DIR', 'CI_BUILD_DIR', ...CI_ALIASES.map(([name]) => name)];

/** Whether the script defines this variable itself. */
function definedByScript(name: string): boolean {
  return RUNTIME_VARIABLES.includes(name) || FIXED_VARIABLES.includes(name);
}

/** Drone's repository name, `owner/name`: the repository path without its host. */
export function repoName(repo: string): string {
  const parts = repo.split('/');
  return parts.length >= 3 ? parts.slice(1).join('/') : repo;
}

/**
 * The environment Drone gave build containers, before the step's own: fixed values, the workspace path, and the
 * build variables, read when the container starts as the target reads a variable (`read`: the script from its
 * own definitions, a compose file from docker-compose's environment with a default).
 */
export function buildEnvironment(project: Project, read: (name: string) => Value): EnvVar[] {
  const drone = RUNTIME_VARIABLES.filter((n) => n.startsWith('DRONE_'));
  return [
    { name: 'CI', value: ['true'] },
    { name: 'CI_NAME', value: ['drone'] },
    { name: 'DRONE', value: ['true'] },
    { name: 'DRONE_DIR', value: [project.workspacePath] },
    ...drone.map((name) => ({ name, value: read(name) })),
    ...CI_ALIASES.map(([name, from]) => ({ name, value: read(from) })),
    { name: 'CI_BUILD_DIR', value: [project.workspacePath] },
    { name: 'CI_BUILD_URL', value: read('CI_BUILD_URL') },
  ];
}

/** Environment variables in order, a later one replacing an earlier one of the same name in its place. */
export function mergeEnvironment(...lists: (readonly EnvVar[])[]): EnvVar[] {
  const out = new Map<string, EnvVar>();
  for (const list of lists) for (const e of list) out.set(e.name, e);
  return [...out.values()];
}

/**
 * The references anywhere inside a piece of the IR (plain data: arrays and objects of their own properties).
 * Indexed and for-in loops, which allocate nothing: this walks the whole project, more than once per emit.
 */
export function references(x: unknown, into: Reference[] = []): Reference[] {
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) references(x[i], into);
  } else if (x !== null && typeof x === 'object') {
    const env = (x as { env?: unknown }).env;
    if (typeof env === 'string') into.push(x as Reference);
    else for (const key in x) references((x as Record<string, unknown>)[key], into);
  }
  return into;
}

/**
 * The variables a piece of the IR needs set, sorted: every `$$NAME` it references except through a default,
 * and except the build variables the script defines itself.
 */
export function requiredVariables(x: unknown): string[] {
  const names = new Set<string>();
  for (const r of references(x)) if (needsValue(r) && !definedByScript(r.env)) names.add(r.env);
  return [...names].sort();
}

/** Whether a piece of the IR references a build variable the script defines (so it must define them first). */
export function usesRuntimeVariables(x: unknown): boolean {
  return references(x).some((r) => definedByScript(r.env));
}
