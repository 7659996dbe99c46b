/**
 * The Kubernetes target: one `batch/v1` Job whose pod is the build's one network namespace (services answer at
 * 127.0.0.1, as in Drone 0.4), and one ConfigMap with the scripts its containers run.
 *
 * Guarantees:
 * - No value that is read at run time (`$$NAME`) is ever printed as text: an environment value that is one
 *   reference becomes a `secretKeyRef` (or a `configMapKeyRef` for Drone's build variables), a reference in a
 *   build command is substituted by the step's script when the container starts, and anything else the manifest
 *   cannot carry exactly is a located diagnostic (an error, or a warning where only a setting is lost).
 * - Fields the kubelet expands (`command`, `args`, `env[].value`, exec probes) get every `$` doubled, which the
 *   kubelet reads back as one `$`; every other field is written as it is.
 * - Deterministic: the same project and context give the same bytes.
 */
import { posix } from 'node:path';
import { Diagnostics, type Diagnostic } from '../diagnostics.js';
import type { BuildStep, Container, EnvVar, HealthCheck, Mount, Project, Reference, Service, Value } from '../ir.js';
import type { Span } from '../source.js';
import { parseImage } from '../lower/image.js';
import { flatten, isLiteral, referenceText } from '../lower/values.js';
import { shellWord, type Word } from './quote.js';
import { portGroups } from './readiness.js';
import { template } from '../generated/templates/kube.js';
import { render } from './render.js';
import { buildScript, CI_ALIASES, repoName, RUNTIME_VARIABLES } from './script.js';

/** The image of the init container that clones the repository: pinned, so the manifest does not change under it. */
export const DEFAULT_CLONE_IMAGE = 'alpine/git:2.45.2';

/** What one emitted manifest depends on besides the IR. */
export interface KubeContext {
  /** The input as named in the generated header. */
  readonly source: string;
  /** The workspace folder relative to the output (unused: the pod clones the repository instead of mounting it). */
  readonly workspaceDir: string;
  /** The image of the clone init container; default DEFAULT_CLONE_IMAGE. */
  readonly cloneImage?: string;
}

export interface KubeResult {
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

/** The Job's limits: Drone 0.4's default build timeout, and a day to read the logs before the Job is removed. */
export const ACTIVE_DEADLINE_SECONDS = 3600;
export const TTL_SECONDS_AFTER_FINISHED = 86400;
/** The prefixes of the run's values in a build step's environment, which its script reads and then removes. */
const BUILD_PREFIX = 'dc_build_';
const SECRET_PREFIX = 'dc_secret_';
/** Where the scripts ConfigMap is mounted in the clone and build containers. */
export const SCRIPTS_PATH = '/drone-compose';
/** The most bytes a ConfigMap's data may hold. */
const CONFIGMAP_LIMIT = 1024 * 1024;
/** How long a service waiting on ports may take to listen: the script's default DRONE_COMPOSE_WAIT_TIMEOUT. */
const PORT_WAIT_SECONDS = 120;

/** The names of the objects of one project: what the manifest creates and what the user creates before a run. */
export interface KubeNames {
  /** The Job (and the `app.kubernetes.io/instance` label). */
  readonly job: string;
  /** The ConfigMap of scripts, in the manifest. */
  readonly scripts: string;
  /** The ConfigMap the user creates for each run: DRONE_REMOTE, DRONE_COMMIT and the other build variables. */
  readonly build: string;
  /** The Secret the user creates with a key for every `$$NAME` the file reads. */
  readonly secrets: string;
  /** The registry Secret (`kubernetes.io/dockerconfigjson`) the user creates when images need credentials. */
  readonly registry: string;
}

/** A DNS-1123 label from any text: lowercase letters, digits and `-`, starting and ending with a letter or digit. */
export function dns1123Label(text: string, max = 63): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, max)
    .replace(/^-+/, '')
    .replace(/-+$/, '');
  return s === '' ? 'x' : s;
}

/** The object names for a project name; every one is a DNS-1123 label of at most 63 characters. */
export function kubeNames(projectName: string): KubeNames {
  const job = dns1123Label(projectName, 63 - '-registry'.length);
  return { job, scripts: `${job}-scripts`, build: `${job}-build`, secrets: `${job}-secrets`, registry: `${job}-registry` };
}

/**
 * The build variables Drone 0.4 gave build containers that come from the build ConfigMap, by the ConfigMap key
 * they read: the script's own build variables, their `CI_` aliases, and the build's URL.
 */
const FROM_CONFIGMAP: readonly (readonly [name: string, key: string])[] = [
  ...RUNTIME_VARIABLES.filter((n) => n.startsWith('DRONE_')).map((n) => [n, n] as const),
  ...CI_ALIASES,
  ['CI_BUILD_URL', 'CI_BUILD_URL'],
];
/** Drone's substitutions that fall back to a build variable (`$$COMMIT` is DRONE_COMMIT). */
const SUBSTITUTIONS: readonly (readonly [string, string])[] = [
  ['BUILD_NUMBER', 'DRONE_BUILD_NUMBER'],
  ['COMMIT', 'DRONE_COMMIT'],
  ['BRANCH', 'DRONE_BRANCH'],
  ['TAG', 'DRONE_TAG'],
];

/** The step of a file without a build: the holder's image, no commands. */
const READY_STEP: BuildStep = { name: 'ready', image: [], pull: false, privileged: false, environment: [], volumes: [], devices: [], oomKillDisable: false, at: {}, commands: [] };

/** A literal value: only text. Fields of the view model that reach the manifest can hold nothing else. */
type Literal = readonly string[];

interface EnvView {
  readonly name: string;
  readonly value: Literal | undefined;
  readonly secret: KeyRef | undefined;
  readonly configMap: KeyRef | undefined;
}
interface KeyRef {
  readonly name: string;
  readonly key: string;
  readonly optional: boolean;
}
interface MountView {
  readonly name: string;
  readonly path: string;
  readonly subPath: string | undefined;
  readonly readOnly: boolean;
}
interface ProbeView {
  readonly command: readonly Literal[];
  /** Seconds before the first check: Docker checks first after one interval. Absent: at once. */
  readonly delay?: number;
  readonly period: number;
  readonly timeout: number;
  readonly failures: number;
}
interface ContainerView {
  readonly name: string;
  readonly image: string;
  readonly pullPolicy: string;
  readonly sidecar: boolean;
  readonly command: readonly Literal[] | undefined;
  readonly args: readonly Literal[] | undefined;
  readonly workingDir: string | undefined;
  readonly env: readonly EnvView[] | undefined;
  /** The whole build ConfigMap, each key with a prefix (build steps). */
  readonly envFrom: { readonly prefix: string; readonly name: string } | undefined;
  readonly privileged: boolean;
  readonly memory: string | undefined;
  readonly mounts: readonly MountView[];
  readonly probe: ProbeView | undefined;
}
interface VolumeView {
  readonly name: string;
  readonly emptyDir: boolean;
  readonly hostPath: string | undefined;
  readonly configMap: string | undefined;
}
interface HostAliasView {
  readonly ip: string;
  readonly hostnames: readonly string[];
}
/** What templates/kube.hbs prints; every string is printed through a YAML quoting helper. */
interface KubeView {
  readonly source: string;
  /** The input format (`Drone 0.4`), for the header comment. */
  readonly format: string;
  /** The input has no build: the Job's one step only waits for the services. */
  readonly servicesOnly: boolean;
  readonly names: KubeNames;
  readonly remoteKey: string;
  readonly commitKey: string;
  readonly secretKeys: readonly string[];
  readonly registry: boolean;
  readonly deadline: number;
  readonly ttl: number;
  readonly hostNetwork: boolean;
  readonly nameservers: readonly string[] | undefined;
  readonly hostAliases: readonly HostAliasView[] | undefined;
  readonly volumes: readonly VolumeView[];
  readonly scripts: readonly { readonly key: string; readonly text: string }[];
  readonly initContainers: readonly ContainerView[];
  readonly main: ContainerView;
}

/** An IPv4 address, or IPv6-like text: two linear checks (one regex with `*:*` backtracks on a run of colons). */
function isIP(s: string): boolean {
  return /^([0-9]{1,3}\.){3}[0-9]{1,3}$/.test(s) || (s.indexOf(':') !== -1 && /^[0-9a-fA-F:.]+$/.test(s));
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Environment names Kubernetes 1.29 accepts (later versions accept more). */
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Emits the manifest of a project, or only diagnostics (and no text) when it cannot be expressed. */
export function emitKube(p: Project, ctx: KubeContext): KubeResult {
  const emitter = new KubeEmitter(p, ctx);
  const view = emitter.view();
  const diagnostics = emitter.diags.list;
  if (diagnostics.some((d) => d.severity === 'error')) return { text: '', diagnostics };
  return { text: render(template, view), diagnostics };
}

class KubeEmitter {
  readonly diags = new Diagnostics();
  private readonly names: KubeNames;
  private readonly containerNames = new Set<string>();
  private readonly volumes: VolumeView[] = [];
  private readonly volumeNames = new Map<string, string>();
  private readonly secretKeys = new Set<string>();
  private readonly takenVolumes = new Set<string>();
  /** The next number to try after a base name, so that many names that collide cost linear work. */
  private readonly containerSuffixes = new Map<string, number>();
  private readonly volumeSuffixes = new Map<string, number>();

  constructor(
    private readonly p: Project,
    private readonly ctx: KubeContext,
  ) {
    this.names = kubeNames(p.name);
  }

  private get all(): readonly Container[] {
    return [...this.p.services, ...this.p.build];
  }

  /** The first place a key is written among the containers, for a setting of the whole pod. */
  private firstAt(key: string): Span | undefined {
    for (const c of this.all) if (c.at[key]) return c.at[key];
    return undefined;
  }

  private cannot(c: Container | undefined, key: string, message: string, hint?: string): void {
    this.diags.error('unsupported-option', `${message}: a Kubernetes manifest (target kube) cannot express it`, c ? c.at[key] : this.firstAt(key), hint);
  }

  private lost(c: Container, key: string, message: string, hint?: string): void {
    this.diags.warning('ignored-option', `${message} (target kube)`, c.at[key], hint);
  }

  /** A container name: a DNS-1123 label, unique in the pod. */
  private containerName(name: string): string {
    return unique(dns1123Label(name), this.containerNames, this.containerSuffixes);
  }

  /** The pod volume for a key (`drone`, a named volume, a host path), made on first use; its name is unique. */
  private volume(key: string, make: (name: string) => VolumeView): string {
    let name = this.volumeNames.get(key);
    if (name === undefined) {
      name = unique(dns1123Label(key), this.takenVolumes, this.volumeSuffixes);
      this.volumeNames.set(key, name);
      this.volumes.push(make(name));
    }
    return name;
  }

  view(): KubeView {
    const p = this.p;
    // Without a build, the Job checks that the services start and become ready: its one step runs nothing.
    const build: readonly BuildStep[] = p.build.length > 0 ? p.build : [{ ...READY_STEP, image: [p.holder.image] }];
    // Said in the manifest's header rather than as a warning: a services-only file is as valid for kube as
    // for the other targets (and --strict must accept it alike).
    this.volume('drone', (name) => ({ name, emptyDir: true, hostPath: undefined, configMap: undefined }));
    this.volume('drone-compose', (name) => ({ name, emptyDir: false, hostPath: undefined, configMap: this.names.scripts }));
    const scripts: { key: string; text: string }[] = [];
    this.containerNames.add('clone');
    scripts.push({ key: 'clone.sh', text: this.cloneScript() });
    const cloneImage = this.ctx.cloneImage ?? DEFAULT_CLONE_IMAGE;
    const ref = parseImage(cloneImage);
    if ('error' in ref) this.diags.error('usage', `the clone image ${JSON.stringify(cloneImage)} is not a valid image reference: ${ref.error}`, undefined, `an image with git and sh, such as ${DEFAULT_CLONE_IMAGE}`);
    const clone: ContainerView = {
      name: 'clone',
      image: cloneImage,
      pullPolicy: 'IfNotPresent',
      sidecar: false,
      command: [['/bin/sh'], [`${SCRIPTS_PATH}/clone.sh`]],
      args: undefined,
      workingDir: '/drone',
      env: [
        { name: 'DRONE_REMOTE', value: undefined, secret: undefined, configMap: { name: this.names.build, key: 'DRONE_REMOTE', optional: false } },
        { name: 'DRONE_COMMIT', value: undefined, secret: undefined, configMap: { name: this.names.build, key: 'DRONE_COMMIT', optional: false } },
      ],
      envFrom: undefined,
      privileged: false,
      memory: undefined,
      mounts: [this.droneMount(), this.scriptsMount()],
      probe: undefined,
    };
    const sidecars = p.services.map((s) => this.service(s));
    const steps = build.map((s) => {
      const name = this.containerName(s.name);
      const script = this.stepScript(s, name);
      scripts.push({ key: `${name}.sh`, text: script.text });
      return this.step(s, name, script);
    });
    const main = steps.pop()!;
    // The API server refuses a ConfigMap over 1 MiB.
    let bytes = 0;
    for (const x of scripts) bytes += Buffer.byteLength(x.key) + Buffer.byteLength(x.text);
    if (bytes > CONFIGMAP_LIMIT) {
      this.cannot(p.build[0], 'commands', `the build's scripts take ${bytes} bytes, more than the ${CONFIGMAP_LIMIT} a ConfigMap may hold`, 'move long commands into a script in the repository');
    }
    return {
      source: this.ctx.source,
      format: this.p.format,
      servicesOnly: this.p.build.length === 0,
      names: this.names,
      remoteKey: 'DRONE_REMOTE',
      commitKey: 'DRONE_COMMIT',
      secretKeys: [...this.secretKeys].sort(),
      registry: this.all.some((c) => c.auth),
      deadline: ACTIVE_DEADLINE_SECONDS,
      ttl: TTL_SECONDS_AFTER_FINISHED,
      ...this.pod(),
      volumes: this.volumes,
      scripts,
      initContainers: [clone, ...sidecars, ...steps],
      main,
    };
  }

  // ---- the pod: the one namespace -------------------------------------------------------------

  private podCache: Pick<KubeView, 'hostNetwork' | 'nameservers' | 'hostAliases'> | undefined;

  /** hostNetwork, DNS and /etc/hosts: what Docker set on the holder, for the whole pod. */
  private pod(): Pick<KubeView, 'hostNetwork' | 'nameservers' | 'hostAliases'> {
    if (this.podCache) return this.podCache;
    const holder = this.p.holder;
    let hostNetwork = false;
    const net = holder.network;
    if (net === 'host') hostNetwork = true;
    else if (net !== undefined && net.startsWith('container:')) {
      this.cannot(undefined, 'net', `\`net: ${net}\` joins the namespace of another container, which a pod cannot`, 'remove net:, or use the sh target');
    } else if (net === 'none') {
      this.cannot(undefined, 'net', '`net: none` takes the network away, which every pod has', 'remove net:, or use the sh target');
    } else if (net !== undefined && net !== 'bridge' && net !== 'default') {
      const c = this.all.find((x) => x.at['net']);
      if (c) this.lost(c, 'net', `\`net: ${net}\` is not carried: the pod is on the cluster's network`, 'remove net:');
    }
    let nameservers: string[] | undefined;
    if (holder.dns.length > 0) {
      if (holder.dns.some((d) => !isLiteral(d))) this.cannot(undefined, 'dns', 'a `dns` entry with a $$ reference is read at run time');
      else if (holder.dns.length > 3) this.cannot(undefined, 'dns', `${holder.dns.length} DNS servers are more than the 3 a pod may have`);
      else if (holder.dns.some((d) => !isIP(d.join('')))) this.cannot(undefined, 'dns', 'a `dns` entry is not an IP address, which is all a pod takes');
      else nameservers = holder.dns.map((d) => d.join(''));
    }
    const groups = new Map<string, string[]>();
    const named = new Map<string, string>();
    const add = (ip: string, host: string) => {
      if (named.has(host)) return;
      named.set(host, ip);
      const list = groups.get(ip);
      if (list) list.push(host);
      else groups.set(ip, [host]);
    };
    for (const h of holder.extraHosts) {
      const host = h.host.toLowerCase();
      if (!DNS1123_SUBDOMAIN.test(host)) {
        this.cannot(undefined, 'extra_hosts', `the extra_hosts name \`${h.host}\` is not a DNS name Kubernetes accepts (lowercase letters, digits, \`-\` and \`.\`)`);
        continue;
      }
      const earlier = named.get(host);
      if (earlier !== undefined && earlier !== h.address) {
        this.cannot(undefined, 'extra_hosts', `extra_hosts maps \`${h.host}\` to ${h.address}, and the same name in other letters to ${earlier}, which a pod's lowercase host names cannot tell apart`);
        continue;
      }
      add(h.address, host);
    }
    // Services answer at 127.0.0.1; their names do too, where they are host names.
    for (const s of this.p.services) {
      const host = s.name.toLowerCase();
      if (DNS1123_SUBDOMAIN.test(host) && host.length <= 253) add('127.0.0.1', host);
    }
    const hostAliases = [...groups].map(([ip, hostnames]) => ({ ip, hostnames }));
    this.podCache = { hostNetwork, nameservers, hostAliases: hostAliases.length > 0 ? hostAliases : undefined };
    return this.podCache;
  }

  // ---- containers -----------------------------------------------------------------------------

  private droneMount(): MountView {
    return { name: this.volumeNames.get('drone')!, path: '/drone', subPath: undefined, readOnly: false };
  }

  private scriptsMount(): MountView {
    return { name: this.volumeNames.get('drone-compose')!, path: SCRIPTS_PATH, subPath: undefined, readOnly: true };
  }

  /** What every container has: its image, pull policy, security context, memory, mounts; checks the rest. */
  private common(c: Container, extraMounts: readonly MountView[]) {
    let image = '';
    if (!isLiteral(c.image)) this.cannot(c, 'image', `the image of \`${c.name}\` is read at run time (${flatten(c.image, (n) => `$$${n}`)})`);
    else image = c.image.join('');
    if (c.cpuset) this.lost(c, 'cpuset', `\`cpuset\` of \`${c.name}\` is not carried: Kubernetes pins CPUs only through its CPU manager`, 'remove cpuset:, or ask for whole CPUs in a Guaranteed pod');
    if (c.oomKillDisable) this.lost(c, 'oom_kill_disable', `\`oom_kill_disable\` of \`${c.name}\` is not carried: the kubelet decides what the OOM killer may kill`, 'remove oom_kill_disable:');
    for (const d of c.devices) {
      const host = flatten(d.host, () => '');
      const same = d.container === undefined || (isLiteral(d.container) && d.container.join('') === host);
      const all = d.permissions === undefined || ['r', 'w', 'm'].every((x) => d.permissions!.includes(x));
      if (c.privileged && isLiteral(d.host) && same && all) {
        this.lost(c, 'devices', `the device ${host} of \`${c.name}\` is not listed: a privileged container already sees every host device`);
      } else {
        this.cannot(c, 'devices', `the device ${flatten(d.host, (n) => `$$${n}`)} of \`${c.name}\` maps a host device into the container`, 'use privileged: true (every host device at its own path), or a device plugin');
      }
    }
    const mounts: MountView[] = [this.droneMount(), ...extraMounts];
    const paths = new Set(mounts.map((x) => x.path));
    for (const m of c.volumes) {
      const mount = this.mount(c, m);
      if (!mount) continue;
      if (paths.has(mount.path)) {
        this.cannot(c, 'volumes', `\`${c.name}\` mounts two volumes at ${mount.path}`);
        continue;
      }
      paths.add(mount.path);
      mounts.push(mount);
    }
    return {
      image,
      pullPolicy: c.pull ? 'Always' : 'IfNotPresent',
      privileged: c.privileged,
      memory: c.memLimit === undefined ? undefined : kubeMemory(c.memLimit),
      mounts,
    };
  }

  /** A `volumes` entry: a named volume as an emptyDir of the pod, a host path, or a path in the workspace. */
  private mount(c: Container, m: Mount): MountView | undefined {
    if (!isLiteral(m.container) || (m.volume === undefined && !isLiteral(m.host))) {
      this.cannot(c, 'volumes', `a volume of \`${c.name}\` has a path read at run time`);
      return undefined;
    }
    const path = m.container.join('');
    const modes = (m.mode ?? '').split(',').filter((x) => x !== '');
    const readOnly = modes.includes('ro');
    const lost = modes.filter((x) => !['ro', 'rw', 'nocopy', 'cached', 'delegated', 'consistent'].includes(x));
    if (lost.length > 0) this.lost(c, 'volumes', `the mount option ${lost.join(',')} of the volume at ${path} of \`${c.name}\` is not carried`);
    if (m.volume !== undefined) {
      const name = this.volume(`volume-${m.volume}`, (n) => ({ name: n, emptyDir: true, hostPath: undefined, configMap: undefined }));
      return { name, path, subPath: undefined, readOnly };
    }
    const host = m.host.join('');
    if (m.relative) {
      const inside = posix.normalize(host);
      if (inside === '..' || inside.startsWith('../')) {
        this.cannot(c, 'volumes', `the volume ${host} of \`${c.name}\` is outside the workspace, which is all the pod has of the repository`);
        return undefined;
      }
      const sub = posix.join(this.p.workspacePath.slice('/drone/'.length), inside).replace(/\/$/, '');
      return { name: this.volumeNames.get('drone')!, path, subPath: sub, readOnly };
    }
    if (host.split('/').includes('..')) {
      this.cannot(c, 'volumes', `the host path ${host} of \`${c.name}\` goes back up with \`..\`, which a hostPath may not`, 'write the path without ..');
      return undefined;
    }
    const name = this.volume(`host:${host}`, (n) => ({ name: n, emptyDir: false, hostPath: host, configMap: undefined }));
    return { name, path, subPath: undefined, readOnly };
  }

  private service(s: Service): ContainerView {
    const name = this.containerName(s.name);
    const base = this.common(s, []);
    let command: Literal[] | undefined;
    let args: Literal[] | undefined;
    const words = (list: readonly Value[], key: string): Literal[] | undefined => {
      if (list.every(isLiteral)) return list as Literal[];
      this.cannot(s, key, `\`${key}\` of \`${s.name}\` reads a $$ variable at run time`, 'pass the value through environment: and read it in the command');
      return undefined;
    };
    const cmd = s.command ?? [];
    if (s.entrypoint) {
      const [first, ...rest] = s.entrypoint;
      if (first === undefined || (isLiteral(first) && first.join('') === '')) {
        // `--entrypoint ''` clears the image's entrypoint: the words that follow are the whole command.
        if (rest.length + cmd.length === 0) this.cannot(s, 'entrypoint', `the empty \`entrypoint\` of \`${s.name}\` without a command`);
        else command = words([...rest, ...cmd], 'entrypoint');
      } else {
        command = words(s.entrypoint, 'entrypoint');
        if (cmd.length > 0) args = words(cmd, 'command');
      }
    } else if (cmd.length > 0) {
      args = words(cmd, 'command');
    }
    return {
      name,
      ...base,
      sidecar: true,
      command,
      args,
      workingDir: undefined,
      env: this.environment(s, s.environment),
      envFrom: undefined,
      probe: this.probe(s),
    };
  }

  /**
   * A build step: its script from the ConfigMap, in the workspace. Its own literal environment is in the pod; a value
   * read at run time is computed by the script, from the Secret (each `$$NAME` as `dc_secret_NAME`) and the build
   * ConfigMap (all of it, with the prefix `dc_build_`), which the script removes from the environment again.
   */
  private step(s: BuildStep, name: string, script: StepScript): ContainerView {
    const base = this.common(s, [this.scriptsMount()]);
    const env: EnvView[] = [];
    for (const e of s.environment) {
      if (!ENV_NAME.test(e.name)) {
        this.cannot(s, 'environment', `the environment name ${JSON.stringify(e.name)} of \`${s.name}\` is not one Kubernetes 1.29 accepts`, 'use letters, digits, `_`, `-` and `.`, not starting with a digit');
      } else if (isLiteral(e.value)) env.push({ name: e.name, value: e.value, secret: undefined, configMap: undefined });
    }
    for (const [key, optional] of script.secrets) {
      this.secretKeys.add(key);
      env.push({ name: `${SECRET_PREFIX}${key}`, value: undefined, secret: { name: this.names.secrets, key, optional }, configMap: undefined });
    }
    return {
      name,
      ...base,
      sidecar: false,
      command: [['/bin/sh'], [`${SCRIPTS_PATH}/${name}.sh`]],
      args: undefined,
      workingDir: this.p.workspacePath,
      env: env.length > 0 ? env : undefined,
      envFrom: { prefix: BUILD_PREFIX, name: this.names.build },
      probe: undefined,
    };
  }

  /**
   * Environment entries: literal values as they are, a value that is one `$$NAME` from where the run provides it.
   * A value that mixes text and references, or applies an operation, cannot be written.
   */
  private environment(c: Container, env: readonly EnvVar[]): EnvView[] | undefined {
    const out: EnvView[] = [];
    for (const e of env) {
      if (!ENV_NAME.test(e.name)) {
        this.cannot(c, 'environment', `the environment name ${JSON.stringify(e.name)} of \`${c.name}\` is not one Kubernetes 1.29 accepts`, 'use letters, digits, `_`, `-` and `.`, not starting with a digit');
        continue;
      }
      if (isLiteral(e.value)) {
        out.push({ name: e.name, value: e.value, secret: undefined, configMap: undefined });
        continue;
      }
      const [only] = e.value;
      if (e.value.length !== 1 || typeof only !== 'object' || only.op) {
        this.cannot(c, 'environment', `\`${e.name}\` of \`${c.name}\` is ${show(e.value)}, which is computed at run time; a pod takes an environment value as it is or whole from a Secret`, 'make the whole value one $$NAME and put the computed value in the Secret');
        continue;
      }
      out.push({ name: e.name, ...this.source(only) });
    }
    return out.length > 0 ? out : undefined;
  }

  /** Where a pod reads a `$$NAME` environment value from: a fixed build value, the build ConfigMap, or the Secret. */
  private source(r: Reference): Pick<EnvView, 'value' | 'secret' | 'configMap'> {
    const fixed: Record<string, string> = { CI: 'true', CI_NAME: 'drone', DRONE: 'true', DRONE_DIR: this.p.workspacePath, CI_BUILD_DIR: this.p.workspacePath };
    if (Object.hasOwn(fixed, r.env)) return { value: [fixed[r.env]!], secret: undefined, configMap: undefined };
    const key = FROM_CONFIGMAP.find(([n]) => n === r.env)?.[1] ?? SUBSTITUTIONS.find(([n]) => n === r.env)?.[1];
    if (key) return { value: undefined, secret: undefined, configMap: { name: this.names.build, key, optional: true } };
    this.secretKeys.add(r.env);
    return { value: undefined, secret: { name: this.names.secrets, key: r.env, optional: false }, configMap: undefined };
  }

  /**
   * The startup probe of a sidecar: its health check, or its ports listening. Always an exec probe in the service's
   * own container: a tcpSocket probe connects to the pod's IP, which a service bound to 127.0.0.1 never answers.
   */
  private probe(s: Service): ProbeView | undefined {
    const r = s.readiness;
    if (r.kind === 'ports') {
      return { command: [['sh'], ['-c'], [PORT_CHECK], ['sh'], ...portGroups(r.ports).split(',').map((g) => [g])], period: 1, timeout: 5, failures: PORT_WAIT_SECONDS };
    }
    if (r.kind !== 'health' || !s.healthcheck?.test) return undefined;
    const h: HealthCheck = s.healthcheck;
    const test = h.test!;
    const command = 'shell' in test ? [['/bin/sh'], ['-c'], test.shell] : test.exec;
    if (!command.every(isLiteral)) {
      this.cannot(s, 'healthcheck', `the health check of \`${s.name}\` reads a $$ variable at run time`);
      return undefined;
    }
    // Docker reads 0 (or nothing) as its defaults: 30 s between checks and for each, 3 failures.
    const period = positive(seconds(h.interval)) ?? 30;
    const timeout = positive(seconds(h.timeout)) ?? 30;
    const retries = h.retries || 3;
    // Docker does not count failures during the start period; a startup probe allows that many more.
    const grace = h.startPeriod ? Math.ceil((seconds(h.startPeriod) ?? 0) / period) : 0;
    const failures = retries + grace;
    if (Math.max(period, timeout, failures) > INT32_MAX) {
      this.cannot(s, 'healthcheck', `the health check of \`${s.name}\` waits longer or retries more than a probe's 32-bit fields can say (${INT32_MAX})`, 'use shorter durations and fewer retries');
      return undefined;
    }
    return { command: command as Literal[], delay: period, period, timeout, failures };
  }

  // ---- scripts --------------------------------------------------------------------------------

  private header(what: string): string {
    return `#!/bin/sh\n# Code generated by drone-compose from ${oneLine(this.ctx.source)}; DO NOT EDIT.\n# ${what}\n`;
  }

  private cloneScript(): string {
    const ws = shellWord([this.p.workspacePath]);
    return (
      this.header(`Clones DRONE_REMOTE at DRONE_COMMIT (from the ConfigMap ${this.names.build}) into the workspace, as ${this.p.format} did.`) +
      'set -eu\n' +
      `mkdir -p ${ws}\n` +
      `cd ${ws}\n` +
      'git init -q\n' +
      'git remote add origin "$DRONE_REMOTE"\n' +
      'git fetch -q --depth 50 origin "$DRONE_COMMIT" || git fetch -q origin\n' +
      'git checkout -q -f "$DRONE_COMMIT"\n' +
      'git submodule update -q --init --recursive\n'
    );
  }

  /**
   * A build step's script: Drone's build variables, then its commands in one `/bin/sh -e`, each echoed first, with
   * every `$$NAME` substituted into the text when the container starts, as Drone substituted it into the file.
   * Values come from where the generated sh script reads them: the step's environment, else the run's (the
   * ConfigMap and the Secret), else the script's defaults.
   */
  private stepScript(s: BuildStep, name: string): StepScript {
    const repo = repoName(this.p.repo);
    const defaults: Record<string, string> = { DRONE_REPO: repo, DRONE_BUILD_NUMBER: '0', DRONE_JOB_NUMBER: '1' };
    const ws = this.p.workspacePath;
    const fixed: Record<string, string> = { CI: 'true', CI_NAME: 'drone', DRONE: 'true', DRONE_DIR: ws, CI_BUILD_DIR: ws };
    /** The run's value of a build variable, as shell text for double quotes (defaults hold only `/._-`, letters and digits). */
    const runValue = (n: string): string | undefined => {
      if (Object.hasOwn(fixed, n)) return safe(fixed[n]!);
      const key = FROM_CONFIGMAP.find(([x]) => x === n)?.[1];
      if (key) return `\${${BUILD_PREFIX}${key}-${safe(defaults[key] ?? '')}}`;
      const from = SUBSTITUTIONS.find(([x]) => x === n)?.[1];
      // `$$BUILD_NUMBER` is DRONE_BUILD_NUMBER's key, in a step's script as in a service's environment.
      if (from) return `\${${BUILD_PREFIX}${from}-${safe(defaults[from] ?? '')}}`;
      return undefined;
    };
    const secrets = new Map<string, boolean>();
    const readers = new Map<string, string>();
    let code = '';
    /** A shell variable holding the value of a reference, computed once. */
    const read = (r: Reference): string => {
      const key = JSON.stringify(r);
      const known = readers.get(key);
      if (known) return known;
      const id = `dc_v${readers.size + 1}`;
      let from = runValue(r.env);
      if (from === undefined) {
        from = `\${${SECRET_PREFIX}${r.env}-}`;
        const optional = r.op?.op === 'default';
        secrets.set(r.env, (secrets.get(r.env) ?? true) && optional);
      }
      code += operation(id, from, r.op);
      readers.set(key, id);
      return id;
    };
    const word = (value: Value): Word => value.map((part) => (typeof part === 'string' ? part : { var: read(part) }));
    const exports: string[] = [];
    for (const e of s.environment) {
      if (isLiteral(e.value) || !ENV_NAME.test(e.name)) continue;
      if (!IDENTIFIER.test(e.name)) {
        this.cannot(s, 'environment', `\`${e.name}\` of \`${s.name}\` is computed at run time, by the step's shell, which cannot set a variable of that name`, 'use letters, digits and `_`');
        continue;
      }
      exports.push(`export ${e.name}=${shellWord(word(e.value))}\n`);
    }
    const command = shellWord(word(buildScript(s)));
    let out = this.header(`Build step \`${oneLine(s.name)}\` (container ${name}): its commands in one /bin/sh -e, as ${this.p.format} ran them.`);
    out += `# Build variables: the container's own, else the ConfigMap ${this.names.build}'s (read with the prefix ${BUILD_PREFIX}), else defaults.\n`;
    for (const n of Object.keys(fixed)) out += `export ${n}="\${${n}-${fixed[n]}}"\n`;
    for (const [n] of FROM_CONFIGMAP) out += `export ${n}="\${${n}-${runValue(n)!}}"\n`;
    if (code !== '') out += '# The $$ references of the file, read from the run\'s environment.\n' + code;
    out += exports.join('');
    const unset = [...['DRONE_REMOTE', ...FROM_CONFIGMAP.map(([, key]) => key), ...SUBSTITUTIONS.map(([n]) => n)].map((k) => `${BUILD_PREFIX}${k}`), ...[...secrets.keys()].map((k) => `${SECRET_PREFIX}${k}`)];
    out += `unset ${[...new Set(unset)].join(' ')}\n`;
    out += `exec /bin/sh -e -c ${command}\n`;
    return { text: out, secrets: [...secrets].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)) };
  }
}

/** A step's script and the Secret keys it reads (each optional when only read with a default). */
interface StepScript {
  readonly text: string;
  readonly secrets: readonly (readonly [string, boolean])[];
}

/**
 * Shell code that sets `id` to a reference's value, read from `from` (shell text for double quotes), through
 * Drone's operation when it has one, computed as the generated sh script computes it (lengths in bytes).
 */
function operation(id: string, from: string, op: Reference['op']): string {
  const read = `${id}="${from}"\n`;
  if (!op) return read;
  switch (op.op) {
    case 'default':
      return `${read}[ -n "$${id}" ] || ${id}=${shellWord([op.word])}\n`;
    case 'prefix':
      return `${read}dc_w=${shellWord([op.word])}\n${id}=\${${id}#"$dc_w"}\n`;
    case 'suffix':
      return `${read}dc_w=${shellWord([op.word])}\n${id}=\${${id}%"$dc_w"}\n`;
    case 'replace':
      return (
        `${read}dc_old=${shellWord([op.old])}\ndc_new=${shellWord([op.new])}\ndc_rest=$${id}\n${id}=\n` +
        'while :; do\n' +
        '  case $dc_rest in\n' +
        `    *"$dc_old"*) ${id}=$${id}\${dc_rest%%"$dc_old"*}$dc_new; dc_rest=\${dc_rest#*"$dc_old"} ;;\n` +
        '    *) break ;;\n' +
        '  esac\n' +
        'done\n' +
        `${id}=$${id}$dc_rest\n`
      );
    case 'head':
    case 'substring': {
      const start = op.op === 'head' ? 0 : op.start;
      return (
        `${read}dc_lc=\${LC_ALL+set}\ndc_lc_value=\${LC_ALL-}\nLC_ALL=C\ndc_rest=$${id}\ndc_n=${start}\n` +
        'while [ "$dc_n" -gt 0 ] && [ -n "$dc_rest" ]; do dc_rest=${dc_rest#?}; dc_n=$((dc_n - 1)); done\n' +
        `${id}=\ndc_n=${op.length}\n` +
        `while [ "$dc_n" -gt 0 ] && [ -n "$dc_rest" ]; do dc_tail=\${dc_rest#?}; ${id}=$${id}\${dc_rest%"$dc_tail"}; dc_rest=$dc_tail; dc_n=$((dc_n - 1)); done\n` +
        'if [ "$dc_lc" = set ]; then LC_ALL=$dc_lc_value; else unset LC_ALL; fi\n'
      );
    }
    case 'quote':
      // The value escaped for a double-quoted shell string: \ " $ and ` get a backslash.
      return (
        `dc_in="${from}"\n${id}=\n` +
        'while [ -n "$dc_in" ]; do\n' +
        '  dc_rest=${dc_in#?}\n' +
        '  dc_c=${dc_in%"$dc_rest"}\n' +
        `  case $dc_c in \\\\ | '"' | '$' | '\`') ${id}="$${id}\\\\$dc_c" ;; *) ${id}="$${id}$dc_c" ;; esac\n` +
        '  dc_in=$dc_rest\n' +
        'done\n'
      );
  }
}

/**
 * Reads the namespace's listening TCP ports from /proc/net/tcp and tcp6 (no connection is made) and succeeds
 * when every port group given as an argument has one port listening (`a/b` are alternatives, hex as in /proc).
 */
const PORT_CHECK =
  'now=; for f in /proc/net/tcp /proc/net/tcp6; do [ -r "$f" ] || continue; while read -r sl local rest; do case $rest in *" 0A "*) now="$now ${local##*:}" ;; esac; done <"$f"; done; ' +
  'for g in "$@"; do case "$now " in *" ${g%%/*} "* | *" ${g#*/} "*) ;; *) exit 1 ;; esac; done';

const UNITS: Record<string, number> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const KUBE_UNITS: Record<string, string> = { b: '', k: 'Ki', m: 'Mi', g: 'Gi' };

/**
 * Docker's memory size as a Kubernetes quantity of the same number of bytes: `512m` is 512 MiB (`512Mi`), a
 * number without unit is bytes, and a fraction (`1.5g`) is the whole bytes Docker computes from it.
 */
export function kubeMemory(docker: string): string {
  const m = /^([0-9]+)(\.[0-9]+)?([bkmgBKMG]?)$/.exec(docker);
  if (!m) throw new Error(`not a docker size: ${docker}`);
  const unit = (m[3] || 'b').toLowerCase();
  const whole = m[1]!.replace(/^0+(?=[0-9])/, '');
  if (m[2] === undefined) return `${whole}${KUBE_UNITS[unit]}`;
  // As Docker's units.RAMInBytes: the float64 product, truncated.
  return String(Math.trunc(Number.parseFloat(`${m[1]}${m[2]}`) * UNITS[unit]!));
}

/** The largest value of a probe's fields (int32 in the Kubernetes API). */
const INT32_MAX = 2 ** 31 - 1;

/** A duration read as seconds, unless it is zero (which Docker reads as its default). */
function positive(s: number | undefined): number | undefined {
  return s === undefined || s <= 0 ? undefined : s;
}

/** A Go duration (`1m30s`, `500ms`) in whole seconds, rounded up, at least 1 (0 for zero); undefined when absent or unreadable. */
export function seconds(duration: string | undefined): number | undefined {
  if (duration === undefined) return undefined;
  const re = /([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)/gy;
  const scale: Record<string, number> = { ns: 1e-9, us: 1e-6, '\u00b5s': 1e-6, '\u03bcs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
  let total = 0;
  let at = 0;
  for (let m = re.exec(duration); m; m = re.exec(duration)) {
    total += Number.parseFloat(m[1]!) * scale[m[2]!]!;
    at = re.lastIndex;
  }
  if (at !== duration.length || at === 0) {
    if (!/^[0-9]+$/.test(duration)) return undefined;
    const n = Number(duration);
    return n === 0 ? 0 : Math.max(1, Math.ceil(n / 1e9));
  }
  return total === 0 ? 0 : Math.max(1, Math.ceil(total - 1e-9));
}

/** `base`, or `base-2`, `base-3`, … (within 63 characters), whichever is not taken yet; marks it taken. */
function unique(base: string, taken: Set<string>, next: Map<string, number>): string {
  let out = base;
  for (let i = next.get(base) ?? 2; taken.has(out); i++) {
    out = `${base.slice(0, 62 - String(i).length).replace(/-+$/, '')}-${i}`;
    next.set(base, i + 1);
  }
  taken.add(out);
  return out;
}

function safe(text: string): string {
  if (!/^[A-Za-z0-9._/-]*$/.test(text)) throw new Error(`not a plain default: ${text}`);
  return text;
}

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}

function show(value: Value): string {
  return `\`${flatten(value, (_, part) => referenceText(part))}\``;
}
