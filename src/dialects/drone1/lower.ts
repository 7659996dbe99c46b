/**
 * Lowering of a decoded later-format pipeline (0.5–0.8 or 1.x) to the IR, with the rules both formats share:
 * trust, names, plugin steps, step order, and the one-namespace networking (every service name resolves to
 * 127.0.0.1 through the holder's hosts entries).
 */
import { show, type Diagnostics } from '../../diagnostics.js';
import { HOLDER_NAME, type BuildStep, type Container, type Device, type EnvVar, type ExtraHost, type Mount, type PortWait, type Readiness, type Service, type Value } from '../../ir.js';
import { parseImage } from '../../lower/image.js';
import { guessPorts } from '../../lower/readiness.js';
import { shellWords } from '../../lower/shellwords.js';
import { concat, concatAll, flatten, isLiteral, isShellVariable, RESERVED_PREFIX } from '../../lower/values.js';
import type { Span } from '../../source.js';
import type { FrontOptions, LoweredProject } from '../dialect.js';
import type { ContainerModel, EnvEntry, L, PipelineModel } from './model.js';
import { substitute, type SubstituteContext } from './substitute.js';

/** What differs between the formats in lowering. */
export interface Format {
  /** 0.5–0.8 refused every volume of an untrusted repository; 1.x only host and in-memory ones. */
  readonly everyVolumeTrusted: boolean;
}

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const HOST_NAME = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const MOUNT_OPTIONS = new Set(['ro', 'rw', 'z', 'Z', 'shared', 'slave', 'private', 'rshared', 'rslave', 'rprivate', 'nocopy', 'cached', 'delegated', 'consistent']);
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const TRUST_HINT = 'pass --trusted to allow it, as a Drone administrator marks a repository trusted';
/** The most values the pipeline's environment may be copied into the containers as (entries × containers). */
const MAX_COPIED_VALUES = 100_000;

/** Lowers a decoded pipeline; reports every problem into `diags` and keeps going. */
export function lowerPipeline(model: PipelineModel, options: FrontOptions, diags: Diagnostics, format: Format, text?: string): LoweredProject {
  return new Lowering(model, options, diags, format, text).project();
}

class Lowering {
  private readonly used = new Set<string>();
  private readonly ctx: SubstituteContext;
  private readonly namedVolumes = new Set<string>();
  private readonly hosts = new Map<string, { address: string; span: Span | undefined }>();
  private network: L<string> | undefined;
  private readonly dns: Value[] = [];
  private readonly dnsSeen = new Set<string>();
  private readonly names = new Map<string, string>([[HOLDER_NAME, 'the namespace holder']]);

  constructor(
    private readonly model: PipelineModel,
    private readonly options: FrontOptions,
    private readonly diags: Diagnostics,
    private readonly format: Format,
    text: string | undefined,
  ) {
    this.ctx = { diags, used: this.used, targets: options.targets, ...(text !== undefined ? { text } : {}) };
  }

  project(): LoweredProject {
    const m = this.model;
    const plugins = m.steps.filter((s) => s.plugin);
    if (plugins.length > 0) {
      const names = plugins.map((s) => `\`${s.name.value}\``).join(', ');
      this.diags.warning(
        'skipped-step',
        `${plugins.length === 1 ? 'the plugin step' : `${plugins.length} plugin steps`} ${names} ${plugins.length === 1 ? 'is' : 'are'} not run: plugins publish, deploy or notify, which belongs to Drone`,
        plugins[0]!.span,
        'run a plugin yourself with `run IMAGE` if you need it; only steps with commands: are build steps',
      );
    }
    const detached = m.steps.filter((s) => !s.plugin && s.detach?.value === true);
    // A step may wait for a plugin (never run) or a detached step (started with the services): both are met.
    const met = new Set([...plugins, ...detached].map((s) => s.name.value));
    const steps = this.order(m.steps.filter((s) => !s.plugin && s.detach?.value !== true), met);
    if (m.trigger) {
      this.diags.warning('unconditional-step', 'the pipeline has trigger: conditions, which cannot be decided outside Drone; it always runs', m.trigger, 'run the build only when you want it');
    }
    this.checkTrust([...m.services, ...detached, ...steps]);
    for (const c of [...m.services, ...detached, ...steps]) {
      if (!c.when) continue;
      this.diags.warning(
        'unconditional-step',
        `${c.label} has when: conditions, which cannot be decided outside Drone; it always ${c.kind === 'service' || c.detach?.value ? 'starts' : 'runs'}`,
        c.when,
        'guard the commands in the shell instead, e.g. [ "$DRONE_BRANCH" = master ] || exit 0',
      );
    }

    const services: Service[] = [];
    for (const c of [...m.services, ...detached]) {
      const name = this.containerName(c, '');
      if (name === undefined) continue;
      const container = this.container(c, name);
      if (c.commands && c.commands.length > 0) {
        // As Drone's runner did: the commands run as one shell script in place of the image's command.
        const script = concatAll(c.commands.map((cmd, i) => concat(i > 0 ? ['\n'] : [], this.value(cmd))));
        services.push({ ...container, entrypoint: [['/bin/sh'], ['-e'], ['-c']], command: [script], readiness: this.readiness(c, container) });
      } else {
        services.push({ ...container, readiness: this.readiness(c, container) });
      }
      if (HOST_NAME.test(c.name.value)) this.host(c.name.value, '127.0.0.1', undefined);
    }
    const build: BuildStep[] = [];
    for (const c of steps) {
      const name = this.containerName(c, 'build-');
      if (name === undefined) continue;
      const container = this.container(c, name);
      for (const key of ['entrypoint', 'command'] as const) {
        if (c[key] !== undefined) this.diags.warning('ignored-option', `\`${key}\` of ${c.label} is ignored: a build step runs its commands with /bin/sh`, c.at[key] ?? c.span);
      }
      const commands = (c.commands ?? []).map((cmd) => this.value(cmd));
      if (commands.length === 0) this.diags.warning('empty-build', `${c.label} has no commands; its container starts and exits`, c.span);
      build.push({ ...container, commands });
    }
    return {
      name: this.options.name,
      repo: this.options.repo,
      workspacePath: m.workspacePath,
      ...(m.workspaceBase !== '/drone' ? { workspaceBase: m.workspaceBase } : {}),
      holder: {
        image: this.options.holderImage,
        ...(this.network ? { network: this.network.value } : {}),
        dns: this.dns,
        extraHosts: [...this.hosts].map(([host, h]): ExtraHost => ({ host, address: h.address })),
      },
      services,
      build,
      volumes: [...this.namedVolumes],
      variables: [...this.used].sort(),
    };
  }

  // ---- rules ----------------------------------------------------------------------------------

  /** The 1.x linter's trust rules (and 0.5-0.8's, which also refused every volume), located at the option. */
  private checkTrust(containers: readonly ContainerModel[]): void {
    if (this.options.trusted) return;
    const refuse = (what: string, c: ContainerModel, span: Span) =>
      this.diags.error('untrusted-option', `${what} in ${c.label} is a trusted-only option`, span, TRUST_HINT);
    for (const c of containers) {
      if (c.privileged?.value === true) refuse('`privileged`', c, c.privileged.key ?? c.privileged.span);
      if (c.devices.length > 0) refuse('`devices`', c, c.at['devices'] ?? c.span);
      if (c.dns.length > 0) refuse('`dns`', c, c.at['dns'] ?? c.span);
      if (c.dnsSearch.length > 0) refuse('`dns_search`', c, c.at['dns_search'] ?? c.span);
      if (c.extraHosts.length > 0) refuse('`extra_hosts`', c, c.at['extra_hosts'] ?? c.span);
      if (c.networkMode) refuse('`network_mode`', c, c.networkMode.key ?? c.networkMode.span);
      if (this.format.everyVolumeTrusted && c.volumes.length > 0) refuse('`volumes`', c, c.at['volumes'] ?? c.span);
    }
    // As the 1.x linter: every host volume of the pipeline, and every in-memory one, whether a step mounts it or not.
    for (const v of this.model.volumes.values()) {
      const where = `the volume \`${v.name.value}\` of the pipeline`;
      if (v.host) this.diags.error('untrusted-option', `\`host\` in ${where} is a trusted-only option (a host folder)`, v.host.key, TRUST_HINT);
      else if (v.temp?.medium?.value === 'memory') this.diags.error('untrusted-option', `\`medium: memory\` in ${where} is a trusted-only option`, v.temp.medium.key ?? v.temp.medium.span, TRUST_HINT);
    }
  }

  /** Whether a trusted-only option may be lowered: trusted runs only (untrusted ones were refused above). */
  private get trusted(): boolean {
    return this.options.trusted;
  }

  /** The container name (`db`, `build-test`), checked for Docker and for collisions; undefined when unusable. */
  private containerName(c: ContainerModel, prefix: string): string | undefined {
    let base = c.name.value;
    if (!NAME.test(base)) {
      // Drone's names are labels (`go:build`); a container needs Docker's name characters.
      base = base.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[^a-zA-Z0-9]+/, '');
      if (base === '' || (prefix === '' && c.kind === 'service')) {
        this.diags.error('invalid-name', `the name ${show(c.name.value)} of ${c.label} cannot name a container`, c.name.span, 'use letters, digits, `_`, `.` and `-`, starting with a letter or digit');
        return undefined;
      }
    }
    const name = prefix + base;
    const other = this.names.get(name.toLowerCase());
    if (other) {
      this.diags.error('name-collision', `${c.label} would be named \`${name}\`, like ${other}`, c.name.span, 'rename one of them');
      return undefined;
    }
    this.names.set(name.toLowerCase(), c.label);
    return name;
  }

  /**
   * Steps in an order that respects `depends_on`: declaration order, except that a step waits for the steps it
   * depends on (the implicit `clone`, skipped plugin steps and detached steps are met). Unknown names and cycles
   * are errors.
   */
  private order(steps: readonly ContainerModel[], skipped: ReadonlySet<string>): ContainerModel[] {
    if (!steps.some((s) => s.dependsOn.length > 0)) return [...steps];
    const index = new Map<string, number>();
    steps.forEach((s, i) => index.set(s.name.value, i));
    // The hint names a few steps, so that many unknown names cost linear work.
    const names = [...index.keys()];
    const stepList = names.length > 8 ? `${names.slice(0, 8).join(', ')}, … (${names.length} in all)` : names.join(', ');
    // Kahn's algorithm, always taking the earliest declared step that is ready: O((steps + edges) log steps).
    const waiting = new Array<number>(steps.length).fill(0);
    const dependants: number[][] = steps.map(() => []);
    steps.forEach((s, i) => {
      const seen = new Set<number>();
      for (const d of s.dependsOn) {
        if (d.value === 'clone' || skipped.has(d.value)) continue;
        const j = index.get(d.value);
        if (j === undefined) {
          this.diags.error('invalid-pipeline', `${s.label} depends on \`${d.value}\`, which is not a step of this pipeline`, d.span, `steps: ${stepList}`);
          continue;
        }
        if (seen.has(j)) continue;
        seen.add(j);
        waiting[i]!++;
        dependants[j]!.push(i);
      }
    });
    const ready = new MinHeap();
    waiting.forEach((n, i) => n === 0 && ready.push(i));
    const out: ContainerModel[] = [];
    for (let i = ready.pop(); i !== undefined; i = ready.pop()) {
      out.push(steps[i]!);
      for (const k of dependants[i]!) if (--waiting[k]! === 0) ready.push(k);
    }
    if (out.length < steps.length) {
      const left = steps.filter((_, i) => waiting[i]! > 0);
      const first = left[0]!;
      this.diags.error('invalid-pipeline', `the depends_on of ${left.map((x) => x.label).join(', ')} form a cycle`, first.at['depends_on'] ?? first.span, 'a step cannot wait for itself through others');
      return [...out, ...left];
    }
    return out;
  }

  // ---- containers -----------------------------------------------------------------------------

  private value(l: L<string>): Value {
    return substitute(l.value, l.span, this.ctx);
  }

  private container(c: ContainerModel, name: string): Container {
    if (c.uncarried.length > 0) {
      for (const u of c.uncarried) {
        this.diags.warning('ignored-option', `\`${u.value}\` of ${c.label} is not carried by drone-compose's artifacts; it is not emitted`, u.span);
      }
    }
    this.namespace(c);
    const entrypoint = c.kind === 'service' || c.detach?.value ? this.argv(c.entrypoint, `\`entrypoint\` of ${c.label}`) : undefined;
    const command = c.kind === 'service' || c.detach?.value ? this.argv(c.command, `\`command\` of ${c.label}`) : undefined;
    return {
      name,
      image: this.image(c),
      pull: c.pull?.value === true,
      privileged: this.trusted && c.privileged?.value === true,
      environment: this.environment(c),
      ...(entrypoint ? { entrypoint } : {}),
      ...(command ? { command } : {}),
      volumes: this.trusted || !this.format.everyVolumeTrusted ? this.volumes(c) : [],
      devices: this.trusted ? this.devices(c) : [],
      oomKillDisable: false,
      at: c.at,
    };
  }

  private image(c: ContainerModel): Value {
    if (!c.image) {
      this.diags.error('missing-image', `${c.label} has no image`, c.span, 'name the image it runs in with image:');
      return [''];
    }
    let value = this.value(c.image);
    const ref = parseImage(flatten(value, () => 'x'));
    if ('error' in ref) {
      this.diags.error('invalid-image', `the image ${show(c.image.value)} of ${c.label} is not a valid reference: ${ref.error}`, c.image.span);
      return value;
    }
    const last = value[value.length - 1];
    if (!ref.tag && !ref.digest && typeof last === 'string') value = concat(value, [':latest']);
    return value;
  }

  /** The pipeline's environment, lowered once (its mistakes reported once); every container gets it first. */
  private shared: Map<string, EnvVar> | undefined;

  private environment(c: ContainerModel): EnvVar[] {
    if (!this.shared) {
      this.shared = new Map();
      const entries = this.model.environment;
      const containers = this.model.steps.length + this.model.services.length;
      // Copied into every container, it makes an artifact of entries × containers values: bounded, as aliases are.
      if (entries.length * containers > MAX_COPIED_VALUES) {
        this.diags.error('too-large', `the pipeline's environment of ${entries.length} variables would be copied into ${containers} containers: more than ${MAX_COPIED_VALUES} values`, entries[0]!.name.span, 'set the variables in the containers that need them');
      } else {
        this.fill(this.shared, entries, c);
      }
    }
    const out = new Map(this.shared);
    this.fill(out, c.environment, c);
    return [...out.values()];
  }

  private fill(out: Map<string, EnvVar>, entries: readonly EnvEntry[], c: ContainerModel): void {
    const add = (e: EnvEntry) => {
      const name = e.name.value;
      if (name === '' || name.indexOf('=') !== -1) {
        this.diags.error('invalid-environment', `${show(name)} cannot name an environment variable`, e.name.span, 'a name is non-empty and has no `=`');
        return;
      }
      if (e.secret) {
        const ref = this.secret(e.secret, c);
        if (ref) out.set(name, { name, value: ref });
        return;
      }
      out.set(name, { name, value: this.value(e.value!) });
    };
    for (const e of entries) add(e);
  }

  /** A secret: the host's environment variable named exactly as the secret, read when the artifact runs. */
  private secret(s: L<string>, c: ContainerModel): Value | undefined {
    const name = s.value;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || name.startsWith(RESERVED_PREFIX) || isShellVariable(name)) {
      this.diags.error(
        'invalid-secret',
        `the secret ${show(name)} of ${c.label} cannot be read from an environment variable of that name`,
        s.span,
        'secrets are read from the host environment variable named exactly as the secret: letters, digits and `_`, not starting with a digit or dc_',
      );
      return undefined;
    }
    this.used.add(name);
    return [{ env: name }];
  }

  private argv(v: readonly L<string>[] | L<string> | undefined, what: string): Value[] | undefined {
    if (v === undefined) return undefined;
    if (Array.isArray(v)) return (v as readonly L<string>[]).map((w) => this.value(w));
    const one = v as L<string>;
    const split = shellWords(this.value(one));
    if ('error' in split) {
      this.diags.error('invalid-command', `${what} cannot be split into words: ${split.error}`, one.span, 'write it as a list to pass the words as they are');
      return undefined;
    }
    return split.words;
  }

  private volumes(c: ContainerModel): Mount[] {
    const out: Mount[] = [];
    for (const v of c.volumes) {
      if ('name' in v) {
        const def = this.model.volumes.get(v.name.value);
        if (!def) {
          // Drone's runner mounted nothing for a name the pipeline does not declare; so does drone-compose, but says so.
          this.diags.warning('ignored-option', `the volume \`${v.name.value}\` of ${c.label} is not declared in the pipeline's volumes:, so nothing is mounted`, v.name.span, `declare it: volumes: [{name: ${v.name.value}, temp: {}}]`);
          continue;
        }
        const container = this.value(v.path);
        if (!flatten(container, () => '/x').startsWith('/')) {
          this.diags.error('invalid-volume', `the path ${show(v.path.value)} of the volume \`${v.name.value}\` of ${c.label} is not absolute`, v.path.span);
          continue;
        }
        if (def.host) {
          if (!this.trusted) continue;
          const host = def.host.path ? this.value(def.host.path) : undefined;
          if (!host || !flatten(host, () => '/x').startsWith('/')) {
            this.diags.error('invalid-volume', `the host volume \`${v.name.value}\` has no absolute host path`, def.host.path?.span ?? def.host.key, 'write host: {path: /absolute/path}');
            continue;
          }
          out.push({ host, relative: false, container });
        } else {
          if (def.temp?.medium?.value === 'memory' && !this.trusted) continue;
          if (!VOLUME_NAME.test(v.name.value) || v.name.value === 'drone') {
            this.diags.error('invalid-volume', `the volume name ${show(v.name.value)} of ${c.label} cannot name a Docker volume`, v.name.span, 'letters, digits, `_`, `.` and `-`, at least two, not `drone`');
            continue;
          }
          this.namedVolumes.add(v.name.value);
          out.push({ host: [], relative: false, volume: v.name.value, container });
        }
        continue;
      }
      const mount = this.mountSpec(v.spec, c);
      if (mount) out.push(mount);
    }
    return out;
  }

  /** A 0.5-0.8 volume string: `HOST:CONTAINER[:MODE]` or `NAME:CONTAINER[:MODE]`. */
  private mountSpec(spec: L<string>, c: ContainerModel): Mount | undefined {
    const bad = (why: string) => {
      this.diags.error('invalid-volume', `the volume ${show(spec.value)} of ${c.label} ${why}`, spec.span, 'write HOST:CONTAINER[:MODE] with an absolute host path, or VOLUME:CONTAINER for a named volume');
      return undefined;
    };
    const parts = spec.value.split(':');
    if (parts.length < 2 || parts.length > 3) return bad('is not HOST:CONTAINER[:MODE]');
    const [hostText, containerText, mode] = parts as [string, string, string | undefined];
    if (!containerText.startsWith('/')) return bad('has a container path that is not absolute');
    if (mode !== undefined && !mode.split(',').every((o) => MOUNT_OPTIONS.has(o))) return bad(`has an unknown mode; known: ${[...MOUNT_OPTIONS].join(', ')}`);
    const container = substitute(containerText, spec.span, this.ctx);
    const m = mode ? { mode } : {};
    if (hostText.startsWith('/')) return { host: substitute(hostText, spec.span, this.ctx), relative: false, container, ...m };
    if (!VOLUME_NAME.test(hostText) || hostText === 'drone') return bad('names neither an absolute host path nor a volume');
    this.namedVolumes.add(hostText);
    return { host: [], relative: false, volume: hostText, container, ...m };
  }

  private devices(c: ContainerModel): Device[] {
    const out: Device[] = [];
    for (const d of c.devices) {
      if ('name' in d) {
        const def = this.model.volumes.get(d.name.value);
        const host = def?.host?.path ? this.value(def.host.path) : undefined;
        if (!host) {
          this.diags.error('invalid-device', `the device \`${d.name.value}\` of ${c.label} names no host volume of the pipeline`, d.name.span, 'declare it: volumes: [{name: NAME, host: {path: /dev/...}}]');
          continue;
        }
        out.push({ host, container: this.value(d.path) });
        continue;
      }
      const [host, container, perms] = d.spec.value.split(':');
      if (!host?.startsWith('/') || (container !== undefined && !container.startsWith('/')) || (perms !== undefined && !/^[rwm]{1,3}$/.test(perms))) {
        this.diags.error('invalid-device', `the device ${show(d.spec.value)} of ${c.label} is not HOST[:CONTAINER[:PERMISSIONS]]`, d.spec.span, 'paths are absolute; permissions are letters of rwm');
        continue;
      }
      out.push({ host: [host], ...(container ? { container: [container] } : {}), ...(perms ? { permissions: perms } : {}) });
    }
    return out;
  }

  // ---- the shared namespace -------------------------------------------------------------------

  private namespace(c: ContainerModel): void {
    if (!this.trusted) return;
    const net = c.networkMode;
    if (net) {
      if (net.value === '' || !/^(bridge|host|none|default|container:[a-zA-Z0-9][a-zA-Z0-9_.-]*|[a-zA-Z0-9][a-zA-Z0-9_.-]*)$/.test(net.value)) {
        this.diags.error('invalid-network', `\`network_mode\` of ${c.label} is not a network mode: ${show(net.value)}`, net.span, 'use bridge, host, none, container:NAME or the name of a network');
      } else if (this.network && this.network.value !== net.value) {
        this.diags.error('conflict', `\`network_mode: ${net.value}\` of ${c.label} contradicts \`network_mode: ${this.network.value}\`: all containers share one network namespace`, net.span, 'use one network_mode, or none', [
          { span: this.network.span, message: 'the other network_mode is here' },
        ]);
      } else {
        this.network ??= net;
      }
    }
    for (const d of c.dns) {
      const value = this.value(d);
      const key = JSON.stringify(value);
      if (this.dnsSeen.has(key)) continue;
      this.dnsSeen.add(key);
      this.dns.push(value);
    }
    if (c.dnsSearch.length > 0) this.diags.warning('ignored-option', `\`dns_search\` of ${c.label} is not carried by drone-compose's artifacts; it is not emitted`, c.at['dns_search'] ?? c.span);
    for (const h of c.extraHosts) {
      const colon = h.value.indexOf(':');
      const host = (colon === -1 ? h.value : h.value.slice(0, colon)).trim();
      const address = colon === -1 ? '' : h.value.slice(colon + 1).trim();
      if (!HOST_NAME.test(host) || !(/^([0-9]{1,3}\.){3}[0-9]{1,3}$/.test(address) || (address.includes(':') && /^[0-9a-fA-F:.]*$/.test(address)))) {
        this.diags.error('invalid-extra-host', `the extra_hosts entry ${show(h.value)} of ${c.label} is not HOST:ADDRESS`, h.span, 'write HOST:ADDRESS, such as db:127.0.0.1');
        continue;
      }
      this.host(host, address, h.span);
    }
  }

  /** A hosts entry of the holder; a name mapped to two addresses is a conflict. */
  private host(host: string, address: string, span: Span | undefined): void {
    const earlier = this.hosts.get(host);
    if (earlier && earlier.address !== address) {
      this.diags.error(
        'conflict',
        `\`${host}\` is mapped to ${address} here but to ${earlier.address} ${earlier.span ? 'elsewhere' : 'as the name of a service (services answer at 127.0.0.1)'}: all containers share one /etc/hosts`,
        span ?? earlier.span,
        'map each host name to one address',
        earlier.span && span ? [{ span: earlier.span, message: 'the other address is here' }] : undefined,
      );
      return;
    }
    if (!earlier) this.hosts.set(host, { address, span });
  }

  // ---- readiness ------------------------------------------------------------------------------

  /** Ports claimed in the one namespace: by which service, whether guessed from the image, where. */
  private readonly claims = new Map<number, { service: string; guessed: boolean; span: Span }>();

  /** Reports a port that another service already claims: an error when both declare it, else a warning. */
  private claim(port: number, c: ContainerModel, guessed: boolean, span: Span): void {
    const other = this.claims.get(port);
    if (!other) {
      this.claims.set(port, { service: c.name.value, guessed, span });
      return;
    }
    if (other.service === c.name.value) return;
    const related = [{ span: other.span, message: `service \`${other.service}\` claims it here` }];
    if (!guessed && !other.guessed) {
      this.diags.error('port-conflict', `port ${port} of ${c.label} is already declared by service \`${other.service}\`: all services share one network namespace, so only one can listen on it`, span, 'change the port one of them listens on', related);
    } else {
      this.diags.warning('port-guess', `${c.label} and service \`${other.service}\` would both listen on port ${port}; all services share one network namespace`, span, 'make one listen on another port and declare it with ports:', related);
    }
  }

  /** Declared `ports:`, else the table of well-known images, else the image's own health check at run time. */
  private readiness(c: ContainerModel, container: Container): Readiness {
    if (c.ports.length > 0) {
      const ports: PortWait[] = [];
      for (const p of c.ports) {
        const m = /^([0-9]{1,5})(?:\/(tcp|udp))?$/.exec(p.value.trim());
        if (!m || Number(m[1]) < 1 || Number(m[1]) > 65535) {
          this.diags.error('invalid-port', `the port ${show(p.value)} of ${c.label} is not a port`, p.span, 'write a port number (5432) or PORT/tcp');
          continue;
        }
        if (m[2] === 'udp') continue;
        ports.push([Number(m[1])]);
        this.claim(Number(m[1]), c, false, p.span);
      }
      if (ports.length > 0) return { kind: 'ports', ports, from: 'declared' };
    }
    if (isLiteral(container.image)) {
      const guess = guessPorts(container.image.join(''));
      if (guess) {
        for (const alternatives of guess) for (const port of alternatives) this.claim(port, c, true, c.image?.span ?? c.span);
        return { kind: 'ports', ports: guess, from: 'image' };
      }
    }
    return { kind: 'image-health' };
  }
}

/** A binary min-heap of indexes. */
class MinHeap {
  private readonly items: number[] = [];

  push(x: number): void {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (a[p]! <= a[i]!) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }

  pop(): number | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}
