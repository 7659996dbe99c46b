import { HOLDER_NAME, type BuildStep, type Container, type HealthCheck, type Project, type Service, type Value } from '../ir.js';
import { render } from './render.js';
import { shellWord, type Word } from './quote.js';
import { portGroups, readinessText } from './readiness.js';
import { buildEnvironment, buildScript, mergeEnvironment, referencedVariables } from './script.js';

/** Variables of the generated script (all start with `dc_`, which `$$` references may not use). */
const PROJECT = { var: 'dc_project' };
const HOLDER = { var: 'dc_holder' };
const VOLUME = { var: 'dc_volume' };
const WORKSPACE = { var: 'dc_workspace' };
const LABEL = { var: 'dc_label' };

type Line = readonly Word[];

const flag = (name: string, value?: Word): Line => (value ? [[name], value] : [[name]]);

interface PullView {
  readonly image: Word;
  readonly always: boolean;
  readonly auth?: { readonly registry: Word; readonly username: Word; readonly password: Word };
}

function pull(c: Container): PullView | undefined {
  if (!c.pull && !c.auth) return undefined;
  return {
    image: c.image,
    always: c.pull,
    ...(c.auth ? { auth: { registry: [c.auth.registry ?? ''], username: c.auth.username, password: c.auth.password } } : {}),
  };
}

/** The flags every container of the build gets: its name, the shared namespace, /drone and the workspace. */
function commonFlags(p: Project): Line[] {
  return [
    flag('--label', [LABEL]),
    flag('--network', ['container:', HOLDER]),
    flag('--volume', [VOLUME, ':/drone']),
    flag('--volume', [WORKSPACE, `:${p.workspacePath}`]),
  ];
}

/** `docker run` flags for a container's own options, then its image and arguments; `common` from commonFlags. */
function containerFlags(c: Container, env: Container['environment'], common: readonly Line[]): { flags: Line[]; image: Word; args: Word[] } {
  const flags: Line[] = [flag('--name', [PROJECT, `-${c.name}`]), ...common];
  if (c.privileged) flags.push(flag('--privileged'));
  for (const m of c.volumes) {
    const host: Word = m.relative ? [WORKSPACE, '/', ...m.host] : m.host;
    flags.push(flag('--volume', [...host, ':', ...m.container, ...(m.mode ? [`:${m.mode}`] : [])]));
  }
  for (const d of c.devices) {
    flags.push(flag('--device', [...d.host, ...(d.container ? [':', ...d.container] : []), ...(d.permissions ? [`:${d.permissions}`] : [])]));
  }
  if (c.memLimit) flags.push(flag('--memory', [c.memLimit]));
  if (c.cpuset) flags.push(flag('--cpuset-cpus', c.cpuset));
  if (c.oomKillDisable) flags.push(flag('--oom-kill-disable'));
  for (const e of env) flags.push(flag('--env', [`${e.name}=`, ...e.value]));
  const args: Word[] = [];
  if (c.entrypoint) {
    const [first, ...rest] = c.entrypoint;
    flags.push(flag('--entrypoint', first ?? ['']));
    args.push(...rest);
  }
  if (c.command) args.push(...c.command);
  return { flags, image: c.image, args };
}

/** `docker run` flags of a health check; an exec-form test becomes one shell command line of quoted words. */
function healthFlags(h: HealthCheck): Line[] {
  const out: Line[] = [];
  if (h.disable) out.push(flag('--no-healthcheck'));
  if (h.test) out.push(flag('--health-cmd', 'shell' in h.test ? h.test.shell : [h.test.exec.map((w) => shellWord(w)).join(' ')]));
  if (h.interval) out.push(flag('--health-interval', [h.interval]));
  if (h.timeout) out.push(flag('--health-timeout', [h.timeout]));
  if (h.retries !== undefined) out.push(flag('--health-retries', [String(h.retries)]));
  if (h.startPeriod) out.push(flag('--health-start-period', [h.startPeriod]));
  return out;
}

/** The arguments of `dc_wait_add` for a service: name, kind, port groups in /proc/net/tcp's hex, what it waits for. */
function waitLine(s: Service): Line {
  const r = s.readiness;
  const kind = r.kind === 'image-health' ? 'image' : r.kind;
  const groups = r.kind === 'ports' ? portGroups(r.ports) : '-';
  return [[s.name], [kind], [groups], [readinessText(r)]];
}

function serviceView(c: Service, common: readonly Line[]) {
  const { flags, image, args } = containerFlags(c, c.environment, common);
  if (c.healthcheck) flags.push(...healthFlags(c.healthcheck));
  flags.push([image, ...args]);
  return { name: [c.name] as Word, container: [PROJECT, `-${c.name}`] as Word, pull: pull(c), run: flags, wait: waitLine(c) };
}

function stepView(s: BuildStep, p: Project, common: readonly Line[]) {
  const env = mergeEnvironment(buildEnvironment(p), s.environment);
  const { flags, image } = containerFlags(s, env, common);
  const script: Value = buildScript(s);
  return {
    name: [s.name] as Word,
    container: [PROJECT, `-${s.name}`] as Word,
    pull: pull(s),
    run: [...flags, flag('--workdir', [p.workspacePath]), flag('--entrypoint', ['/bin/sh']), [image, ['-e'], ['-c'], script]],
  };
}

/** The POSIX sh target: a script with the verbs up, down, build, run, logs, ps. */
export function emitSh(p: Project): string {
  const holderFlags: Line[] = [flag('--name', [HOLDER]), flag('--label', [LABEL]), flag('--init')];
  if (p.holder.network) holderFlags.push(flag('--network', [p.holder.network]));
  for (const d of p.holder.dns) holderFlags.push(flag('--dns', d));
  for (const h of p.holder.extraHosts) holderFlags.push(flag('--add-host', [`${h.host}:${h.address}`]));
  holderFlags.push(flag('--entrypoint', ['sleep']), [[p.holder.image], ['2147483647']]);
  const common = commonFlags(p);
  const services = p.services.map((s) => serviceView(s, common));
  const build = p.build.map((s) => stepView(s, p, common));
  return render('sh', {
    source: p.source,
    sourceWord: [p.source],
    holderName: [HOLDER_NAME],
    project: [p.name],
    repoPath: [p.workspacePath],
    workspaceDir: [p.workspaceDir],
    variables: p.variables,
    buildVariables: [...referencedVariables(p.build)].sort(),
    holder: holderFlags,
    services,
    servicesReversed: [...services].reverse(),
    build,
    buildContainers: build.map((b) => b.container),
    runFlags: [
      ...common,
      flag('--workdir', [p.workspacePath]),
      ...buildEnvironment(p).map((e) => flag('--env', [`${e.name}=`, ...e.value])),
    ],
  });
}
