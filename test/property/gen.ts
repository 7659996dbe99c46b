/**
 * Shared pieces of the property tests: arbitraries of shell- and YAML-hostile strings, a reference model of
 * Drone's `$$NAME` substitution (written from the README, independent of src/), a generator of .drone.yml
 * inputs whose intended values are known, and YAML text built with the `yaml` package so that any string is
 * representable.
 */
import fc from 'fast-check';
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../../src/diagnostics.js';

// ---- run counts -----------------------------------------------------------------------------------

/** `FUZZ_RUNS=5000` scales every property up: the main one to that many runs, the others in proportion. */
export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? '') || 0;

/** Runs of a property: its default, or scaled to FUZZ_RUNS (`share` of it, at least the default). */
export function runs(defaultRuns: number, share = 1): number {
  return FUZZ_RUNS > 0 ? Math.max(defaultRuns, Math.round(FUZZ_RUNS * share)) : defaultRuns;
}

/** fast-check parameters; FUZZ_SEED replays a reported failure. */
export function params(numRuns: number): fc.Parameters<unknown> {
  const seed = Number(process.env['FUZZ_SEED'] ?? '');
  return { numRuns, includeErrorInReport: true, ...(Number.isFinite(seed) && process.env['FUZZ_SEED'] ? { seed } : {}) };
}

// ---- strings --------------------------------------------------------------------------------------

/** Characters and snippets that break naive shell or YAML quoting, plus canaries that create a file if evaluated. */
export const HOSTILE_PIECES = [
  "'", '"', '$', '`', '\\', '\n', '\r', '\r\n', '\t', '-', '--', '-x', "'\\''", '$(', ')', '*', '?', '[', '~', '#', ';', '=', '',
  '$(touch CANARY)', '`touch CANARY`', '$(touch${IFS}CANARY)', "'; touch CANARY; '", '"; touch CANARY; "',
  '$HOME', '${HOME}', '$$', '$${', '}', '{', '$1', '$@', '$*', '$#', '$?', '!', '&', '|', '>', '<', '%s', '%', '\\n', '\\0',
  ' ', '  ', ': ', '- ', ':', ',', '.', '..', '/', '/.', '/..', '//', '&a', '*a', '!!str', '---', '...', '@', '{{', '}}',
  'yes', 'no', 'on', 'off', 'null', 'Null', 'true', '0x1F', '0b1', '1_000', '012', '1e3', '.inf', '.NaN', '1:20', '2001-12-14', '<<',
  'a', 'Z', '0', '_', 'é', 'ß', '日本', '😀', '\u00a0', '\u0085', '\u2028', '\u2029', '\ufeff', '\u200b', '\x7f', '\x1b[31m', '\x01', '\x0b', '\x0c',
];

const noNul = (s: string) => !s.includes('\0');

/** Any string of code points except NUL (no lone surrogates: neither can be a process argument). */
export const anyString: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 24 }).filter(noNul);

/** Strings biased to shell-hostile characters. */
export const hostileString: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) }, { weight: 1, arbitrary: anyString }), { maxLength: 7 })
  .map((a) => a.join(''));

/** A mix of both. */
export const someString: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: anyString });

// ---- the $$NAME model ------------------------------------------------------------------------------

/**
 * One of Drone 0.4's operations as the README describes them: words and patterns are literal text, positions
 * and lengths count bytes, `:pos` keeps the first pos bytes, `/old/new` replaces every occurrence (old runs to
 * the last slash), `"$$NAME"` in a build command escapes the value for a double-quoted shell string.
 */
export type Op =
  | { readonly kind: 'default' | 'prefix' | 'suffix'; readonly word: string }
  | { readonly kind: 'replace'; readonly old: string; readonly new: string }
  | { readonly kind: 'bytes'; readonly start: number; readonly length: number; readonly text: string }
  | { readonly kind: 'quote' };
export type Part = string | { readonly env: string; readonly op?: Op };

const REFERENCE = /\$\$(?:\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))?/g;

function readOp(rest: string): Op | undefined {
  let m = /^:([0-9]{1,9})$/.exec(rest);
  if (m) return { kind: 'bytes', start: 0, length: Number(m[1]), text: `:${Number(m[1])}` };
  m = /^:([0-9]{1,9}):([0-9]{1,9})$/.exec(rest);
  if (m) return { kind: 'bytes', start: Number(m[1]), length: Number(m[2]), text: `:${Number(m[1])}:${Number(m[2])}` };
  if (rest[0] === '=') return { kind: 'default', word: rest.slice(1) };
  if (rest.startsWith('##') && rest.length > 2) return { kind: 'prefix', word: rest.slice(2) };
  if (rest.startsWith('%%') && rest.length > 2) return { kind: 'suffix', word: rest.slice(2) };
  const slash = rest.lastIndexOf('/');
  if (rest[0] === '/' && slash > 1) return { kind: 'replace', old: rest.slice(1, slash), new: rest.slice(slash + 1) };
  return undefined;
}

/** Whether a text has a `$${NAME...}` that is none of Drone's operations (the compiler must refuse it). */
export function badOperation(text: string): boolean {
  for (const m of text.matchAll(REFERENCE)) if (m[1] !== undefined && m[2] !== '' && readOp(m[2]!) === undefined) return true;
  return false;
}

/**
 * Drone's substitution as the README describes it: `$$NAME` and `$${NAME}` are references to NAME, read when
 * the artifact runs, `$${NAME<operation>}` applies an operation; a `$$` not followed by a name stays `$$`;
 * `$VAR` and `${VAR}` are ordinary text. Read left to right. Adjacent literals are merged; a value is never
 * an empty list. `shellCode`: the text is a build command.
 */
export function model(text: string, shellCode = false): Part[] {
  const out: Part[] = [];
  let last = 0;
  let lit = '';
  for (const m of text.matchAll(REFERENCE)) {
    const name = m[1] ?? m[3];
    lit += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (name === undefined) {
      lit += '$$';
      continue;
    }
    let op = m[2] ? readOp(m[2]) : undefined;
    if (!op && shellCode && text[m.index - 1] === '"' && text[last] === '"') op = { kind: 'quote' };
    if (lit) out.push(lit);
    lit = '';
    out.push(op ? { env: name, op } : { env: name });
  }
  lit += text.slice(last);
  if (lit || out.length === 0) out.push(lit);
  return out;
}

export function refsOf(parts: readonly (string | { readonly env: string })[]): string[] {
  return parts.filter((p): p is { env: string } => typeof p !== 'string').map((p) => p.env);
}

function applyOp(op: Op | undefined, value: string): string {
  if (!op) return value;
  switch (op.kind) {
    case 'default':
      return value === '' ? op.word : value;
    case 'prefix':
      return value.startsWith(op.word) ? value.slice(op.word.length) : value;
    case 'suffix':
      return value.endsWith(op.word) ? value.slice(0, value.length - op.word.length) : value;
    case 'replace':
      return value.split(op.old).join(op.new);
    case 'bytes':
      return Buffer.from(value).subarray(op.start, op.start + op.length).toString();
    case 'quote':
      return value.replace(/[\\"$`]/g, (c) => '\\' + c);
  }
}

/** Parts with references resolved from `env`; a compose `${NAME:-word}` (`fallback`) reads as Drone's default. */
export function resolveParts(parts: readonly (Part | { readonly env: string; readonly fallback?: string })[], env: Readonly<Record<string, string>>): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p;
      if ('fallback' in p && p.fallback !== undefined) return applyOp({ kind: 'default', word: p.fallback }, env[p.env] ?? '');
      return applyOp('op' in p ? p.op : undefined, env[p.env] ?? '');
    })
    .join('');
}

/** The text a build step echoes for a command: references shown as `$$NAME`, operations as `$${NAME<op>}`. */
export function shown(parts: readonly Part[]): string {
  const text = (op: Op): string => {
    switch (op.kind) {
      case 'default':
        return `=${op.word}`;
      case 'prefix':
        return `##${op.word}`;
      case 'suffix':
        return `%%${op.word}`;
      case 'replace':
        return `/${op.old}/${op.new}`;
      case 'bytes':
        return op.text;
      case 'quote':
        return '';
    }
  };
  return parts.map((p) => (typeof p === 'string' ? p : p.op && p.op.kind !== 'quote' ? `$\${${p.env}${text(p.op)}}` : `$$${p.env}`)).join('');
}

/** Names a shell or the test harness manages itself: a `$$` reference to one of them is not exercised here. */
const SHELL_NAMES = new Set([
  '_', 'PATH', 'HOME', 'IFS', 'PWD', 'OLDPWD', 'PPID', 'PS1', 'PS2', 'PS4', 'OPTIND', 'OPTARG', 'OPTERR', 'LINENO', 'RANDOM', 'SRANDOM',
  'SECONDS', 'ENV', 'CDPATH', 'SHELLOPTS', 'BASHOPTS', 'BASHPID', 'UID', 'EUID', 'GROUPS', 'HOSTNAME', 'HOSTTYPE', 'OSTYPE', 'MACHTYPE',
  'SHLVL', 'FUNCNAME', 'DIRSTACK', 'PIPESTATUS', 'REPLY', 'TMPDIR', 'LANG', 'LANGUAGE', 'TERM', 'COLUMNS', 'LINES', 'POSIXLY_CORRECT',
  'EPOCHSECONDS', 'EPOCHREALTIME', 'TIMEFORMAT', 'PROMPT_COMMAND', 'GLOBIGNORE', 'FIGNORE', 'INPUTRC', 'NLSPATH', 'MAIL', 'MAILPATH',
]);
export function shellManaged(name: string): boolean {
  return SHELL_NAMES.has(name) || /^(BASH|COMP_|LC_|HIST|READLINE|DRONE_COMPOSE_|FAKE_DOCKER_|dc_)/.test(name);
}

const refName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('A', 'DB_PASSWORD', 'x1', '_x', 'abc_DEF_9', 'TOKEN', 'V'),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,5}$/).filter((n) => !shellManaged(n)),
);

/** A value as written in the file: hostile text with `$$NAME` / `$${NAME}` references mixed in. */
export function valueText(literal: fc.Arbitrary<string> = someString, reserved = false): fc.Arbitrary<string> {
  const name = reserved ? fc.oneof({ weight: 12, arbitrary: refName }, { weight: 1, arbitrary: fc.constantFrom('dc_project', 'dc_x') }) : refName;
  const ref = fc.tuple(name, fc.boolean()).map(([n, braced]) => (braced ? `$\${${n}}` : `$$${n}`));
  // Drone's operations, with hostile words (a `}` ends the operation; a word with one is cut there).
  const word = someString.map((w) => w.replace(/\}/g, ''));
  const digits = fc.oneof(fc.integer({ min: 0, max: 12 }).map(String), fc.constantFrom('007', '99999'));
  const operation = fc
    .tuple(
      name,
      fc.oneof(
        fc.tuple(digits, fc.option(digits, { nil: undefined })).map(([a, b]) => (b === undefined ? `:${a}` : `:${a}:${b}`)),
        word.map((w) => `=${w}`),
        word.filter((w) => w !== '').map((w) => `##${w}`),
        word.filter((w) => w !== '').map((w) => `%%${w}`),
        fc.tuple(word.filter((w) => w !== '' && !w.includes('/')), word).map(([o, n]) => `/${o}/${n}`),
      ),
    )
    .map(([n, op]) => `$\${${n}${op}}`);
  const quoted = ref.map((r) => `"${r}"`);
  return fc
    .array(fc.oneof({ weight: 6, arbitrary: literal }, { weight: 2, arbitrary: ref }, { weight: 1, arbitrary: operation }, { weight: 1, arbitrary: quoted }), { maxLength: 4 })
    .map((a) => a.join(''));
}

// ---- .drone.yml inputs -------------------------------------------------------------------------------

export interface EnvSpec {
  readonly form: 'map' | 'list';
  /** Name and value as written. */
  readonly entries: readonly (readonly [string, string])[];
}

export interface VolumeSpec {
  readonly host: string;
  readonly container: string;
  readonly mode?: string;
}

export interface ServiceSpec {
  readonly name: string;
  readonly image: string;
  readonly pull: boolean;
  readonly env: EnvSpec;
  readonly entrypoint?: readonly string[];
  readonly command?: readonly string[];
  readonly volumes: readonly VolumeSpec[];
  readonly auth?: { readonly username: string; readonly password: string };
}

export interface BuildSpec {
  readonly image: string;
  readonly env: EnvSpec;
  readonly commands: readonly string[];
}

export interface Case {
  readonly services: readonly ServiceSpec[];
  readonly build?: BuildSpec;
  /** Values given, in turn, to the referenced variables when the artifact runs. */
  readonly refValues: readonly string[];
}

/** Images and the registry each names (for docker login), as the test expects them after `:latest` is added. */
export const IMAGES: Record<string, { expected: string; registry?: string }> = {
  'alpine:3.19': { expected: 'alpine:3.19' },
  postgres: { expected: 'postgres:latest' },
  'library/redis:7-alpine': { expected: 'library/redis:7-alpine' },
  'registry.example.com:5000/team/app:1.0': { expected: 'registry.example.com:5000/team/app:1.0', registry: 'registry.example.com:5000' },
  'localhost/busybox': { expected: 'localhost/busybox:latest', registry: 'localhost' },
  [`quay.io/org/img@sha256:${'a1'.repeat(32)}`]: { expected: `quay.io/org/img@sha256:${'a1'.repeat(32)}`, registry: 'quay.io' },
};

const MODES = ['ro', 'rw', 'z', 'ro,Z', 'rshared', 'nocopy'];

export interface GenOptions {
  /** Only inputs the compiler must accept (names without `=`, absolute container paths, no reserved names). */
  readonly valid: boolean;
}

function envSpec(o: GenOptions): fc.Arbitrary<EnvSpec> {
  const validName = someString.filter((n) => n !== '' && !n.includes('='));
  const name = o.valid ? validName : fc.oneof({ weight: 10, arbitrary: validName }, { weight: 1, arbitrary: fc.constantFrom('', '=', 'A=B', 'x=') });
  return fc.record({
    form: fc.constantFrom('map' as const, 'list' as const),
    entries: fc.uniqueArray(fc.tuple(name, valueText(someString, !o.valid)), { maxLength: 4, selector: (e) => e[0] }),
  });
}

const noColon = someString.map((s) => s.replace(/:/g, '_'));

function volumeSpec(o: GenOptions): fc.Arbitrary<VolumeSpec> {
  const path = valueText(noColon).map((s) => s.replace(/:/g, '_'));
  const host = fc.oneof(path.map((s) => `/${s}`), path.map((s) => `./${s}`), fc.constant('..'));
  const container = o.valid ? path.map((s) => `/${s}`) : fc.oneof({ weight: 3, arbitrary: path.map((s) => `/${s}`) }, { weight: 1, arbitrary: valueText() });
  return fc.record({ host, container, mode: fc.option(fc.constantFrom(...MODES), { nil: undefined }) }, { requiredKeys: ['host', 'container'] });
}

const serviceName = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,10}$/).filter((n) => !n.startsWith('build') && n !== 'holder');

function serviceSpec(o: GenOptions): fc.Arbitrary<ServiceSpec> {
  const words = fc.array(valueText(someString, !o.valid), { maxLength: 4 });
  return fc.record(
    {
      name: serviceName,
      image: fc.constantFrom(...Object.keys(IMAGES)),
      pull: fc.boolean(),
      env: envSpec(o),
      entrypoint: fc.option(fc.array(valueText(someString, !o.valid), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      command: fc.option(words, { nil: undefined }),
      volumes: fc.array(volumeSpec(o), { maxLength: 2 }),
      auth: fc.option(fc.record({ username: valueText(someString, !o.valid), password: valueText(someString, !o.valid) }), { nil: undefined }),
    },
    { requiredKeys: ['name', 'image', 'pull', 'env', 'volumes'] },
  );
}

function buildSpec(o: GenOptions): fc.Arbitrary<BuildSpec> {
  return fc.record({
    image: fc.constantFrom('alpine:3.19', 'golang:1.22', 'node'),
    env: envSpec(o),
    commands: fc.array(valueText(someString, !o.valid), { minLength: 1, maxLength: 3 }),
  });
}

export function caseArb(o: GenOptions): fc.Arbitrary<Case> {
  return fc.record(
    {
      services: fc.uniqueArray(serviceSpec(o), { minLength: 1, maxLength: 2, selector: (s) => s.name.toLowerCase() }),
      build: fc.option(buildSpec(o), { nil: undefined }),
      refValues: fc.array(someString, { minLength: 1, maxLength: 4 }),
    },
    { requiredKeys: ['services', 'refValues'] },
  );
}

// ---- expected values -----------------------------------------------------------------------------------

export interface ExpectedEnv {
  readonly name: string;
  readonly value: Part[];
}

/**
 * The environment entries as the file asks for them: a list item is split at its first `=`; a name set twice
 * keeps its first place and takes the later value ("the later value is used").
 */
export function expectedEnv(env: EnvSpec): ExpectedEnv[] {
  const out = new Map<string, Part[]>();
  for (const [n, v] of env.entries) {
    let name = n;
    let value = v;
    if (env.form === 'list') {
      const text = `${n}=${v}`;
      const eq = text.indexOf('=');
      name = text.slice(0, eq);
      value = text.slice(eq + 1);
    }
    out.set(name, model(value));
  }
  return [...out].map(([name, value]) => ({ name, value }));
}

/** Whether the compiler must refuse the environment: an empty name (before the first `=` of a list item), or a key with `=`. */
export function invalidEnv(env: EnvSpec): boolean {
  return env.entries.some(([n]) => (env.form === 'map' ? n === '' || n.includes('=') : n.split('=')[0] === ''));
}

export function volumeText(v: VolumeSpec): string {
  return `${v.host}:${v.container}${v.mode ? `:${v.mode}` : ''}`;
}

/** Every text of the case that goes through `$$` substitution. */
export function valueTexts(c: Case): string[] {
  const out: string[] = [];
  for (const s of c.services) {
    out.push(...s.env.entries.map((e) => e[1]), ...(s.entrypoint ?? []), ...(s.command ?? []), ...s.volumes.map(volumeText));
    if (s.auth) out.push(s.auth.username, s.auth.password);
  }
  if (c.build) out.push(...c.build.env.entries.map((e) => e[1]), ...c.build.commands);
  return out;
}

/** The referenced names, sorted, and a value for each from `refValues`. */
export function refEnvironment(c: Case): { names: string[]; env: Record<string, string> } {
  const names = [...new Set(valueTexts(c).flatMap((t) => refsOf(model(t))))].sort();
  const env: Record<string, string> = {};
  names.forEach((n, i) => (env[n] = c.refValues[i % c.refValues.length]!));
  return { names, env };
}

// ---- YAML text ----------------------------------------------------------------------------------------

export type Data = string | number | boolean | null | readonly Data[] | ReadonlyMap<string, Data>;

function toNode(v: Data, key = false): Node {
  if (v instanceof Map) {
    const m = new YAMLMap();
    for (const [k, x] of v as ReadonlyMap<string, Data>) m.items.push(new Pair(toNode(k, true), toNode(x)));
    return m;
  }
  if (Array.isArray(v)) {
    const s = new YAMLSeq();
    for (const x of v as readonly Data[]) s.items.push(toNode(x));
    return s;
  }
  const s = new Scalar(v);
  // The yaml package writes a `<<` key plain even when asked to quote it, and YAML 1.1 reads that as a merge key.
  if (key && v === '<<') s.tag = 'tag:yaml.org,2002:str';
  return s;
}

/** YAML 1.1 text for data whose mappings are Maps (source order kept; `__proto__` and `1` are plain keys). */
export function yamlText(data: Data): string {
  const doc = new Document(null, { version: '1.1' });
  doc.contents = toNode(data) as never;
  const text = doc.toString();
  // The yaml package writes some strings in forms it reads back differently (` \n` as a `|+` block read as
  // `\n`; a folded double-quoted line starting with a blank): then write JSON-like quoted scalars.
  return sameData(readYaml(text, '1.1'), data) ? text : doc.toString({ blockQuote: false, doubleQuotedAsJSON: true, lineWidth: 0 });
}

/** Reads YAML back to Data (mappings as Maps): the harness checks that its own YAML says what it meant. */
export function readYaml(text: string, version: '1.1' | '1.2'): unknown {
  const doc = parseDocument(text, { version, uniqueKeys: false });
  if (doc.errors.length) throw new Error(`YAML errors: ${doc.errors.map((e) => e.message).join('; ')}`);
  return doc.toJS({ mapAsMap: true });
}

function envData(env: EnvSpec): Data {
  return env.form === 'map' ? new Map(env.entries.map(([n, v]) => [n, v])) : env.entries.map(([n, v]) => `${n}=${v}`);
}

export function droneData(c: Case): Map<string, Data> {
  const compose = new Map<string, Data>();
  for (const s of c.services) {
    const m = new Map<string, Data>([['image', s.image]]);
    if (s.pull) m.set('pull', true);
    if (s.env.entries.length > 0 || s.env.form === 'list') m.set('environment', envData(s.env));
    if (s.entrypoint) m.set('entrypoint', [...s.entrypoint]);
    if (s.command) m.set('command', [...s.command]);
    if (s.volumes.length) m.set('volumes', s.volumes.map(volumeText));
    if (s.auth) m.set('auth_config', new Map([['username', s.auth.username], ['password', s.auth.password]]));
    compose.set(s.name, m);
  }
  const root = new Map<string, Data>([['compose', compose]]);
  if (c.build) {
    const b = new Map<string, Data>([['image', c.build.image], ['environment', envData(c.build.env)], ['commands', [...c.build.commands]]]);
    root.set('build', b);
  }
  return root;
}

/** Deep equality of Data against what `readYaml` returned. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    const ka = [...a.keys()];
    const kb = [...b.keys()];
    return ka.every((k, i) => k === kb[i] && sameData(a.get(k), b.get(kb[i])));
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  return Object.is(a, b);
}

// ---- diagnostics ------------------------------------------------------------------------------------------

/** Codes whose errors may have no place in the file. */
const PLACELESS = new Set(['missing-repo', 'usage']);

/** When compile gave no output: there is an error, and every error points into the file. */
export function checkFailure(diagnostics: readonly Diagnostic[], placeless: ReadonlySet<string> = PLACELESS): string | undefined {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return 'no output, yet no error';
  const bad = errors.find((d) => !d.span && !placeless.has(d.code));
  return bad ? `error without a place: ${bad.code}: ${bad.message}` : undefined;
}
