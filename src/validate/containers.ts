import { pointerKey, type ParsedFile } from '../parse/index.js';

/** One container of the input: a service of `compose:`, or the build container or one of its steps. */
export interface ContainerEntry {
  readonly kind: 'service' | 'build';
  /** The name in the input; for a single `build:` container, `build`. */
  readonly name: string;
  /** The container name suffix: the service name, `build`, or `build-<step>`. */
  readonly containerName: string;
  readonly ptr: string;
  /** The container's keys; an empty object when the input gave null. */
  readonly data: Record<string, unknown>;
  /** "service `db`", "build step `test`", "`build`". */
  readonly label: string;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Whether `build:` is one container (it has image or commands) rather than a map of named steps; the schema decides alike. */
export function isSingleBuild(build: unknown): boolean {
  return isObject(build) && ('image' in build || 'commands' in build);
}

/** Every container of the input in declaration order: services first, then the build. Skips wrongly typed ones. */
export function containers(file: ParsedFile): ContainerEntry[] {
  const out: ContainerEntry[] = [];
  const data = file.data;
  if (!isObject(data)) return out;
  const compose = data['compose'];
  if (isObject(compose)) {
    for (const name of file.keys(compose)) {
      const svc = compose[name];
      if (svc !== null && !isObject(svc)) continue;
      out.push({ kind: 'service', name, containerName: name, ptr: `/compose/${pointerKey(name)}`, data: svc ?? {}, label: `service \`${name}\`` });
    }
  }
  const build = data['build'];
  if (isObject(build)) {
    if (isSingleBuild(build)) {
      out.push({ kind: 'build', name: 'build', containerName: 'build', ptr: '/build', data: build, label: '`build`' });
    } else {
      for (const name of file.keys(build)) {
        const step = build[name];
        if (step !== null && !isObject(step)) continue;
        out.push({ kind: 'build', name, containerName: `build-${name}`, ptr: `/build/${pointerKey(name)}`, data: step ?? {}, label: `build step \`${name}\`` });
      }
    }
  }
  return out;
}
