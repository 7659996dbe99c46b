/**
 * Decoding of one step or service of a later format into the located model. The keys differ a little between
 * 0.5–0.8 and 1.x; what they mean is the same.
 */
import { show } from '../../diagnostics.js';
import type { Span } from '../../source.js';
import { readEnvironment, type ContainerModel, type EnvEntry, type L, type Reader, type VolumeEntry } from './model.js';

/** Keys of a 1.x step or service (drone-yaml's Container), plus `ports` of services. */
export const DRONE1_CONTAINER_KEYS = [
  'name', 'image', 'commands', 'command', 'entrypoint', 'environment', 'pull', 'privileged', 'volumes', 'working_dir', 'user',
  'shm_size', 'dns', 'dns_search', 'extra_hosts', 'network_mode', 'devices', 'detach', 'depends_on', 'when', 'settings', 'failure', 'ports',
] as const;

/** Container keys of 0.5–0.8 (the cncd/pipeline Container); any other key of a step is a plugin parameter. */
export const DRONE08_CONTAINER_KEYS = [
  'image', 'pull', 'privileged', 'environment', 'commands', 'command', 'entrypoint', 'volumes', 'devices', 'dns', 'dns_search',
  'extra_hosts', 'network_mode', 'networks', 'secrets', 'when', 'detach', 'group', 'shm_size', 'mem_limit', 'memswap_limit',
  'cpu_quota', 'cpu_shares', 'cpuset', 'labels', 'tmpfs', 'ports', 'working_dir', 'user',
] as const;

/** Keys whose effect the artifacts cannot carry: accepted, warned about, not emitted. */
const UNCARRIED = ['working_dir', 'user', 'shm_size', 'mem_limit', 'memswap_limit', 'cpu_quota', 'cpu_shares', 'cpuset', 'labels', 'tmpfs', 'networks'];

export interface ContainerInput {
  readonly kind: 'service' | 'step';
  readonly ptr: string;
  readonly data: Record<string, unknown>;
  readonly name: L<string>;
  readonly span: Span;
  readonly format: '1' | '0.8';
}

const PULL: Record<string, boolean> = { always: true, never: false, 'if-not-exists': false, default: false };

export function decodeContainer(r: Reader, input: ContainerInput): ContainerModel {
  const { ptr, data: d, kind, format } = input;
  const label = `${kind} \`${input.name.value}\``;
  const at = (k: string) => `${ptr}/${k}`;
  const known: readonly string[] = format === '1' ? DRONE1_CONTAINER_KEYS : DRONE08_CONTAINER_KEYS;
  // In 0.5–0.8 the other keys of a step are its plugin's parameters: only a near miss of a known key is worth a word.
  r.unknownKeys(ptr, d, known, label, format === '0.8');

  let pull: L<boolean> | undefined;
  if (format === '1' && d['pull'] !== undefined && d['pull'] !== null) {
    const p = r.str(at('pull'), d['pull'], `\`pull\` of ${label}`);
    if (p && PULL[p.value] === undefined) {
      r.diags.error('invalid-type', `\`pull\` of ${label} is ${show(p.value)}`, p.span, 'write always, never or if-not-exists');
    } else if (p) pull = { value: PULL[p.value]!, span: p.span, ...(p.key ? { key: p.key } : {}) };
  } else {
    pull = r.bool(at('pull'), d['pull'], `\`pull\` of ${label}`);
  }

  const environment: EnvEntry[] = readEnvironment(r, at('environment'), d['environment'], `the environment of ${label}`);
  if (format === '0.8') environment.push(...secrets08(r, at('secrets'), d['secrets'], label));

  const commands = 'commands' in d ? r.list(at('commands'), d['commands'], `\`commands\` of ${label}`) : undefined;
  const ports = r.list(at('ports'), d['ports'], `\`ports\` of ${label}`);
  const when = d['when'] !== undefined && d['when'] !== null ? r.keySpan(at('when')) : undefined;
  const failure = format === '1' ? r.str(at('failure'), d['failure'], `\`failure\` of ${label}`) : undefined;
  if (format === '1') {
    r.map(at('settings'), d['settings'], `\`settings\` of ${label}`);
    r.map(at('when'), d['when'], `\`when\` of ${label}`);
  }
  const uncarried: L<string>[] = [];
  for (const k of UNCARRIED) if (d[k] !== undefined && d[k] !== null) uncarried.push({ value: k, span: r.keySpan(at(k)) });
  if (failure && failure.value === 'ignore') uncarried.push({ value: 'failure', span: failure.key ?? failure.span });

  const networkMode = r.str(at('network_mode'), d['network_mode'], `\`network_mode\` of ${label}`);
  const privileged = r.bool(at('privileged'), d['privileged'], `\`privileged\` of ${label}`);
  const detach = r.bool(at('detach'), d['detach'], `\`detach\` of ${label}`);
  const image = r.str(at('image'), d['image'], `\`image\` of ${label}`);
  const entrypoint = r.words(at('entrypoint'), d['entrypoint'], `\`entrypoint\` of ${label}`);
  const command = r.words(at('command'), d['command'], `\`command\` of ${label}`);
  const plugin = kind === 'step' && commands === undefined && detach?.value !== true;
  return {
    kind,
    name: input.name,
    span: input.span,
    label,
    ...(image ? { image } : {}),
    ...(commands ? { commands } : {}),
    ...(entrypoint ? { entrypoint } : {}),
    ...(command ? { command } : {}),
    environment,
    ...(pull ? { pull } : {}),
    ...(privileged ? { privileged } : {}),
    volumes: volumes(r, at('volumes'), d['volumes'], `\`volumes\` of ${label}`, format),
    devices: volumes(r, at('devices'), d['devices'], `\`devices\` of ${label}`, format),
    dns: r.list(at('dns'), d['dns'], `\`dns\` of ${label}`),
    dnsSearch: r.list(at('dns_search'), d['dns_search'], `\`dns_search\` of ${label}`),
    extraHosts: r.list(at('extra_hosts'), d['extra_hosts'], `\`extra_hosts\` of ${label}`),
    ...(networkMode ? { networkMode } : {}),
    ...(detach ? { detach } : {}),
    dependsOn: r.list(at('depends_on'), d['depends_on'], `\`depends_on\` of ${label}`),
    ports,
    ...(when ? { when } : {}),
    plugin,
    uncarried,
    at: r.keySpans(ptr, d),
  };
}

/** 1.x `{name, path}` entries, or 0.5–0.8 strings. */
function volumes(r: Reader, ptr: string, v: unknown, what: string, format: '1' | '0.8'): VolumeEntry[] {
  if (v === undefined || v === null) return [];
  if (format === '0.8') return r.list(ptr, v, what).map((spec) => ({ spec }));
  if (!Array.isArray(v)) {
    r.typeError(ptr, v, what, 'a list of {name, path}');
    return [];
  }
  const out: VolumeEntry[] = [];
  v.forEach((item, i) => {
    const p = `${ptr}/${i}`;
    if (item === null) return;
    const m = r.map(p, item, `an item of ${what}`);
    if (!m) return;
    r.unknownKeys(p, m, ['name', 'path'], `an item of ${what}`);
    const name = r.str(`${p}/name`, m['name'], `\`name\` of an item of ${what}`);
    const path = r.str(`${p}/path`, m['path'], `\`path\` of an item of ${what}`);
    if (!name || !path) {
      r.diags.error('invalid-volume', `an item of ${what} needs both name and path`, r.valueSpan(p), 'write - name: VOLUME and path: /in/the/container');
      return;
    }
    out.push({ name, path, span: r.valueSpan(p) });
  });
  return out;
}

/** 0.5–0.8 `secrets: [name]` or `[{source, target}]`: the secret as the upper-cased target's environment variable. */
function secrets08(r: Reader, ptr: string, v: unknown, label: string): EnvEntry[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    r.typeError(ptr, v, `\`secrets\` of ${label}`, 'a list');
    return [];
  }
  const out: EnvEntry[] = [];
  v.forEach((item, i) => {
    const p = `${ptr}/${i}`;
    if (item === null) return;
    if (r.isMap(item)) {
      r.unknownKeys(p, item, ['source', 'target'], `a secret of ${label}`);
      const source = r.str(`${p}/source`, item['source'], `\`source\` of a secret of ${label}`);
      const target = r.str(`${p}/target`, item['target'], `\`target\` of a secret of ${label}`) ?? source;
      if (!source || !target) {
        r.diags.error('invalid-secret', `a secret of ${label} needs a source`, r.valueSpan(p), 'write - source: NAME and target: NAME');
        return;
      }
      out.push({ name: { value: target.value.toUpperCase(), span: target.span }, secret: source });
      return;
    }
    const s = r.str(p, item, `a secret of ${label}`);
    if (s) out.push({ name: { value: s.value.toUpperCase(), span: s.span }, secret: s });
  });
  return out;
}
