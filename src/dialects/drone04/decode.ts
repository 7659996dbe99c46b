/**
 * Drone 0.4's typed model: the parsed file decoded once into its sections, services and build containers,
 * every value carrying where it was written. Rules and lowering read this model, never JSON pointers.
 */
import { pointerKey, type ParsedFile } from '../../parse/index.js';
import type { Span } from '../../source.js';
import { isMap } from '../describe.js';

/** A value of the input with its place: the value as parsed, its span, its key's span, and its children. */
export interface Node {
  /** The value as YAML read it (YAML 1.1 types, merge keys applied). */
  readonly value: unknown;
  /** Where the value is written; for a value with no place of its own (merged in), its nearest ancestor's. */
  readonly span: Span;
  /** Where its key is written, when it is a mapping entry (or inherits one). */
  readonly key?: Span;
  /** For a scalar YAML typed (number, boolean, null, date): the text as written (`yes`, `4444`). */
  readonly raw?: string;
  /** A mapping's entries in source order. */
  readonly entries?: ReadonlyMap<string, Node>;
  /** A list's items in order. */
  readonly items?: readonly Node[];
  /** Set when the value has no place of its own and `span`/`key` are its nearest located ancestor's. */
  readonly inherited?: true;
}

/** The span to point at for a value as a whole: its key when it has one, else the value. */
export function keyOf(node: Node): Span {
  return node.key ?? node.span;
}

/** The keys a container (service or build) may have; used to tell a single `build:` from a map of steps. */
export const CONTAINER_KEYS = new Set([
  'image', 'pull', 'privileged', 'environment', 'entrypoint', 'command', 'volumes', 'devices', 'net', 'dns',
  'extra_hosts', 'auth_config', 'mem_limit', 'cpuset', 'oom_kill_disable', 'commands', 'when',
]);

/** Whether `build:` is one container (it has image or commands) rather than a map of named steps; the schema decides alike. */
export function isSingleBuild(build: unknown): boolean {
  return isMap(build) && ('image' in build || 'commands' in build);
}

/** One container of the input: a service of `compose:`, or the build container or one of its steps. */
export interface Container04 {
  readonly kind: 'service' | 'build';
  /** The name in the input; for a single `build:` container, `build`. */
  readonly name: string;
  /** The container name suffix: the service name, `build`, or `build-<step>`. */
  readonly containerName: string;
  /** "service `db`", "build step `test`", "`build`". */
  readonly label: string;
  /** The container's entry: its key is the container's name (`build` for a single build container). */
  readonly node: Node;
  /** The container's options in source order; empty when the input gave null. */
  readonly options: ReadonlyMap<string, Node>;
  /** The container's keys as plain data; an empty object when the input gave null. */
  readonly data: Record<string, unknown>;
}

/** A Drone 0.4 file, decoded. */
export interface Drone04File {
  /** The parsed file, for the schema check (which reads plain data) and source order of keys. */
  readonly file: ParsedFile;
  /** The whole document. */
  readonly root: Node;
  /** Top-level sections in source order (every key, known or not); empty when the top level is not a mapping. */
  readonly sections: ReadonlyMap<string, Node>;
  readonly services: readonly Container04[];
  readonly build: readonly Container04[];
  /** Every container in declaration order: services first, then the build. Wrongly typed ones are skipped. */
  readonly containers: readonly Container04[];
}

/** The sections that are compiled; the rest is read only to explain it. */
export const COMPILED_SECTIONS = ['compose', 'build'] as const;

/**
 * Decodes a parsed file once, in linear work: the compiled sections are decoded fully, other sections only as
 * top-level entries. Never throws; values of the wrong type are kept as written for the schema rule to report.
 */
export function decode(file: ParsedFile): Drone04File {
  const rootLoc = file.locs.get('') ?? { value: [0, 0] as Span };
  const data = file.data;
  const sections = new Map<string, Node>();
  const root: Node = { value: data, span: rootLoc.value, ...(isMap(data) ? { entries: sections } : {}) };
  const services: Container04[] = [];
  const build: Container04[] = [];
  if (isMap(data)) {
    for (const key of file.keys(data)) {
      const ptr = `/${pointerKey(key)}`;
      const deep = (COMPILED_SECTIONS as readonly string[]).includes(key);
      sections.set(key, deep ? node(file, data[key], ptr, root) : shallow(file, data[key], ptr, root));
    }
    const compose = sections.get('compose');
    if (compose?.entries) {
      for (const [name, svc] of compose.entries) {
        if (svc.value !== null && !isMap(svc.value)) continue;
        services.push(container('service', name, name, `service \`${name}\``, svc));
      }
    }
    const b = sections.get('build');
    if (b?.entries) {
      if (isSingleBuild(b.value)) build.push(container('build', 'build', 'build', '`build`', b));
      else {
        for (const [name, step] of b.entries) {
          if (step.value !== null && !isMap(step.value)) continue;
          build.push(container('build', name, `build-${name}`, `build step \`${name}\``, step));
        }
      }
    }
  }
  return { file, root, sections, services, build, containers: [...services, ...build] };
}

function container(kind: Container04['kind'], name: string, containerName: string, label: string, n: Node): Container04 {
  const options = n.entries ?? new Map<string, Node>();
  return { kind, name, containerName, label, node: n, options, data: isMap(n.value) ? n.value : {} };
}

/** A value and its children; a value without a place of its own takes its parent's (merge keys). */
function node(file: ParsedFile, value: unknown, ptr: string, parent: Node): Node {
  const loc = file.locs.get(ptr);
  const base = loc ? { value, span: loc.value, ...(loc.key ? { key: loc.key } : {}), ...(loc.raw !== undefined ? { raw: loc.raw } : {}) } : { value, span: parent.span, ...(parent.key ? { key: parent.key } : {}), inherited: true as const };
  if (Array.isArray(value)) {
    const items: Node[] = [];
    const self: Node = { ...base, items };
    value.forEach((item, i) => items.push(node(file, item, `${ptr}/${i}`, self)));
    return self;
  }
  if (isMap(value)) {
    const entries = new Map<string, Node>();
    const self: Node = { ...base, entries };
    for (const key of file.keys(value)) entries.set(key, node(file, value[key], `${ptr}/${pointerKey(key)}`, self));
    return self;
  }
  return base;
}

/** A section that is not compiled: its place only. */
function shallow(file: ParsedFile, value: unknown, ptr: string, parent: Node): Node {
  const loc = file.locs.get(ptr);
  return loc ? { value, span: loc.value, ...(loc.key ? { key: loc.key } : {}) } : { value, span: parent.span, inherited: true };
}
