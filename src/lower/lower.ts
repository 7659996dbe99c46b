import { show, type Diagnostics, type Place } from '../diagnostics.js';
import type { BuildStep, Container, Device, EnvVar, ExtraHost, Holder, Mount, Project, RegistryAuth, Service, Target, Value } from '../ir.js';
import type { ParsedFile } from '../parse/index.js';
import { pointerKey } from '../parse/index.js';
import type { SourceFile, Span } from '../source.js';
import { containers, type ContainerEntry } from '../validate/containers.js';
import { trustedOptionSet, type TrustedOption } from '../validate/rules.js';
import { keySpan, locate } from '../validate/locate.js';
import { parseImage } from './image.js';
import { ReadinessLowering } from './readiness.js';
import { shellWords } from './shellwords.js';
import { concat, flatten, isLiteral, readValue, splitOnce } from './values.js';

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
/**
 * Hex digits, dots and at least one colon. Tested as two linear checks: the one regex with `*:*` backtracked
 * quadratically on a long run of colons.
 */
function isIPv6Like(address: string): boolean {
  return address.indexOf(':') !== -1 && /^[0-9a-fA-F:.]*$/.test(address);
}

/** A Docker volume name (Docker also wants two characters at least). */
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const SIMPLE_NETWORKS = new Set(['bridge', 'host', 'none', 'default']);

/**
 * Lowers a validated file to the IR: defaults applied, `$$NAME` read as run-time references, namespace
 * settings (net, dns, extra_hosts) moved to the holder. Reports value-level mistakes and keeps going;
 * wrongly typed values (already reported by the schema) are skipped.
 */
export function lower(file: ParsedFile, source: SourceFile, opts: LowerOptions, diags: Diagnostics): Project {
  return new Lowering(file, source, diags, opts.trusted, opts.targets ?? []).project(opts);
}

class Lowering {
  private readonly used = new Set<string>();
  private readonly namedVolumes = new Set<string>();
  private network: { value: string; span: Span } | undefined;
  private readonly dns: Value[] = [];
  private readonly dnsSeen = new Set<string>();
  private readonly hosts = new Map<string, { address: string; span: Span }>();

  constructor(
    private readonly file: ParsedFile,
    private readonly source: SourceFile,
    private readonly diags: Diagnostics,
    private readonly trusted: boolean,
    private readonly targets: readonly Target[],
  ) {}

  /** A trusted-only option's value, or undefined when it is set in an untrusted run (the trust check refused it). */
  private option(c: ContainerEntry, key: TrustedOption): unknown {
    const v = c.data[key];
    return this.trusted || !trustedOptionSet(key, v) ? v : undefined;
  }

  /** Reads `$$` references and operations out of a string (see readValue). */
  private read(text: string, span: Place, shellCode = false): Value {
    return readValue(text, span, this.diags, this.used, { shellCode, targets: this.targets });
  }

  project(opts: LowerOptions): Project {
    const services: Service[] = [];
    const build: BuildStep[] = [];
    const readiness = new ReadinessLowering(this.file, this.source, this.diags, this.used);
    for (const c of containers(this.file)) {
      const container = this.container(c);
      if (c.kind === 'service') services.push({ ...container, ...readiness.service(c, container) });
      else build.push({ ...container, commands: this.commands(c) });
    }
    const holder: Holder = {
      image: opts.holderImage,
      ...(this.network ? { network: this.network.value } : {}),
      dns: this.dns,
      extraHosts: [...this.hosts].map(([host, h]): ExtraHost => ({ host, address: h.address })),
    };
    this.checkNamespace();
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

  private span(ptr: string): Span {
    return locate(this.file, ptr).value;
  }

  /** The span of the value at a pointer, found only if a diagnostic needs it. */
  private place(ptr: string): () => Span {
    return () => this.span(ptr);
  }

  /** The text of a scalar as written (`yes` stays `yes`), or undefined when it is not a scalar. */
  private text(ptr: string, v: unknown): string | undefined {
    if (v === null || v === undefined || typeof v === 'object') return undefined;
    const s = typeof v === 'string' ? v : (this.file.locs.get(ptr)?.raw ?? String(v));
    if (s.indexOf('\0') !== -1) {
      this.diags.error('invalid-value', 'the value contains a NUL character, which no process argument or environment value can carry', this.span(ptr));
      return undefined;
    }
    return s;
  }

  private value(ptr: string, v: unknown): Value | undefined {
    const s = this.text(ptr, v);
    return s === undefined ? undefined : this.read(s, this.place(ptr));
  }

  /** The items of a list (or of a single string), null items dropped with a warning. */
  private items(ptr: string, v: unknown, what: string): { ptr: string; text: string }[] {
    if (v === null || v === undefined) return [];
    if (!Array.isArray(v)) {
      const s = this.text(ptr, v);
      return s === undefined ? [] : [{ ptr, text: s }];
    }
    const out: { ptr: string; text: string }[] = [];
    v.forEach((item, i) => {
      const p = `${ptr}/${i}`;
      if (item === null) {
        this.diags.warning('dropped-item', `an empty item of ${what} is dropped`, this.span(p), 'a `- # comment` line is an empty item; move the comment out of the list');
        return;
      }
      const s = this.text(p, item);
      if (s !== undefined) out.push({ ptr: p, text: s });
    });
    return out;
  }

  private flag(v: unknown): boolean {
    return v === true;
  }

  // ---- containers -----------------------------------------------------------------------------

  private container(c: ContainerEntry): Container {
    const d = c.data;
    const at = (key: string) => `${c.ptr}/${key}`;
    const image = this.image(c);
    const environment = this.environment(c);
    const auth = this.auth(c, image.domain);
    const entrypoint = this.argv(at('entrypoint'), d['entrypoint'], `\`entrypoint\` of ${c.label}`);
    const command = this.argv(at('command'), d['command'], `\`command\` of ${c.label}`);
    if (c.kind === 'build') {
      for (const key of ['entrypoint', 'command'] as const) {
        if (d[key] === undefined || d[key] === null) continue;
        this.diags.warning('ignored-option', `\`${key}\` of ${c.label} is ignored: a build container runs its commands with /bin/sh`, keySpan(this.file, at(key)));
      }
    }
    const memLimit = this.memLimit(at('mem_limit'), d['mem_limit']);
    const cpuset = this.cpuset(at('cpuset'), d['cpuset']);
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
  private keySpans(c: ContainerEntry): Record<string, Span> {
    const spans: Record<string, Span> = Object.create(null) as Record<string, Span>;
    // An option written without a value (`auth_config:`) is unset, as Drone read it: nothing for a target to point at.
    for (const key of this.file.keys(c.data)) if (c.data[key] !== null && c.data[key] !== undefined) spans[key] = keySpan(this.file, `${c.ptr}/${pointerKey(key)}`);
    return spans;
  }

  private image(c: ContainerEntry): { value: Value; domain?: string } {
    const ptr = `${c.ptr}/image`;
    const raw = c.data['image'];
    let value = this.value(ptr, raw);
    if (value === undefined || (isLiteral(value) && value.join('') === '')) {
      if (raw === undefined || raw === null || raw === '') {
        if (c.kind === 'build') {
          this.diags.error('invalid-value', `${c.label} has no image`, keySpan(this.file, c.ptr), 'name the image the commands run in with image:');
        } else {
          this.diags.warning('image-from-name', `${c.label} has no image; its name \`${c.name}\` is used as the image, as Drone did`, keySpan(this.file, c.ptr), `write image: ${c.name}`);
        }
        value = [c.name];
        if (c.kind === 'build') return { value };
      } else {
        return { value: [''] };
      }
    }
    const text = flatten(value, () => 'x');
    const ref = parseImage(text);
    if ('error' in ref) {
      this.diags.error('invalid-image', `the image ${show(flatten(value, (n) => `$$${n}`))} of ${c.label} is not a valid reference: ${ref.error}`, raw === undefined ? keySpan(this.file, c.ptr) : this.span(ptr));
      return { value };
    }
    const last = value[value.length - 1];
    if (!ref.tag && !ref.digest && typeof last === 'string') value = concat(value, [':latest']);
    const first = value[0];
    const domain = ref.domain && typeof first === 'string' && first.startsWith(`${ref.domain}/`) ? ref.domain : undefined;
    return domain ? { value, domain } : { value };
  }

  private environment(c: ContainerEntry): EnvVar[] {
    const ptr = `${c.ptr}/environment`;
    const env = c.data['environment'];
    const out = new Map<string, EnvVar>();
    const set = (name: string, value: Value, span: Place) => {
      if (out.has(name)) {
        this.diags.warning('duplicate-environment', `\`${name}\` is set twice in the environment of ${c.label}; the later value is used`, span);
      }
      out.set(name, { name, value });
    };
    const checkName = (name: string, span: Place): boolean => {
      if (name === '' || name.indexOf('=') !== -1 || name.indexOf('\0') !== -1) {
        this.diags.error('invalid-environment', name === '' ? 'an environment entry has an empty name' : `${show(name)} cannot name an environment variable`, span, 'a name is non-empty and has no `=`');
        return false;
      }
      return true;
    };
    if (Array.isArray(env)) {
      for (const item of this.items(ptr, env, `\`environment\` of ${c.label}`)) {
        const span = this.place(item.ptr);
        const eq = item.text.indexOf('=');
        if (eq === -1) {
          this.diags.error('invalid-environment', `the environment entry ${show(item.text)} of ${c.label} has no \`=\``, span, `write ${item.text}= for an empty value, or ${item.text}=$$${item.text} to take it from the environment`);
          continue;
        }
        const name = item.text.slice(0, eq);
        if (!checkName(name, span)) continue;
        set(name, this.read(item.text.slice(eq + 1), span), span);
      }
    } else if (env !== null && typeof env === 'object') {
      for (const name of this.file.keys(env)) {
        const v = (env as Record<string, unknown>)[name];
        const p = `${ptr}/${pointerKey(name)}`;
        const span = keySpan(this.file, p);
        if (!checkName(name, span)) continue;
        if (v === null) {
          this.diags.warning('invalid-environment', `\`${name}\` in the environment of ${c.label} has no value; it is set to the empty string, as Drone did`, span, `write ${name}: "" for an empty value, or ${name}: $$${name} to take it from the environment`);
          set(name, [''], span);
          continue;
        }
        const value = this.value(p, v);
        if (value) set(name, value, span);
      }
    }
    return [...out.values()];
  }

  private argv(ptr: string, v: unknown, what: string): Value[] | undefined {
    if (v === null || v === undefined) return undefined;
    if (Array.isArray(v)) {
      return this.items(ptr, v, what).map((item) => this.read(item.text, this.place(item.ptr)));
    }
    const value = this.value(ptr, v);
    if (!value) return undefined;
    const split = shellWords(value);
    if ('error' in split) {
      this.diags.error('invalid-value', `${what} cannot be split into words: ${split.error}`, this.span(ptr), 'write it as a list to pass the words as they are');
      return undefined;
    }
    return split.words;
  }

  private commands(c: ContainerEntry): Value[] {
    const ptr = `${c.ptr}/commands`;
    const out = this.items(ptr, c.data['commands'], `\`commands\` of ${c.label}`).map((item) =>
      this.read(item.text, this.place(item.ptr), true),
    );
    if (out.length === 0) {
      this.diags.warning('empty-build', `${c.label} has no commands; its container starts and exits`, keySpan(this.file, c.ptr));
    }
    if (c.data['when'] !== undefined && c.data['when'] !== null) {
      this.diags.warning(
        'unconditional-step',
        `${c.label} has when: conditions, which cannot be decided outside Drone; it always runs`,
        keySpan(this.file, `${c.ptr}/when`),
        'guard the commands in the shell instead, e.g. [ "$DRONE_BRANCH" = master ] || exit 0 (the build gets DRONE_BRANCH from the environment, else from git)',
      );
    }
    return out;
  }

  private auth(c: ContainerEntry, registry: string | undefined): RegistryAuth | undefined {
    const ptr = `${c.ptr}/auth_config`;
    const a = c.data['auth_config'];
    if (a === null || typeof a !== 'object' || Array.isArray(a)) return undefined;
    const cfg = a as Record<string, unknown>;
    const secretKey = cfg['password'] !== undefined && cfg['password'] !== null ? 'password' : cfg['registry_token'] !== undefined && cfg['registry_token'] !== null ? 'registry_token' : undefined;
    if (cfg['email'] !== undefined) {
      this.diags.warning('ignored-option', `\`email\` of the auth_config of ${c.label} is ignored: docker login no longer takes an e-mail`, keySpan(this.file, `${ptr}/email`));
    }
    if (!secretKey) {
      // As in Drone: credentials are used only when a password or token is set.
      return undefined;
    }
    const secret = this.value(`${ptr}/${secretKey}`, cfg[secretKey]);
    const username = cfg['username'] === undefined || cfg['username'] === null ? ['<token>'] : this.value(`${ptr}/username`, cfg['username']);
    if (!secret || !username) return undefined;
    if (secret.some((p) => typeof p === 'string' && p !== '')) {
      this.diags.warning(
        'literal-credential',
        `the ${secretKey === 'password' ? 'password' : 'registry token'} of ${c.label} is written in the file`,
        this.span(`${ptr}/${secretKey}`),
        'write $$NAME and set NAME in the environment (a CI secret) instead',
      );
    }
    return { ...(registry ? { registry } : {}), username, password: secret };
  }

  private memLimit(ptr: string, v: unknown): string | undefined {
    if (v === null || v === undefined) return undefined;
    const s = this.text(ptr, v);
    if (s === undefined) return undefined;
    if (!/^[0-9]+(\.[0-9]+)?[bkmgBKMG]?$/.test(s)) {
      this.diags.error('invalid-value', `mem_limit ${show(s)} is not a size`, this.span(ptr), 'write a number of bytes, or a number with b, k, m or g (512m)');
      return undefined;
    }
    return s;
  }

  private cpuset(ptr: string, v: unknown): Value | undefined {
    const value = this.value(ptr, v);
    if (!value || !isLiteral(value)) return value;
    const s = value.join('');
    if (!/^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$/.test(s)) {
      this.diags.error('invalid-value', `cpuset ${show(s)} is not a CPU list`, this.span(ptr), 'write CPU numbers and ranges, such as 0-3 or 0,2');
      return undefined;
    }
    return value;
  }

  private volumes(c: ContainerEntry): Mount[] {
    const out: Mount[] = [];
    for (const item of this.items(`${c.ptr}/volumes`, this.option(c, 'volumes'), `\`volumes\` of ${c.label}`)) {
      const span = this.span(item.ptr);
      const value = this.read(item.text, span);
      const bad = (why: string) => this.diags.error('invalid-value', `the volume ${show(item.text)} of ${c.label} ${why}`, span, 'write HOST:CONTAINER[:MODE] with an absolute or ./relative host path, or VOLUME:CONTAINER for a named volume');
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

  private devices(c: ContainerEntry): Device[] {
    const out: Device[] = [];
    for (const item of this.items(`${c.ptr}/devices`, this.option(c, 'devices'), `\`devices\` of ${c.label}`)) {
      const span = this.span(item.ptr);
      const value = this.read(item.text, span);
      const [host, rest] = splitOnce(value, ':') ?? [value, undefined];
      const [container, perms] = rest ? (splitOnce(rest, ':') ?? [rest, undefined]) : [undefined, undefined];
      const permText = perms ? flatten(perms, () => '?') : undefined;
      if (!flatten(host, () => '/x').startsWith('/') || (container && !flatten(container, () => '/x').startsWith('/')) || (permText !== undefined && !/^[rwm]{1,3}$/.test(permText))) {
        this.diags.error('invalid-value', `the device ${show(item.text)} of ${c.label} is not HOST[:CONTAINER[:PERMISSIONS]]`, span, 'paths are absolute; permissions are letters of rwm');
        continue;
      }
      out.push({ host, ...(container ? { container } : {}), ...(permText ? { permissions: permText } : {}) });
    }
    return out;
  }

  // ---- the shared namespace -------------------------------------------------------------------

  /** Collects net, dns and extra_hosts of a container onto the holder, refusing contradictions. */
  private namespace(c: ContainerEntry): void {
    const netPtr = `${c.ptr}/net`;
    const net = this.text(netPtr, this.option(c, 'net'));
    if (net === '') {
      this.diags.error('invalid-value', `\`net\` of ${c.label} is empty`, this.span(netPtr), 'name a network mode, or remove net:');
    } else if (net !== undefined) {
      const span = this.span(netPtr);
      if (net.includes('$$')) {
        this.diags.error('invalid-value', `\`net\` of ${c.label} cannot use a $$ reference: the network decides how the script is laid out`, span);
      } else if (!SIMPLE_NETWORKS.has(net) && !/^container:[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(net) && !/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(net)) {
        this.diags.error('invalid-value', `\`net\` of ${c.label} is not a network mode: ${show(net)}`, span, 'use bridge, host, none, container:NAME or the name of a network');
      } else if (this.network && this.network.value !== net) {
        this.diags.error('conflict', `\`net: ${net}\` of ${c.label} contradicts \`net: ${this.network.value}\` on line ${this.line(this.network.span)}: all containers share one network namespace`, span, 'use one net: value, or none');
      } else if (!this.network) {
        this.network = { value: net, span };
      }
    }
    for (const item of this.items(`${c.ptr}/dns`, this.option(c, 'dns'), `\`dns\` of ${c.label}`)) {
      if (item.text === '') {
        this.diags.error('invalid-value', `an entry of \`dns\` of ${c.label} is empty`, this.span(item.ptr), 'write the address of a DNS server');
        continue;
      }
      const value = this.read(item.text, this.span(item.ptr));
      const key = JSON.stringify(value);
      if (this.dnsSeen.has(key)) continue;
      this.dnsSeen.add(key);
      this.dns.push(value);
    }
    for (const item of this.items(`${c.ptr}/extra_hosts`, this.option(c, 'extra_hosts'), `\`extra_hosts\` of ${c.label}`)) {
      const span = this.span(item.ptr);
      if (item.text.includes('$$')) {
        this.diags.error('invalid-value', `the extra_hosts entry ${show(item.text)} of ${c.label} cannot use a $$ reference`, span);
        continue;
      }
      const colon = item.text.indexOf(':');
      let host = colon === -1 ? item.text : item.text.slice(0, colon);
      let address = colon === -1 ? '' : item.text.slice(colon + 1);
      host = host.trim();
      address = address.trim();
      if (!/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host)) {
        this.diags.error('invalid-value', `the extra_hosts entry ${show(item.text)} of ${c.label} does not start with a host name`, span, 'write HOST:ADDRESS');
        continue;
      }
      if (colon === -1) {
        address = '127.0.0.1';
        this.diags.warning('extra-host-address', `the extra_hosts entry \`${host}\` of ${c.label} has no address; it is mapped to 127.0.0.1, where every service of the build is reached`, span, `write ${host}:127.0.0.1`);
      } else if (!/^([0-9]{1,3}\.){3}[0-9]{1,3}$/.test(address) && !isIPv6Like(address)) {
        this.diags.error('invalid-value', `the extra_hosts entry ${show(item.text)} of ${c.label} has no IP address after the host name`, span, 'write HOST:ADDRESS, such as db:127.0.0.1');
        continue;
      }
      const earlier = this.hosts.get(host);
      if (earlier && earlier.address !== address) {
        this.diags.error('conflict', `extra_hosts maps \`${host}\` to ${address} in ${c.label} but to ${earlier.address} on line ${this.line(earlier.span)}: all containers share one /etc/hosts`, span, 'map each host name to one address');
        continue;
      }
      if (!earlier) this.hosts.set(host, { address, span });
    }
  }

  /** Docker refuses dns and extra hosts on some network modes of the holder. */
  private checkNamespace(): void {
    const net = this.network;
    if (!net) return;
    if (net.value.startsWith('container:') && (this.dns.length > 0 || this.hosts.size > 0)) {
      this.diags.error('conflict', `dns and extra_hosts cannot be set when the namespace joins another container (\`net: ${net.value}\`)`, net.span, 'remove dns/extra_hosts, or net:');
    }
  }

  private line(span: Span): number {
    return this.source.position(span[0]).line;
  }
}
