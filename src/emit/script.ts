import type { BuildStep, EnvVar, Project, Value } from '../ir.js';
import { concatAll, flatten } from '../lower/values.js';
import { shellWord } from './quote.js';

/**
 * The script a build container runs with `/bin/sh -e -c`, as Drone 0.4 ran its commands: one shell, in order,
 * each echoed as `+ command` first, stopping with the status of the first command that fails. References to
 * `$$NAME` are substituted into the text when the container starts, as Drone substituted them into the file.
 */
export function buildScript(step: BuildStep): Value {
  const parts: Value[] = [];
  for (const command of step.commands) {
    const shown = flatten(command, (name) => `$$${name}`);
    parts.push([`printf '+ %s\\n' ${shellWord([shown])}\n`], command, ['\n']);
  }
  return concatAll(parts);
}

/** The environment Drone gave build containers, before the step's own. */
export function buildEnvironment(project: Project): EnvVar[] {
  return [
    { name: 'CI', value: ['true'] },
    { name: 'CI_NAME', value: ['drone'] },
    { name: 'DRONE', value: ['true'] },
    { name: 'DRONE_DIR', value: [project.workspacePath] },
  ];
}

/** Environment variables in order, a later one replacing an earlier one of the same name in its place. */
export function mergeEnvironment(...lists: (readonly EnvVar[])[]): EnvVar[] {
  const out = new Map<string, EnvVar>();
  for (const list of lists) for (const e of list) out.set(e.name, e);
  return [...out.values()];
}

/** The `$$NAME` references anywhere inside a piece of the IR. */
export function referencedVariables(x: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(x)) for (const item of x) referencedVariables(item, into);
  else if (x !== null && typeof x === 'object') {
    const env = (x as { env?: unknown }).env;
    if (typeof env === 'string' && Object.keys(x).length === 1) into.add(env);
    else for (const v of Object.values(x)) referencedVariables(v, into);
  }
  return into;
}
