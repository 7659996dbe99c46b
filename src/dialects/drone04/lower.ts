import { show, type Diagnostics, type Place } from '../../diagnostics.js';
import type { BuildStep, Container, Device, EnvVar, ExtraHost, Holder, Mount, RegistryAuth, Service, Target, Value } from '../../ir.js';
import type { SourceFile, Span } from '../../source.js';
import { parseImage } from '../../lower/image.js';
import { shellWords } from '../../lower/shellwords.js';
import { concat, flatten, isLiteral, readValue, splitOnce, uncarriable } from '../../lower/values.js';
import type { LoweredProject } from '../dialect.js';
import { keyOf, type Container04, type Drone04File, type Node } from './decode.js';
import { ReadinessLowering } from './readiness.js';
import { CPU_LIST } from './rules/cpuset.js';
import { isEnvironmentName } from './rules/environment.js';
import { imageMissing } from './rules/image.js';
import { MEMORY } from './rules/memory.js';
import { networkProblem, readExtraHost } from './rules/namespace.js';
import { readableOption, type TrustedOption } from './rules/trust.js';

export interface LowerOptions {
  readonly repo: string;
  readonly name: string;
  readonly holderImage: string;
  /** Whether trusted-only options may be used; when not, the ones that are set are not lowered (they are errors). */
  readonly trusted: boolean;
  /** The targets being compiled; an operation the compose target cannot express is an error there. */
  readonly targets?: readonly Target[];
}

const MOUNT_OPTIONS = new Set(['ro', 'rw', 'z', 'Z', 'shared', 'slave', 'private', 'rshared', 'rslave', 'rprivate', 'nocopy', 'cached', 'delegated', 'consistent']);

/** A Docker volume name (Docker also wants two characters at least). */
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** A list item or a single string as read: its node and text. */
interface Item {
  readonly node: Node;
  readonly text: string;
}

/**
 * Translates a decoded Drone 0.4 file to the IR: defaults applied, `$$NAME` read as run-time references,
 * namespace settings (net, dns, extra_hosts) moved to the holder. What the rules refuse is left out. Lowering
 * reports only what it meets while reading values (see rules/index.ts for the list) and keeps going.
 */
export function lower(model: Drone04File, opts: LowerOptions, diags: Diagnostics, source: SourceFile): LoweredProject {
  return new Lowering(diags, opts.trusted, opts.targets ?? [], source).project(model, opts);
}

class Lowering {
  private readonly used = new Set<string>();
  private readonly namedVolumes = new Set<string>();
  private network: string | undefined;
  private readonly dns: Value[] = [];
  private readonly dnsSeen = new Set<string>();
  private readonly hosts = new Map<string, string>();

  constructor(
    private readonly diags: Diagnostics,
    private readonly trusted: boolean,
    private readonly targets: readonly Target[],
    private readonly source: SourceFile,
  ) {}

  /** A trusted-only option's value, or undefined when it is set in an untrusted run (the trust rule refused it). */
  private option(c: Container04, key: TrustedOption): unknown {
    return readableOption(c, key, this.trusted);
  }

  /** Reads `$$` references and operations out of a string (see readValue). */
  private read(text: string, span: Place, shellCode = false): Value {
    return readValue(text, span, this.diags, this.used, { shellCode, targets: this.targets });
  }

  project(model: Drone04File, opts: LowerOptions): LoweredProject {
    const services: Service[] = [];
    const build: BuildStep[] = [];
    const readiness = new ReadinessLowering(this.source, this.diags, this.used);
    for (const c of model.containers) {
      const container = this.container(c);
      if (c.kind === 'service') services.push({ ...container, ...readiness.service(c, container) });
      else build.push({ ...container, commands: this.commands(c) });
    }
    const holder: Holder = {
      image: opts.holderImage,
      ...(this.network !== undefined ? { network: this.network } : {}),
      dns: this.dns,
      extraHosts: [...this.hosts].map(([host, address]): ExtraHost => ({ host, address })),
    };
    return {
      name: opts.name,
      repo: opts.repo,
      workspacePath: `/drone/src/${opts.repo}`,
      holder,
      services,
      build,
      volumes: [...this.namedVolumes],
      variables: [...this.used].sort(),
    };
  }

  // ---- reading values -------------------------------------------------------------------------

  /** The text of a scalar as written (`yes` stays `yes`), or undefined when it is not a scalar. */
  private text(node: Node, v: unknown): string | undefined {
    if (v === null || v === undefined || typeof v === 'object') return undefined;
    const s = typeof v === 'string' ? v : (node.raw ?? String(v));
    const bad = uncarriable(s);
    if (bad) {
      this.diags.error('invalid-character', `the value contains ${bad}`, node.span);
      return undefined;
    }
    return s;
  }

  private value(node: Node | undefined): Value | undefined {
    if (!node) return undefined;
    const s = this.text(node, node.value);
    return s === undefined ? undefined : this.read(s, node.span);
  }

  /**
   * The items of a list (or of a single string), null items dropped with a warning. `v` is the node's value, or
   * undefined for a trusted-only option that is not to be read.
   */
  private items(node: Node | undefined, what: string, v: unknown): Item[] {
    if (!node || v === null || v === undefined) return [];
    if (!Array.isArray(v)) {
      const s = this.text(node, v);
      return s === undefined ? [] : [{ node, text: s }];
    }
    const out: Item[] = [];
    for (const item of node.items ?? []) {
      if (item.value === null) {
        this.diags.warning('dropped-item', `an empty item of ${what} is dropped`, item.span, 'a `- # comment` line is an empty item; move the comment out of the list');
        continue;
      }
      const s = this.text(item, item.value);
      if (s !== undefined) out.push({ node: item, text: s });
    }
    return out;
  }

  private flag(v: unknown): boolean {
    return v === true;
  }

  // ---- containers -----------------------------------------------------------------------------

  private container(c: Container04): Container {
    const d = c.data;
    const image = this.image(c);
    const environment = this.environment(c);
    const auth = this.auth(c, image.domain);
    const entrypoint = this.argv(c.options.get('entrypoint'), `\`entrypoint\` of ${c.label}`);
    const command = this.argv(c.options.get('command'), `\`command\` of ${c.label}`);
    const memLimit = this.memLimit(c.options.get('mem_limit'));
    const cpuset = this.cpuset(c.options.get('cpuset'));
    this.namespace(c);
    const out: Container = {
      name: c.containerName,
      image: image.value,
      pull: this.flag(d['pull']),
      ...(auth ? { auth } : {}),
      privileged: this.flag(this.option(c, 'privileged')),
      environment,
      ...(entrypoint && c.kind === 'service' ? { entrypoint } : {}),
      ...(command && c.kind === 'service' ? { command } : {}),
      volumes: this.volumes(c),
      devices: this.devices(c),
      ...(memLimit ? { memLimit } : {}),
      ...(cpuset ? { cpuset } : {}),
      oomKillDisable: this.flag(d['oom_kill_disable']),
      at: this.keySpans(c),
    };
    return out;
  }

  /** The key span of every option of a container as written, for the targets' diagnostics. */
  private keySpans(c: Container04): Record<string, Span> {
    const spans: Record<string, Span> = Object.create(null) as Record<string, Span>;
    // An option written without a value (`auth_config:`) is unset, as Drone read it: nothing for a target to point at.
    for (const [key, n] of c.options) if (n.value !== null && n.value !== undefined) spans[key] = keyOf(n);
    return spans;
  }

  private image(c: Container04): { value: Value; domain?: string } {
    const n = c.options.get('image');
    const raw = n?.value;
    let value = this.value(n);
    if (value === undefined || (isLiteral(value) && value.join('') === '')) {
      if (imageMissing(raw)) {
        // The image rule reported it: a service runs the image of its name, a build container has none.
        value = [c.name];
        if (c.kind === 'build') return { value };
      } else {
        return { value: [''] };
      }
    }
    const text = flatten(value, () => 'x');
    const ref = parseImage(text);
    if ('error' in ref) {
      this.diags.error('invalid-image', `the image ${show(flatten(value, (name) => `$$${name}`))} of ${c.label} is not a valid reference: ${ref.error}`, n ? n.span : keyOf(c.node));
      return { value };
    }
    const last = value[value.length - 1];
    if (!ref.tag && !ref.digest && typeof last === 'string') value = concat(value, [':latest']);
    const first = value[0];
    const domain = ref.domain && typeof first === 'string' && first.startsWith(`${ref.domain}/`) ? ref.domain : undefined;
    return domain ? { value, domain } : { value };
  }

  private environment(c: Container04): EnvVar[] {
    const node = c.options.get('environment');
    const env = node?.value;
    const out = new Map<string, EnvVar>();
    const set = (name: string, value: Value, span: Place) => {
      if (out.has(name)) {
        this.diags.warning('duplicate-environment', `\`${name}\` is set twice in the environment of ${c.label}; the later value is used`, span);
      }
      out.set(name, { name, value });
    };
    if (Array.isArray(env)) {
      for (const item of this.items(node, `\`environment\` of ${c.label}`, env)) {
        const span = item.node.span;
        const eq = item.text.indexOf('=');
        const name = item.text.slice(0, eq);
        if (eq === -1 || !isEnvironmentName(name)) continue;
        set(name, this.read(item.text.slice(eq + 1), span), span);
      }
    } else if (node?.entries) {
      for (const [name, entry] of node.entries) {
        const span = keyOf(entry);
        if (!isEnvironmentName(name)) continue;
        if (entry.value === null) {
          set(name, [''], span);
          continue;
        }
        const value = this.value(entry);
        if (value) set(name, value, span);
      }
    }
    return [...out.values()];
  }

  private argv(node: Node | undefined, what: string): Value[] | undefined {
    if (!node || node.value === null || node.value === undefined) return undefined;
    if (Array.isArray(node.value)) {
      return this.items(node, what, node.value).map((item) => this.read(item.text, item.node.span));
    }
    const value = this.value(node);
    if (!value) return undefined;
    const split = shellWords(value);
    if ('error' in split) {
      this.diags.error('invalid-command', `${what} cannot be split into words: ${split.error}`, node.span, 'write it as a list to pass the words as they are');
      return undefined;
    }
    return split.words;
  }

  private commands(c: Container04): Value[] {
    const commands = c.options.get('commands');
    return this.items(commands, `\`commands\` of ${c.label}`, commands?.value).map((item) => this.read(item.text, item.node.span, true));
  }

  private auth(c: Container04, registry: string | undefined): RegistryAuth | undefined {
    const a = c.options.get('auth_config');
    const cfg = a?.entries;
    if (!cfg) return undefined;
    const present = (key: string) => {
      const n = cfg.get(key);
      return n !== undefined && n.value !== null && n.value !== undefined;
    };
    const secretKey = present('password') ? 'password' : present('registry_token') ? 'registry_token' : undefined;
    if (!secretKey) {
      // As in Drone: credentials are used only when a password or token is set.
      return undefined;
    }
    const secretNode = cfg.get(secretKey)!;
    const secret = this.value(secretNode);
    const user = cfg.get('username');
    const username = !user || user.value === null ? ['<token>'] : this.value(user);
    if (!secret || !username) return undefined;
    if (secret.some((p) => typeof p === 'string' && p !== '')) {
      this.diags.warning(
        'literal-credential',
        `the ${secretKey === 'password' ? 'password' : 'registry token'} of ${c.label} is written in the file`,
        secretNode.span,
        'write $$NAME and set NAME in the environment (a CI secret) instead',
      );
    }
    return { ...(registry ? { registry } : {}), username, password: secret };
  }

  /** The memory limit as written; a value that is not a size was refused by the memory rule. */
  private memLimit(node: Node | undefined): string | undefined {
    if (!node) return undefined;
    const s = this.text(node, node.value);
    return s !== undefined && MEMORY.test(s) ? s : undefined;
  }

  /** The CPU list; a literal that is not one was refused by the cpuset rule. */
  private cpuset(node: Node | undefined): Value | undefined {
    const value = this.value(node);
    if (!value || !isLiteral(value)) return value;
    return CPU_LIST.test(value.join('')) ? value : undefined;
  }

  private volumes(c: Container04): Mount[] {
    const out: Mount[] = [];
    for (const item of this.items(c.options.get('volumes'), `\`volumes\` of ${c.label}`, this.option(c, 'volumes'))) {
      const span = item.node.span;
      const value = this.read(item.text, span);
      const bad = (why: string) => this.diags.error('invalid-volume', `the volume ${show(item.text)} of ${c.label} ${why}`, span, 'write HOST:CONTAINER[:MODE] with an absolute or ./relative host path, or VOLUME:CONTAINER for a named volume');
      const first = splitOnce(value, ':');
      if (!first) {
        bad('has no container path');
        continue;
      }
      const [host, rest] = first;
      const second = splitOnce(rest, ':');
      const [container, mode] = second ?? [rest, undefined];
      const hostText = flatten(host, () => '/x');
      const relative = hostText === '.' || hostText === '..' || hostText.startsWith('./') || hostText.startsWith('../');
      let volume: string | undefined;
      if (!relative && !hostText.startsWith('/')) {
        if (hostText.startsWith('~')) {
          bad('starts with ~, which is not expanded');
          continue;
        }
        if (!isLiteral(host) || !VOLUME_NAME.test(hostText)) {
          bad('names neither a host path nor a volume: a volume name is letters, digits, `_`, `.` and `-`, starting with a letter or digit, without $$ references');
          continue;
        }
        if (hostText === 'drone') {
          bad('names the volume `drone`, which is the /drone volume every container already shares');
          continue;
        }
        volume = hostText;
      }
      if (!flatten(container, () => '/x').startsWith('/')) {
        bad('has a container path that is not absolute');
        continue;
      }
      let modeText: string | undefined;
      if (mode) {
        if (!isLiteral(mode) || !mode.join('').split(',').every((o) => MOUNT_OPTIONS.has(o))) {
          bad(`has an unknown mode; known: ${[...MOUNT_OPTIONS].join(', ')}`);
          continue;
        }
        modeText = mode.join('');
      }
      if (volume !== undefined) {
        this.namedVolumes.add(volume);
        out.push({ host: [], relative: false, volume, container, ...(modeText ? { mode: modeText } : {}) });
      } else {
        out.push({ host, relative, container, ...(modeText ? { mode: modeText } : {}) });
      }
    }
    return out;
  }

  private devices(c: Container04): Device[] {
    const out: Device[] = [];
    for (const item of this.items(c.options.get('devices'), `\`devices\` of ${c.label}`, this.option(c, 'devices'))) {
      const span = item.node.span;
      const value = this.read(item.text, span);
      const [host, rest] = splitOnce(value, ':') ?? [value, undefined];
      const [container, perms] = rest ? (splitOnce(rest, ':') ?? [rest, undefined]) : [undefined, undefined];
      const permText = perms ? flatten(perms, () => '?') : undefined;
      if (!flatten(host, () => '/x').startsWith('/') || (container && !flatten(container, () => '/x').startsWith('/')) || (permText !== undefined && !/^[rwm]{1,3}$/.test(permText))) {
        this.diags.error('invalid-device', `the device ${show(item.text)} of ${c.label} is not HOST[:CONTAINER[:PERMISSIONS]]`, span, 'paths are absolute; permissions are letters of rwm');
        continue;
      }
      out.push({ host, ...(container ? { container } : {}), ...(permText ? { permissions: permText } : {}) });
    }
    return out;
  }

  // ---- the shared namespace -------------------------------------------------------------------

  /** Moves net, dns and extra_hosts of a container onto the holder; the namespace rule refused what contradicts. */
  private namespace(c: Container04): void {
    const netNode = c.options.get('net');
    const net = netNode && this.text(netNode, this.option(c, 'net'));
    if (net !== undefined && this.network === undefined && !networkProblem(net)) this.network = net;
    for (const item of this.items(c.options.get('dns'), `\`dns\` of ${c.label}`, this.option(c, 'dns'))) {
      if (item.text === '') continue;
      const value = this.read(item.text, item.node.span);
      const key = JSON.stringify(value);
      if (this.dnsSeen.has(key)) continue;
      this.dnsSeen.add(key);
      this.dns.push(value);
    }
    for (const item of this.items(c.options.get('extra_hosts'), `\`extra_hosts\` of ${c.label}`, this.option(c, 'extra_hosts'))) {
      const entry = readExtraHost(item.text);
      if ('error' in entry || this.hosts.has(entry.host)) continue;
      this.hosts.set(entry.host, entry.address);
    }
  }
}
