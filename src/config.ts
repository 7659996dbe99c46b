import { posix } from 'node:path';
import { parseImage } from './lower/image.js';
import { isTarget, TARGETS, targetFromPath, type Target } from './targets/index.js';

export { targetFromPath };

/** One artifact to write or check: a target and the path of its file. */
export interface OutputSpec {
  readonly target: Target;
  readonly path: string;
}

/**
 * `drone-compose.config.json`, found next to the input: the outputs one run writes or checks, and the options
 * they share. Paths are relative to the config file's folder and stay inside it (`outputPath`). The file is
 * repository content, as untrusted as the `.drone.yml`: it cannot turn on `--trusted`.
 */
export interface Config {
  readonly outputs: readonly OutputSpec[];
  readonly repo?: string;
  readonly name?: string;
  readonly holderImage?: string;
  readonly strict?: boolean;
}

export const CONFIG_FILE = 'drone-compose.config.json';

/** Characters no output path may hold: controls (a newline, ESC), the Unicode line separators, bidi controls. */
const PATH_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

/** What is wrong with an output path as any source gives it (a control character), if anything. Pure. */
export function pathProblem(path: string): string | undefined {
  return PATH_CONTROLS.test(path) ? 'contains a control character' : undefined;
}

/**
 * An output path from the config file, checked and normalized: relative, no control characters, inside the
 * config file's folder once `..` is resolved, naming a file (not a folder), never inside `.git`. What is on disk
 * (symbolic links, existing folders) the command line checks. Pure.
 */
export function outputPath(path: string): { path: string } | { error: string } {
  const control = pathProblem(path);
  if (control) return { error: control };
  if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) return { error: "must be relative to the config file's folder" };
  if (path.endsWith('/') || path.endsWith('/.') || path.endsWith('/..')) return { error: 'names a folder, not a file' };
  const normal = posix.normalize(path);
  if (normal === '..' || normal.startsWith('../')) return { error: "leaves the config file's folder" };
  if (normal === '.') return { error: 'names a folder, not a file' };
  if (normal.split('/').some((part) => part.toLowerCase() === '.git')) return { error: 'is inside .git' };
  return { path: normal };
}

/** Reads a config file's text; returns the config or what is wrong with it. Pure. */
export function parseConfig(text: string): Config | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'the top level must be an object' };
  const o = raw as Record<string, unknown>;
  // Trust comes only from the command line: a pull request can change this file.
  if ('trusted' in o) return { error: '"trusted" cannot be set in the config file, which the repository controls; pass --trusted on the command line for repositories you trust' };
  const known = ['outputs', 'repo', 'name', 'holderImage', 'strict', '$schema'];
  const unknown = Object.keys(o).filter((k) => !known.includes(k));
  if (unknown.length) return { error: `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}; known: ${known.join(', ')}` };
  if (!Array.isArray(o['outputs']) || o['outputs'].length === 0) return { error: '"outputs" must be a non-empty list of { "target", "path" }' };
  const outputs: OutputSpec[] = [];
  for (const [i, item] of (o['outputs'] as unknown[]).entries()) {
    const it = item as Record<string, unknown> | null;
    if (!it || typeof it !== 'object' || typeof it['path'] !== 'string' || it['path'] === '') return { error: `outputs[${i}] needs a "path" string` };
    const target = it['target'] ?? targetFromPath(it['path']);
    if (typeof target !== 'string' || !isTarget(target)) return { error: `outputs[${i}].target must be one of ${TARGETS.join(', ')}` };
    const checked = outputPath(it['path']);
    if ('error' in checked) return { error: `outputs[${i}].path ${JSON.stringify(it['path'])} ${checked.error}` };
    outputs.push({ target, path: checked.path });
  }
  for (const key of ['repo', 'name', 'holderImage'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') return { error: `"${key}" must be a string` };
  }
  // The holder only sleeps, unprivileged, like the services whose images the file already chooses; it must
  // still be one image reference, never something that reads as a docker option.
  if (typeof o['holderImage'] === 'string') {
    const ref = parseImage(o['holderImage']);
    if ('error' in ref) return { error: `"holderImage" ${JSON.stringify(o['holderImage'])} is not an image reference: ${ref.error}` };
  }
  if (o['strict'] !== undefined && typeof o['strict'] !== 'boolean') return { error: '"strict" must be true or false' };
  return {
    outputs,
    ...(typeof o['repo'] === 'string' ? { repo: o['repo'] } : {}),
    ...(typeof o['name'] === 'string' ? { name: o['name'] } : {}),
    ...(typeof o['holderImage'] === 'string' ? { holderImage: o['holderImage'] } : {}),
    ...(typeof o['strict'] === 'boolean' ? { strict: o['strict'] } : {}),
  };
}
