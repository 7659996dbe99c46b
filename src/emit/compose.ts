import { posix } from 'node:path';
import { HOLDER_NAME, type Container, type EnvVar, type HealthCheck, type Project, type Service, type Value } from '../ir.js';
import { portGroups } from './readiness.js';
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

/** A service's health check as compose writes it. */
function healthView(h: HealthCheck) {
  const test: Value[] | undefined = h.test ? ('shell' in h.test ? [['CMD-SHELL'], h.test.shell] : [['CMD'], ...h.test.exec]) : undefined;
  return {
    test,
    disable: h.disable,
    interval: h.interval ? [h.interval] : undefined,
    timeout: h.timeout ? [h.timeout] : undefined,
    retries: h.retries,
    hasRetries: h.retries !== undefined,
    startPeriod: h.startPeriod ? [h.startPeriod] : undefined,
  };
}

/**
 * The holder's health check when services wait on ports: it passes once every port listens in the namespace
 * (read from /proc/net/tcp and tcp6, as the sh target's waiter does; a/b are alternatives).
 */
const HOLDER_CHECK =
  'now=; for f in /proc/net/tcp /proc/net/tcp6; do [ -r "$f" ] || continue; while read -r sl local rest; do case $rest in *" 0A "*) now="$now ${local##*:}" ;; esac; done <"$f"; done; ' +
  'for g in "$@"; do case "$now " in *" ${g%%/*} "* | *" ${g#*/} "*) ;; *) exit 1 ;; esac; done';

function holderHealth(p: Project) {
  const groups = p.services.flatMap((s) => (s.readiness.kind === 'ports' ? portGroups(s.readiness.ports).split(',') : []));
  if (groups.length === 0) return undefined;
  return { test: [['CMD'], ['sh'], ['-c'], [HOLDER_CHECK], ['sh'], ...[...new Set(groups)].map((g): Value => [g])] };
}

/** What build services wait for: the holder (healthy when services wait on ports) and every service (healthy when it has a check). */
function buildDependencies(p: Project, holderChecked: boolean) {
  return [
    { key: HOLDER, condition: holderChecked ? 'service_healthy' : 'service_started' },
    ...p.services.map((s: Service) => ({ key: s.name, condition: s.readiness.kind === 'health' ? 'service_healthy' : 'service_started' })),
  ];
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
  const services = p.services.map((s, i) => ({
    ...containerView(s, s.environment, p, common, { dependsOn: i === 0 ? [HOLDER] : [HOLDER, p.services[i - 1]!.name] }),
    healthcheck: s.healthcheck ? healthView(s.healthcheck) : undefined,
  }));
  const holderCheck = holderHealth(p);
  const after = buildDependencies(p, holderCheck !== undefined);
  const build = p.build.map((s) => ({
    ...containerView(s, mergeEnvironment(buildEnvironment(p, 'compose'), s.environment), p, common, { dependsOn: [], profile: ['build'] }),
    conditions: after,
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
      healthcheck: holderCheck,
    },
    serviceKey: [`service:${HOLDER}`],
    containers: [...services, ...build],
    buildNames: build.map((b) => b.key),
    volumes: p.volumes,
    credentials: [...services, ...build].filter((s) => s.auth).map((s) => ({ key: s.key, login: s.auth!.login })),
  });
}
