import { posix } from 'node:path';
import { HOLDER_NAME, type Container, type EnvVar, type Project, type Value } from '../ir.js';
import { render } from './render.js';
import { buildEnvironment, buildScript, mergeEnvironment } from './script.js';

const HOLDER = HOLDER_NAME;

/**
 * A relative path as compose needs it: docker-compose reads a host path as relative only when it is `.`, `..`
 * or starts with `./` or `../`; anything else (`ci`, `.cache`) names a volume.
 */
export function composeRelative(path: string): string {
  return path === '.' || path === '..' || path.startsWith('./') || path.startsWith('../') ? path : `./${path}`;
}

/**
 * A relative host path (`./data`, `..`) as seen from the compose file's folder. A path with a `$$NAME` reference
 * is only prefixed: normalising its literal start alone could change what it means once the value is in.
 */
function workspaceRelative(p: Project, host: Value): Value {
  const [first, ...rest] = host;
  if (typeof first !== 'string') return host;
  if (rest.length > 0) return p.workspaceDir === '.' ? host : [composeRelative(`${p.workspaceDir}/${first}`), ...rest];
  return [composeRelative(posix.normalize(posix.join(p.workspaceDir, first)))];
}

/** What every container mounts: the shared /drone volume and the workspace. */
function commonVolumes(p: Project): Value[] {
  return [['drone:/drone'], [`${composeRelative(p.workspaceDir)}:${p.workspacePath}`]];
}

interface Placement {
  readonly dependsOn: readonly string[];
  readonly profile?: Value;
}

function containerView(c: Container, env: readonly EnvVar[], p: Project, common: readonly Value[], at: Placement) {
  const volumes: Value[] = [...common];
  for (const m of c.volumes) {
    const host = m.volume !== undefined ? [m.volume] : m.relative ? workspaceRelative(p, m.host) : m.host;
    volumes.push([...host, ':', ...m.container, ...(m.mode ? [`:${m.mode}`] : [])]);
  }
  return {
    key: c.name,
    image: c.image,
    pullAlways: c.pull,
    auth: c.auth ? { login: c.auth.registry ? `docker login ${c.auth.registry}` : 'docker login' } : undefined,
    privileged: c.privileged,
    entrypoint: c.entrypoint,
    command: c.command,
    environment: env,
    volumes,
    devices: c.devices.map((d): Value => [...d.host, ...(d.container ? [':', ...d.container] : []), ...(d.permissions ? [`:${d.permissions}`] : [])]),
    memLimit: c.memLimit ? [c.memLimit] : undefined,
    cpuset: c.cpuset,
    oomKillDisable: c.oomKillDisable,
    dependsOn: at.dependsOn,
    profile: at.profile,
  };
}

/** The docker-compose target: the holder as a service, every other container on `network_mode: service:holder`. */
export function emitCompose(p: Project): string {
  // Services start in declaration order, as in Drone: each waits for the holder and the one before it.
  const common = commonVolumes(p);
  const services = p.services.map((s, i) => containerView(s, s.environment, p, common, { dependsOn: i === 0 ? [HOLDER] : [HOLDER, p.services[i - 1]!.name] }));
  const after = [HOLDER, ...p.services.map((s) => s.name)];
  const build = p.build.map((s) => ({
    ...containerView(s, mergeEnvironment(buildEnvironment(p, 'compose'), s.environment), p, common, { dependsOn: after, profile: ['build'] }),
    entrypoint: [['/bin/sh'], ['-e'], ['-c']],
    command: [buildScript(s)],
    workingDir: [p.workspacePath],
  }));
  const holder = p.holder;
  return render('compose', {
    source: p.source,
    project: p.name,
    holderKey: HOLDER,
    holder: {
      image: [holder.image],
      network: holder.network ? [holder.network] : undefined,
      dns: holder.dns.length ? holder.dns : undefined,
      extraHosts: holder.extraHosts.length ? holder.extraHosts.map((h): Value => [`${h.host}:${h.address}`]) : undefined,
    },
    serviceKey: [`service:${HOLDER}`],
    containers: [...services, ...build],
    buildNames: build.map((b) => b.key),
    volumes: p.volumes,
    credentials: [...services, ...build].filter((s) => s.auth).map((s) => ({ key: s.key, login: s.auth!.login })),
  });
}
