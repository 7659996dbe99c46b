/**
 * Drone 1.x (`kind: pipeline` documents), what only a 1.x file needs: chooses one container pipeline of the file,
 * decodes it into the located model, applies the 1.x linter's rules and lowers it to the IR. In the CLI it is in
 * dist/later.cjs (src/dialects/later.ts), loaded when a file is compiled as 1.x.
 */
import { posix } from 'node:path';
import { show, type Diagnostics } from '../../diagnostics.js';
import type { ParsedFile } from '../../parse/index.js';
import type { SourceFile, Span } from '../../source.js';
import type { FrontOptions, FrontResult } from '../dialect.js';
import { isMap } from '../describe.js';
import { decodeContainer, type ContainerInput } from './container.js';
import { lowerPipeline } from './lower.js';
import { readEnvironment, Reader, type ContainerModel, type L, type PipelineModel, type PipelineVolume } from './model.js';

/** Top-level keys of a 1.x pipeline document. */
export const DRONE1_PIPELINE_KEYS = [
  'kind', 'type', 'name', 'platform', 'workspace', 'clone', 'steps', 'services', 'volumes', 'trigger', 'depends_on', 'node',
  'concurrency', 'image_pull_secrets', 'environment', 'node_selector', 'tolerations', 'service_account_name', 'metadata', 'host_aliases', 'version',
] as const;

/** Pipeline types whose steps run in containers: what drone-compose can compile. */
const CONTAINER_TYPES = new Set(['docker', 'kubernetes']);

/** What a document of a multi-document file is, for choosing and for the note about the others. */
interface Entry {
  readonly file: ParsedFile;
  readonly kind: string;
  readonly type: string;
  readonly name: string;
  readonly span: Span;
}

/** A document's scalar field as written (`name: 1.10` is `1.10`), its default when absent; undefined after an error. */
function scalarText(file: ParsedFile, key: string, fallback: string, diags: Diagnostics): string | undefined {
  const v = (file.data as Record<string, unknown>)[key];
  if (v === undefined || v === null) return fallback;
  const loc = file.locs.get(`/${key}`);
  if (typeof v === 'object') {
    diags.error('invalid-type', `the ${key}: of a pipeline must be a word, not ${Array.isArray(v) ? 'a list' : 'a mapping'}`, loc?.value);
    return undefined;
  }
  return typeof v === 'string' ? v : (loc?.raw ?? String(v));
}

function describe(e: Entry): string {
  if (e.kind !== 'pipeline') return `a \`${e.kind}\` document`;
  return CONTAINER_TYPES.has(e.type) ? `pipeline \`${e.name}\`` : `pipeline \`${e.name}\` (type ${e.type}, not run in containers)`;
}

/** Decodes, checks and lowers a Drone 1.x file (the dialect's `compile`). */
export function compileDrone1(documents: readonly ParsedFile[], source: SourceFile, options: FrontOptions, diags: Diagnostics): FrontResult {
  const entries: Entry[] = [];
  // The first pipeline of each name: a second one of the same name is an error (found in linear work).
  const byName = new Map<string, Entry>();
  for (const file of documents) {
    const d = file.data;
    if (d === null || d === undefined) continue; // an empty document (`---` then `...`)
    const span: Span = file.locs.get('/kind')?.value ?? file.locs.get('')?.value ?? [0, 0];
    if (!isMap(d)) {
      diags.error('not-a-mapping', 'a document of a Drone 1.x file must be a mapping with kind:', span);
      continue;
    }
    const kind = typeof d['kind'] === 'string' ? d['kind'] : '';
    if (kind === '') {
      const written = d['kind'] !== undefined && d['kind'] !== null;
      diags.error('invalid-pipeline', written ? 'the kind: of a document is not a word' : 'a document of a Drone 1.x file has no kind:', span, 'write kind: pipeline');
      continue;
    }
    // A malformed type or name is reported; the document is still read, as its default.
    const type = scalarText(file, 'type', 'docker', diags) ?? 'docker';
    const name = scalarText(file, 'name', 'default', diags) ?? 'default';
    const same = kind === 'pipeline' ? byName.get(name) : undefined;
    if (same) {
      const at = file.locs.get('/name');
      diags.error('invalid-pipeline', `two pipelines are named ${show(name)}`, at?.value ?? span, 'give each pipeline its own name, as Drone requires', [{ span: same.file.locs.get('/name')?.value ?? same.span, message: 'the other one is here' }]);
      continue;
    }
    const entry: Entry = { file, kind, type, name, span };
    entries.push(entry);
    if (kind === 'pipeline') byName.set(name, entry);
  }
  const pipelines = entries.filter((e) => e.kind === 'pipeline');
  let chosen: Entry | undefined;
  if (options.pipeline !== undefined) {
    chosen = pipelines.find((e) => e.name === options.pipeline);
    if (!chosen) {
      diags.error('usage', `--pipeline ${JSON.stringify(options.pipeline)} names no pipeline of the file`, undefined, `pipelines: ${pipelines.map((e) => e.name).join(', ') || 'none'}`);
      return { secrets: [] };
    }
    if (!CONTAINER_TYPES.has(chosen.type)) {
      diags.error('usage', `pipeline ${show(chosen.name)} is of type ${chosen.type}, whose steps do not run in containers`, chosen.file.locs.get('/type')?.value, 'choose a docker or kubernetes pipeline');
      return { secrets: [] };
    }
  } else {
    chosen = pipelines.find((e) => CONTAINER_TYPES.has(e.type));
    if (!chosen) {
      diags.error('nothing-to-compile', 'the file has no pipeline whose steps run in containers (type docker or kubernetes)', pipelines[0]?.span);
      return { secrets: [] };
    }
  }
  const others = entries.filter((e) => e !== chosen);
  if (others.length > 0) {
    const otherPipelines = others.filter((e) => e.kind === 'pipeline' && CONTAINER_TYPES.has(e.type));
    diags.warning(
      'skipped-pipeline',
      `only pipeline \`${chosen.name}\` is compiled; the file also has ${others.map(describe).join(', ')}`,
      others[0]!.span,
      otherPipelines.length > 0 ? `choose another with --pipeline NAME (${otherPipelines.map((e) => e.name).join(', ')})` : undefined,
    );
  }
  const r = new Reader(chosen.file, diags);
  const model = decodePipeline(r, chosen.file.data as Record<string, unknown>);
  return { project: lowerPipeline(model, options, diags, { everyVolumeTrusted: false }, source.text), secrets: [] };
}

/** Decodes the chosen pipeline document. */
export function decodePipeline(r: Reader, d: Record<string, unknown>): PipelineModel {
  r.unknownKeys('', d, DRONE1_PIPELINE_KEYS, 'the pipeline');
  const containers = (key: 'steps' | 'services'): ContainerModel[] => {
    const v = d[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      r.typeError(`/${key}`, v, `\`${key}\``, 'a list');
      return [];
    }
    const out: ContainerModel[] = [];
    v.forEach((item, i) => {
      const ptr = `/${key}/${i}`;
      const data = r.map(ptr, item, `an item of \`${key}\``);
      if (!data) return;
      const name = r.str(`${ptr}/name`, data['name'], `\`name\` of an item of \`${key}\``);
      if (!name || name.value === '') {
        r.diags.error('invalid-name', `an item of \`${key}\` has no name`, r.valueSpan(ptr), 'write name: NAME');
        return;
      }
      const input: ContainerInput = { kind: key === 'steps' ? 'step' : 'service', ptr, data, name, span: name.span, format: '1' };
      out.push(decodeContainer(r, input));
    });
    return out;
  };
  const steps = containers('steps');
  const services = containers('services');
  const ws = workspace(r, d['workspace']);
  const environment = readEnvironment(r, '/environment', d['environment'], 'the pipeline');
  const trigger = d['trigger'] !== undefined && d['trigger'] !== null ? r.keySpan('/trigger') : undefined;
  return { steps, services, ...ws, volumes: pipelineVolumes(r, d['volumes']), ...(trigger ? { trigger } : {}), environment };
}

/**
 * The 1.x runner's workspace: `base` (default `/drone/src`) joined with `path`; a `path` that is absolute without
 * a `base` is the workspace itself.
 */
function workspace(r: Reader, v: unknown): { workspacePath: string; workspaceBase: string } {
  const w = r.map('/workspace', v, '`workspace`');
  let base = '';
  let path = '';
  if (w) {
    r.unknownKeys('/workspace', w, ['base', 'path'], '`workspace`');
    base = r.str('/workspace/base', w['base'], '`base` of the workspace')?.value ?? '';
    path = r.str('/workspace/path', w['path'], '`path` of the workspace')?.value ?? '';
  }
  let explicitBase = base !== '';
  if (base === '') {
    if (path.startsWith('/')) {
      base = path;
      path = '';
      explicitBase = false;
    } else {
      base = '/drone/src';
    }
  }
  const full = checkedWorkspace(r, posix.join(base, path), '/workspace');
  const mountedBase = explicitBase ? checkedWorkspace(r, posix.normalize(base), '/workspace/base') : '/drone';
  return { workspacePath: full, workspaceBase: mountedBase === '/' || mountedBase.startsWith('/drone/') ? '/drone' : mountedBase };
}

/** A workspace path docker can mount: absolute, not the root, no `:` or control characters. */
export function checkedWorkspace(r: Reader, path: string, ptr: string): string {
  if (!path.startsWith('/') || path === '/' || /[:\u0000-\u001f\u007f,]/.test(path)) {
    r.diags.error('invalid-pipeline', `the workspace ${show(path)} cannot be mounted`, r.valueSpan(ptr), 'write an absolute path without `:` or `,`, not /');
    return '/drone/src';
  }
  return path.replace(/\/+$/, '');
}

function pipelineVolumes(r: Reader, v: unknown): Map<string, PipelineVolume> {
  const out = new Map<string, PipelineVolume>();
  if (v === undefined || v === null) return out;
  if (!Array.isArray(v)) {
    r.typeError('/volumes', v, '`volumes` of the pipeline', 'a list');
    return out;
  }
  v.forEach((item, i) => {
    const ptr = `/volumes/${i}`;
    const m = r.map(ptr, item, 'a volume of the pipeline');
    if (!m) return;
    r.unknownKeys(ptr, m, ['name', 'temp', 'host', 'claim', 'config_map', 'secret'], 'a volume of the pipeline');
    const name: L<string> | undefined = r.str(`${ptr}/name`, m['name'], '`name` of a volume');
    if (!name) {
      r.diags.error('invalid-volume', 'a volume of the pipeline has no name', r.valueSpan(ptr), 'write name: NAME');
      return;
    }
    const vol: { -readonly [K in keyof PipelineVolume]: PipelineVolume[K] } = { name };
    if ('temp' in m) {
      const t = r.map(`${ptr}/temp`, m['temp'], '`temp` of a volume') ?? {};
      const medium = r.str(`${ptr}/temp/medium`, t['medium'], '`medium` of a temp volume');
      vol.temp = { key: r.keySpan(`${ptr}/temp`), ...(medium ? { medium } : {}) };
    }
    if ('host' in m) {
      const h = r.map(`${ptr}/host`, m['host'], '`host` of a volume') ?? {};
      const path = r.str(`${ptr}/host/path`, h['path'], '`path` of a host volume');
      vol.host = { key: r.keySpan(`${ptr}/host`), ...(path ? { path } : {}) };
    }
    if (!vol.temp && !vol.host) {
      r.diags.error('invalid-volume', `the volume \`${name.value}\` is neither temp: nor host:`, name.span, 'write temp: {} for a volume the containers share');
      return;
    }
    if (out.has(name.value)) r.diags.warning('duplicate-key', `the volume \`${name.value}\` is declared twice; the later one is used`, name.span);
    out.set(name.value, vol);
  });
  return out;
}
