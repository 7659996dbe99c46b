/**
 * Drone 0.5–0.8 (`pipeline:` map of steps, `services:` map), what only such a file needs: decodes it into the
 * located model shared with 1.x, applies 0.5–0.8's trust rules (every volume is trusted-only there) and lowers it
 * to the IR. In the CLI it is in dist/later.cjs (src/dialects/later.ts), loaded when a file is compiled as 0.5–0.8.
 */
import { posix } from 'node:path';
import type { Diagnostics } from '../../diagnostics.js';
import type { ParsedFile } from '../../parse/index.js';
import type { SourceFile } from '../../source.js';
import type { FrontOptions, FrontResult } from '../dialect.js';
import { decodeContainer } from '../drone1/container.js';
import { checkedWorkspace } from '../drone1/compile.js';
import { lowerPipeline } from '../drone1/lower.js';
import { Reader, type ContainerModel, type PipelineModel } from '../drone1/model.js';
import { isMap } from '../describe.js';
import { stepsKey } from './shape.js';

/** Top-level keys of a 0.5–0.8 file (cncd/pipeline's Config). `script` is the 2016 spelling of `pipeline`. */
export const DRONE08_KEYS = ['workspace', 'clone', 'pipeline', 'services', 'matrix', 'branches', 'labels', 'platform', 'volumes', 'networks', 'depends_on', 'script'] as const;

/** Decodes, checks and lowers a Drone 0.5–0.8 file (the dialect's `compile`). */
export function compileDrone08(documents: readonly ParsedFile[], source: SourceFile, options: FrontOptions, diags: Diagnostics): FrontResult {
  const file = documents.find((x) => x.data !== null && x.data !== undefined);
  const d = file?.data;
  if (!file || !isMap(d)) {
    diags.error('not-a-mapping', 'the file is empty or its top level is not a mapping');
    return { secrets: [] };
  }
  if (options.pipeline !== undefined) {
    diags.error('usage', `--pipeline ${JSON.stringify(options.pipeline)} chooses among the pipelines of a Drone 1.x file; a Drone 0.5–0.8 file has one`, undefined, 'leave out --pipeline');
    return { secrets: [] };
  }
  const key = stepsKey(d);
  if (!key) {
    diags.error('nothing-to-compile', 'the file has no pipeline: section', undefined, 'a Drone 0.5–0.8 file lists its steps under pipeline:');
    return { secrets: [] };
  }
  const rest = documents.filter((x) => x !== file && x.data !== null && x.data !== undefined);
  if (rest.length > 0) {
    diags.warning('skipped-pipeline', `the file has ${rest.length + 1} YAML documents; a Drone 0.5–0.8 file is one, and only the first is compiled`, rest[0]!.span ? [rest[0]!.span[0], rest[0]!.span[0]] : undefined, 'remove the other documents, or write the pipelines in the Drone 1.x format (kind: pipeline)');
  }
  const r = new Reader(file, diags);
  const model = decodeFile(r, d, key, options.repo);
  return { project: lowerPipeline(model, options, diags, { everyVolumeTrusted: true }, source.text), secrets: [] };
}

/** Decodes a 0.5–0.8 file into the located model. */
export function decodeFile(r: Reader, d: Record<string, unknown>, key: 'pipeline' | 'script', repo: string): PipelineModel {
  r.unknownKeys('', d, DRONE08_KEYS, 'the file');
  const containers = (section: 'pipeline' | 'script' | 'services'): ContainerModel[] => {
    const map = r.map(`/${section}`, d[section], `\`${section}\``);
    if (!map) return [];
    const out: ContainerModel[] = [];
    for (const e of r.entries(`/${section}`, map)) {
      const data = r.map(e.ptr, e.value, `\`${e.key}\` of \`${section}\``);
      if (!data) continue;
      const span = r.keySpan(e.ptr);
      out.push(decodeContainer(r, { kind: section === 'services' ? 'service' : 'step', ptr: e.ptr, data, name: { value: e.key, span }, span, format: '0.8' }));
    }
    return out;
  };
  const steps = containers(key);
  const services = containers('services');
  // 0.5–0.8: base (default /drone) joined with path (default src/<repository path>), as path.Join does.
  const w = r.map('/workspace', d['workspace'], '`workspace`');
  let base = '/drone';
  let path = `src/${repo}`;
  if (w) {
    r.unknownKeys('/workspace', w, ['base', 'path'], '`workspace`');
    base = r.str('/workspace/base', w['base'], '`base` of the workspace')?.value || base;
    path = r.str('/workspace/path', w['path'], '`path` of the workspace')?.value || path;
  }
  const workspacePath = checkedWorkspace(r, posix.join(base, path), '/workspace');
  const mountedBase = checkedWorkspace(r, posix.normalize(base), '/workspace/base');
  return {
    steps,
    services,
    workspacePath,
    workspaceBase: mountedBase.startsWith('/drone/') ? '/drone' : mountedBase,
    volumes: new Map(),
    environment: [],
  };
}
