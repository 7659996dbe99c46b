import { HOLDER_NAME, type BuildStep, type Container, type HealthCheck, type Project, type Reference, type Service, type Value } from '../ir.js';
import { visible } from '../diagnostics.js';
import type { EmitContext } from '../targets/target.js';
import { template } from '../generated/templates/sh.js';
import { render } from './render.js';
import { shellWord, type Word } from './quote.js';
import { portGroups, readinessText } from './readiness.js';
import { buildEnvironment, buildScript, mergeEnvironment, repoName, requiredVariables, usesRuntimeVariables } from './script.js';

/** Variables of the generated script (all start with `dc_`, which `$$` references may not use). */
const PROJECT = { var: 'dc_project' };
const HOLDER = { var: 'dc_holder' };
const VOLUME = { var: 'dc_volume' };
const WORKSPACE = { var: 'dc_workspace' };
const LABEL = { var: 'dc_label' };

type Line = readonly Word[];

/**
 * The `$$` operations of a file: each distinct one is computed once, by the script's `dc_op` helper, into a
 * variable `dc_op<N>` (numbered in order of first use), which words then reference.
 */
class Operations {
  readonly lines: { readonly id: string; readonly args: Line }[] = [];
  private readonly ids = new Map<string, string>();

  /** A value as a shell word, operations replaced by their variables. */
  word(value: Value): Word {
    return value.map((p) => (typeof p === 'string' || !p.op ? p : { var: this.id(p) }));
  }

  private id(p: Reference): string {
    const key = JSON.stringify(p);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = `dc_op${this.ids.size + 1}`;
      this.ids.set(key, id);
      const op = p.op!;
      const args: string[] =
        op.op === 'replace' ? [op.old, op.new] : op.op === 'head' ? ['0', String(op.length)] : op.op === 'substring' ? [String(op.start), String(op.length)] : op.op === 'quote' ? [] : [op.word];
      this.lines.push({ id, args: [[op.op === 'head' ? 'substring' : op.op], [p.env], ...args.map((a): Word => [a])] });
    }
    return id;
  }
}

const flag = (name: string, value?: Word): Line => (value ? [[name], value] : [[name]]);

/** One `docker pull` (with a login first when the container has credentials). */
interface PullView {
  readonly image: Word;
  readonly always: boolean;
  readonly auth?: { readonly registry: Word; readonly username: Word; readonly password: Word };
}

function pull(c: Container, ops: Operations): PullView | undefined {
  if (!c.pull && !c.auth) return undefined;
  return {
    image: ops.word(c.image),
    always: c.pull,
    ...(c.auth ? { auth: { registry: [c.auth.registry ?? ''], username: ops.word(c.auth.username), password: ops.word(c.auth.password) } } : {}),
  };
}

/** The flags every container of the build gets: its name, the shared namespace, the shared volume and the workspace. */
function commonFlags(p: Project): Line[] {
  return [
    flag('--label', [LABEL]),
    flag('--network', ['container:', HOLDER]),
    flag('--volume', [VOLUME, `:${p.workspaceBase ?? '/drone'}`]),
    flag('--volume', [WORKSPACE, `:${p.workspacePath}`]),
  ];
}

/** `docker run` flags for a container's own options, then its image and arguments; `common` from commonFlags. */
function containerFlags(c: Container, env: Container['environment'], common: readonly Line[], ops: Operations): { flags: Line[]; image: Word; args: Word[] } {
  const w = (v: Value) => ops.word(v);
  const flags: Line[] = [flag('--name', [PROJECT, `-${c.name}`]), ...common];
  if (c.privileged) flags.push(flag('--privileged'));
  for (const m of c.volumes) {
    const host: Word = m.volume !== undefined ? [PROJECT, `-${m.volume}`] : m.relative ? [WORKSPACE, '/', ...w(m.host)] : w(m.host);
    flags.push(flag('--volume', [...host, ':', ...w(m.container), ...(m.mode ? [`:${m.mode}`] : [])]));
  }
  for (const d of c.devices) {
    flags.push(flag('--device', [...w(d.host), ...(d.container ? [':', ...w(d.container)] : []), ...(d.permissions ? [`:${d.permissions}`] : [])]));
  }
  if (c.memLimit) flags.push(flag('--memory', [c.memLimit]));
  if (c.cpuset) flags.push(flag('--cpuset-cpus', w(c.cpuset)));
  if (c.oomKillDisable) flags.push(flag('--oom-kill-disable'));
  for (const e of env) flags.push(flag('--env', [`${e.name}=`, ...w(e.value)]));
  const args: Word[] = [];
  if (c.entrypoint) {
    const [first, ...rest] = c.entrypoint;
    flags.push(flag('--entrypoint', first ? w(first) : ['']));
    for (const word of rest) args.push(w(word));
  }
  // Loops, not push(...list): a spread passes every item on the stack, which a long command overflows.
  if (c.command) for (const word of c.command) args.push(w(word));
  return { flags, image: w(c.image), args };
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

/** A service in the script: its container name, how it is pulled, the `docker run` lines, what `up` waits for. */
interface ServiceView {
  readonly name: Word;
  readonly container: Word;
  readonly pull: PullView | undefined;
  readonly run: readonly Line[];
  readonly wait: Line;
}

/** A build step in the script: as a service, without waiting. */
type StepView = Omit<ServiceView, 'wait'>;

/** What templates/sh.hbs prints: every value a word, a line of words, or a list of them (the `sh` helper quotes them). */
export interface ShView {
  /** The input's name as the output sees it, for the header comment (the `comment` helper escapes it). */
  readonly source: string;
  /** The input format (`Drone 0.4`), for the header comment. */
  readonly format: string;
  readonly sourceWord: Word;
  readonly holderName: Word;
  readonly project: Word;
  readonly repoName: Word;
  readonly repoPath: Word;
  readonly workspaceDir: Word;
  readonly upVariables: readonly string[];
  readonly upDefines: boolean;
  readonly buildVariables: readonly string[];
  readonly operations: Operations['lines'];
  readonly volumes: readonly Word[];
  readonly holder: readonly Line[];
  readonly services: readonly ServiceView[];
  readonly servicesReversed: readonly ServiceView[];
  readonly build: readonly StepView[];
  readonly buildContainers: readonly Word[];
  readonly runFlags: readonly Line[];
}

/** Build variables as the script reads them: from its own environment, defined before use. */
const readVariable = (name: string): Value => [{ env: name }];

/**
 * Ends the engine's options before every image: an image read at run time (`$$TAG`, `${DRONE_TAG}`, from a git
 * tag the repository names `--privileged`) is then an image reference, never an option of `docker run`.
 */
const END_OF_OPTIONS: Word = ['--'];

function serviceView(c: Service, common: readonly Line[], ops: Operations): ServiceView {
  const { flags, image, args } = containerFlags(c, c.environment, common, ops);
  if (c.healthcheck) for (const line of healthFlags(c.healthcheck)) flags.push(line);
  flags.push([END_OF_OPTIONS, image, ...args]);
  return { name: [c.name] as Word, container: [PROJECT, `-${c.name}`] as Word, pull: pull(c, ops), run: flags, wait: waitLine(c) };
}

function stepView(s: BuildStep, p: Project, common: readonly Line[], ops: Operations): StepView {
  const env = mergeEnvironment(buildEnvironment(p, readVariable), s.environment);
  const { flags, image } = containerFlags(s, env, common, ops);
  const script = ops.word(buildScript(s));
  return {
    name: [s.name] as Word,
    container: [PROJECT, `-${s.name}`] as Word,
    pull: pull(s, ops),
    run: [...flags, flag('--workdir', [p.workspacePath]), flag('--entrypoint', ['/bin/sh']), [END_OF_OPTIONS, image, ['-e'], ['-c'], script]],
  };
}

/** The POSIX sh target: a script with the verbs up, down, build, run, logs, ps. */
export function emitSh(p: Project, context: EmitContext): string {
  const holderFlags: Line[] = [flag('--name', [HOLDER]), flag('--label', [LABEL]), flag('--init')];
  if (p.holder.network) holderFlags.push(flag('--network', [p.holder.network]));
  const ops = new Operations();
  for (const d of p.holder.dns) holderFlags.push(flag('--dns', ops.word(d)));
  for (const h of p.holder.extraHosts) holderFlags.push(flag('--add-host', [`${h.host}:${h.address}`]));
  holderFlags.push(flag('--entrypoint', ['sleep']), [END_OF_OPTIONS, [p.holder.image], ['2147483647']]);
  const common = commonFlags(p);
  const services = p.services.map((s) => serviceView(s, common, ops));
  const build = p.build.map((s) => stepView(s, p, common, ops));
  const upUses = [p.holder, p.services];
  const view: ShView = {
    source: context.source,
    format: p.format,
    // The input's path is repository content: the script says it with its control characters escaped.
    sourceWord: [visible(context.source)],
    holderName: [HOLDER_NAME],
    project: [p.name],
    repoName: [repoName(p.repo)],
    repoPath: [p.workspacePath],
    workspaceDir: [context.workspaceDir],
    upVariables: requiredVariables(upUses),
    upDefines: usesRuntimeVariables(upUses),
    buildVariables: requiredVariables(p.build),
    operations: ops.lines,
    volumes: p.volumes.map((v): Word => [PROJECT, `-${v}`]),
    holder: holderFlags,
    services,
    servicesReversed: [...services].reverse(),
    build,
    buildContainers: build.map((b) => b.container),
    runFlags: [
      ...common,
      flag('--workdir', [p.workspacePath]),
      ...buildEnvironment(p, readVariable).map((e) => flag('--env', [`${e.name}=`, ...e.value])),
    ],
  };
  return render(template, view);
}
