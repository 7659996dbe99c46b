import { posix } from 'node:path';
import { Diagnostics } from '../diagnostics.js';
import { HOLDER_NAME, type Container, type EnvVar, type HealthCheck, type Project, type Service, type Value } from '../ir.js';
import type { EmitContext, Emitted } from '../targets/target.js';
import { portGroups } from './readiness.js';
import { template } from '../generated/templates/compose.js';
import { render } from './render.js';
import { buildEnvironment, buildScript, mergeEnvironment, repoName } from './script.js';

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
function workspaceRelative(workspaceDir: string, host: Value): Value {
  const [first, ...rest] = host;
  if (typeof first !== 'string') return host;
  if (rest.length > 0) return workspaceDir === '.' ? host : [composeRelative(`${workspaceDir}/${first}`), ...rest];
  return [composeRelative(posix.normalize(posix.join(workspaceDir, first)))];
}

/** What every container mounts: the shared volume (at /drone, or the later formats' workspace base) and the workspace. */
function commonVolumes(p: Project, workspaceDir: string): Value[] {
  return [[`drone:${p.workspaceBase ?? '/drone'}`], [`${composeRelative(workspaceDir)}:${p.workspacePath}`]];
}

/** What a compose file uses for a build variable docker-compose's environment does not set. */
function composeDefault(name: string, project: Project): string {
  if (name === 'DRONE_REPO') return repoName(project.repo);
  if (name === 'DRONE_BUILD_NUMBER') return '0';
  if (name === 'DRONE_JOB_NUMBER') return '1';
  return '';
}

interface Placement {
  readonly dependsOn: readonly string[];
  readonly profile?: Value;
}

/** A service's health check as compose writes it. */
interface HealthView {
  readonly test: readonly Value[] | undefined;
  readonly disable: boolean;
  readonly interval: Value | undefined;
  readonly timeout: Value | undefined;
  readonly retries: number | undefined;
  readonly hasRetries: boolean;
  readonly startPeriod: Value | undefined;
}

/** A service of the compose file: the holder's neighbours, services and build steps alike. */
interface ContainerView {
  readonly key: string;
  readonly image: Value;
  readonly pullAlways: boolean;
  readonly auth: { readonly login: string } | undefined;
  readonly privileged: boolean;
  readonly entrypoint: readonly Value[] | undefined;
  readonly command: readonly Value[] | undefined;
  readonly environment: readonly EnvVar[];
  readonly volumes: readonly Value[];
  readonly devices: readonly Value[];
  readonly memLimit: Value | undefined;
  readonly cpuset: Value | undefined;
  readonly oomKillDisable: boolean;
  readonly dependsOn: readonly string[];
  readonly profile: Value | undefined;
  readonly healthcheck?: HealthView | undefined;
  /** Build steps: what they wait for, with its condition. */
  readonly conditions?: readonly { readonly key: string; readonly condition: string }[];
  readonly workingDir?: Value;
}

/** What templates/compose.hbs prints: keys through `yamlKey`, values through `yaml`, numbers through `int`. */
export interface ComposeView {
  /** The input's name as the output sees it, for the header comment. */
  readonly source: string;
  /** The input format (`Drone 0.4`), for the header comment. */
  readonly format: string;
  readonly project: string;
  readonly holderKey: string;
  readonly holder: {
    readonly image: Value;
    readonly network: Value | undefined;
    readonly dns: readonly Value[] | undefined;
    readonly extraHosts: readonly Value[] | undefined;
    readonly healthcheck: { readonly test: readonly Value[] } | undefined;
  };
  readonly serviceKey: Value;
  readonly containers: readonly ContainerView[];
  readonly buildNames: readonly string[];
  readonly volumes: readonly string[];
  readonly credentials: readonly { readonly key: string; readonly login: string }[];
}

function healthView(h: HealthCheck): HealthView {
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

function holderHealth(p: Project): { test: Value[] } | undefined {
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

function containerView(c: Container, env: readonly EnvVar[], workspaceDir: string, common: readonly Value[], at: Placement): ContainerView {
  const volumes: Value[] = [...common];
  for (const m of c.volumes) {
    const host = m.volume !== undefined ? [m.volume] : m.relative ? workspaceRelative(workspaceDir, m.host) : m.host;
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

/**
 * Where a compose file cannot follow the input: a workspace folder whose path holds `:` (docker-compose's volume
 * syntax has no escape for it: an error), and registry credentials (a compose file has no place for them: a
 * warning at each `auth_config:`).
 */
function composeDiagnostics(p: Project, context: EmitContext): Diagnostics {
  const diags = new Diagnostics();
  if (context.workspaceDir.includes(':')) {
    diags.error('usage', `the workspace folder ${JSON.stringify(context.workspaceDir)} contains \`:\`, which a compose file cannot mount`, undefined, 'rename the folder, or use the sh target');
  }
  const labelled: [Container, string][] = [
    ...p.services.map((s): [Container, string] => [s, `service \`${s.name}\``]),
    ...p.build.map((s): [Container, string] => [s, s.name === 'build' ? '`build`' : `build step \`${s.name.slice('build-'.length)}\``]),
  ];
  for (const [c, label] of labelled) {
    const at = c.at['auth_config'];
    if (at) diags.warning('ignored-option', `a compose file cannot carry the registry credentials of ${label}; log in to the registry before docker-compose pulls`, at);
  }
  return diags;
}

/** The docker-compose target: the holder as a service, every other container on `network_mode: service:holder`. */
export function emitCompose(p: Project, context: EmitContext): Emitted {
  const diags = composeDiagnostics(p, context);
  if (diags.hasErrors) return { text: '', diagnostics: diags.list };
  const workspaceDir = context.workspaceDir;
  // Services start in declaration order, as in Drone: each waits for the holder and the one before it.
  const common = commonVolumes(p, workspaceDir);
  const services = p.services.map((s, i) => ({
    ...containerView(s, s.environment, workspaceDir, common, { dependsOn: i === 0 ? [HOLDER] : [HOLDER, p.services[i - 1]!.name] }),
    healthcheck: s.healthcheck ? healthView(s.healthcheck) : undefined,
  }));
  const holderCheck = holderHealth(p);
  const after = buildDependencies(p, holderCheck !== undefined);
  const read = (name: string): Value => [{ env: name, op: { op: 'default', word: composeDefault(name, p) } }];
  const build = p.build.map((s) => ({
    ...containerView(s, mergeEnvironment(buildEnvironment(p, read), s.environment), workspaceDir, common, { dependsOn: [], profile: ['build'] }),
    conditions: after,
    entrypoint: [['/bin/sh'], ['-e'], ['-c']],
    command: [buildScript(s)],
    workingDir: [p.workspacePath],
  }));
  const holder = p.holder;
  const view: ComposeView = {
    source: context.source,
    format: p.format,
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
  };
  return { text: render(template, view), diagnostics: diags.list };
}
