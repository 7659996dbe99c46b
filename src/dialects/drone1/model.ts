/**
 * The typed, located model both later formats (0.5–0.8 and 1.x) decode into, and the reader that decodes YAML
 * values into it. Every field keeps the span of its value and of its key, so that rules and lowering point at
 * what the user wrote without going back to the YAML.
 */
import { show, type Diagnostics } from '../../diagnostics.js';
import { pointerKey, type ParsedFile } from '../../parse/model.js';
import type { Span } from '../../source.js';
import { suggest } from '../../suggest.js';
import { kindOf } from '../describe.js';
import { uncarriable } from '../../lower/values.js';

/** A value as written, with where it is. */
export interface L<T> {
  readonly value: T;
  /** The value's span. */
  readonly span: Span;
  /** The key's span, for a mapping entry. */
  readonly key?: Span;
}

/** An environment entry: a text value (with `${}` substitutions), or a secret read from the host at run time. */
export interface EnvEntry {
  readonly name: L<string>;
  readonly value?: L<string>;
  readonly secret?: L<string>;
}

/** A mount as the input wrote it: 0.5–0.8 `host:container[:mode]`, or a 1.x `{name, path}` against a pipeline volume. */
export type VolumeEntry = { readonly spec: L<string> } | { readonly name: L<string>; readonly path: L<string>; readonly span: Span };

/** A 1.x pipeline volume: `temp: {medium?}` or `host: {path}`. */
export interface PipelineVolume {
  readonly name: L<string>;
  readonly temp?: { readonly medium?: L<string>; readonly key: Span };
  readonly host?: { readonly path?: L<string>; readonly key: Span };
}

/** One container of a later-format pipeline: a service, or a step (which may be a plugin, or detached). */
export interface ContainerModel {
  readonly kind: 'service' | 'step';
  readonly name: L<string>;
  /** Where the container is, for diagnostics about it as a whole (its name, or its key). */
  readonly span: Span;
  /** "service `db`", "step `test`". */
  readonly label: string;
  readonly image?: L<string>;
  /** Present when `commands:` is given (even empty). */
  readonly commands?: readonly L<string>[];
  readonly entrypoint?: readonly L<string>[] | L<string>;
  readonly command?: readonly L<string>[] | L<string>;
  readonly environment: readonly EnvEntry[];
  readonly pull?: L<boolean>;
  readonly privileged?: L<boolean>;
  readonly volumes: readonly VolumeEntry[];
  readonly devices: readonly VolumeEntry[];
  readonly dns: readonly L<string>[];
  readonly dnsSearch: readonly L<string>[];
  readonly extraHosts: readonly L<string>[];
  readonly networkMode?: L<string>;
  readonly detach?: L<boolean>;
  readonly dependsOn: readonly L<string>[];
  /** The TCP ports a service listens on (`ports:`), for readiness. */
  readonly ports: readonly L<string>[];
  /** The key span of `when:`, when conditions are given. */
  readonly when?: Span;
  /** Whether the step is a plugin: a step without `commands` that is not detached (it runs its image's own program). */
  readonly plugin: boolean;
  /** Keys the artifacts cannot carry (`user`, `shm_size`, …), by name, at their key. */
  readonly uncarried: readonly L<string>[];
  /** The key span of every key as written. */
  readonly at: Readonly<Record<string, Span>>;
}

/** A later-format pipeline, decoded: what lowering needs. */
export interface PipelineModel {
  readonly services: readonly ContainerModel[];
  readonly steps: readonly ContainerModel[];
  /** Where the workspace is in every container. */
  readonly workspacePath: string;
  /** Where Drone mounted the shared workspace volume. */
  readonly workspaceBase: string;
  readonly volumes: ReadonlyMap<string, PipelineVolume>;
  /** The key span of `trigger:`, when the pipeline has one. */
  readonly trigger?: Span;
  /** Pipeline-level `environment:` (1.x), given to every step and service before their own. */
  readonly environment: readonly EnvEntry[];
}

/** Reads typed, located values out of one parsed document; reports wrong types and keeps going. */
export class Reader {
  constructor(
    readonly file: ParsedFile,
    readonly diags: Diagnostics,
  ) {}

  valueSpan(ptr: string): Span {
    for (let p = ptr; ; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
      const loc = this.file.locs.get(p);
      if (loc) return loc.value;
      if (p === '') return [0, 0];
    }
  }

  keySpan(ptr: string): Span {
    const loc = this.file.locs.get(ptr);
    return loc?.key ?? this.valueSpan(ptr);
  }

  /** The entries of a mapping in source order, with their pointers. */
  entries(ptr: string, obj: Record<string, unknown>): { key: string; ptr: string; value: unknown }[] {
    return this.file.keys(obj).map((key) => ({ key, ptr: `${ptr}/${pointerKey(key)}`, value: obj[key] }));
  }

  isMap(v: unknown): v is Record<string, unknown> {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  }

  /** A mapping, or undefined (null is an empty mapping); anything else is a type error. */
  map(ptr: string, v: unknown, what: string): Record<string, unknown> | undefined {
    if (v === undefined) return undefined;
    if (v === null) return {};
    if (this.isMap(v)) return v;
    this.typeError(ptr, v, what, 'a mapping');
    return undefined;
  }

  /** A scalar as text as written (`yes` stays `yes`, `0.8` stays `0.8`); a collection is a type error. */
  str(ptr: string, v: unknown, what: string): L<string> | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'object') {
      this.typeError(ptr, v, what, 'a string');
      return undefined;
    }
    const loc = this.file.locs.get(ptr);
    const text = typeof v === 'string' ? v : (loc?.raw ?? String(v));
    const bad = uncarriable(text);
    if (bad) {
      this.diags.error('invalid-character', `${what} contains ${bad}`, this.valueSpan(ptr));
      return undefined;
    }
    return this.located(ptr, text);
  }

  bool(ptr: string, v: unknown, what: string): L<boolean> | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') {
      this.typeError(ptr, v, what, 'true or false');
      return undefined;
    }
    return this.located(ptr, v);
  }

  /** A list of scalars, or one scalar as a list of one; null items are dropped. */
  list(ptr: string, v: unknown, what: string): L<string>[] {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      const one = this.str(ptr, v, what);
      return one ? [one] : [];
    }
    const out: L<string>[] = [];
    v.forEach((item, i) => {
      if (item === null || item === undefined) return;
      const s = this.str(`${ptr}/${i}`, item, `an item of ${what}`);
      if (s) out.push(s);
    });
    return out;
  }

  /** A list of words, or one string (the caller splits it). */
  words(ptr: string, v: unknown, what: string): L<string>[] | L<string> | undefined {
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v)) return this.list(ptr, v, what);
    return this.str(ptr, v, what);
  }

  located<T>(ptr: string, value: T): L<T> {
    const loc = this.file.locs.get(ptr);
    const span = loc?.value ?? this.valueSpan(ptr);
    return loc?.key ? { value, span, key: loc.key } : { value, span };
  }

  typeError(ptr: string, v: unknown, what: string, expected: string): void {
    this.diags.error('invalid-type', `${what} must be ${expected}, not ${kindOf(v)}`, this.valueSpan(ptr));
  }

  /** Warns about keys not in `known`, with a did-you-mean; with `onlyWhenClose`, only about near misses of a known key. */
  unknownKeys(ptr: string, obj: Record<string, unknown>, known: readonly string[], where: string, onlyWhenClose = false): void {
    for (const key of this.file.keys(obj)) {
      if (known.includes(key)) continue;
      const meant = suggest(key, known);
      if (onlyWhenClose && !meant) continue;
      this.diags.warning('unknown-key', `unknown key ${show(key)} in ${where}; it is ignored`, this.keySpan(`${ptr}/${pointerKey(key)}`), meant ? `did you mean \`${meant}\`?` : `known keys: ${known.join(', ')}`);
    }
  }

  /** The key span of every key of a mapping. */
  keySpans(ptr: string, obj: Record<string, unknown>): Record<string, Span> {
    const spans: Record<string, Span> = Object.create(null) as Record<string, Span>;
    for (const key of this.file.keys(obj)) spans[key] = this.keySpan(`${ptr}/${pointerKey(key)}`);
    return spans;
  }
}

/** Environment written as a mapping (`NAME: value`, `NAME: {from_secret: s}`) or a list of `NAME=value`. */
export function readEnvironment(r: Reader, ptr: string, v: unknown, what: string): EnvEntry[] {
  const out: EnvEntry[] = [];
  if (v === undefined || v === null) return out;
  if (Array.isArray(v)) {
    for (const item of r.list(ptr, v, what)) {
      const eq = item.value.indexOf('=');
      if (eq <= 0) {
        r.diags.error('invalid-environment', `the environment entry ${show(item.value)} of ${what} has no name or no \`=\``, item.span, 'write NAME=value');
        continue;
      }
      out.push({ name: { value: item.value.slice(0, eq), span: item.span }, value: { value: item.value.slice(eq + 1), span: item.span } });
    }
    return out;
  }
  const obj = r.map(ptr, v, what);
  if (!obj) return out;
  for (const e of r.entries(ptr, obj)) {
    const name: L<string> = { value: e.key, span: r.keySpan(e.ptr) };
    if (r.isMap(e.value)) {
      const secret = r.str(`${e.ptr}/from_secret`, e.value['from_secret'], `\`from_secret\` of \`${e.key}\``);
      r.unknownKeys(e.ptr, e.value, ['from_secret'], `\`${e.key}\` of ${what}`);
      if (secret) out.push({ name, secret });
      else if (e.value['from_secret'] === undefined) r.diags.error('invalid-type', `\`${e.key}\` of ${what} must be a value or {from_secret: NAME}`, r.valueSpan(e.ptr));
      continue;
    }
    if (e.value === null) {
      out.push({ name, value: { value: '', span: name.span } });
      continue;
    }
    const value = r.str(e.ptr, e.value, `\`${e.key}\` of ${what}`);
    if (value) out.push({ name, value });
  }
  return out;
}
