import { TARGETS, type Target } from './ir.js';

/** One artifact to write or check: a target and the path of its file. */
export interface OutputSpec {
  readonly target: Target;
  readonly path: string;
}

/**
 * `drone-compose.config.json`, found next to the input: the outputs one run writes or checks, and the options
 * they share. Paths are relative to the config file's folder.
 */
export interface Config {
  readonly outputs: readonly OutputSpec[];
  readonly repo?: string;
  readonly name?: string;
  readonly holderImage?: string;
  readonly trusted?: boolean;
  readonly strict?: boolean;
}

export const CONFIG_FILE = 'drone-compose.config.json';

/** The target a file name implies: `.yml`/`.yaml` is a compose file, anything else a script. */
export function targetFromPath(path: string): Target {
  return /\.ya?ml$/i.test(path) ? 'compose' : 'sh';
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
  const known = ['outputs', 'repo', 'name', 'holderImage', 'trusted', 'strict', '$schema'];
  const unknown = Object.keys(o).filter((k) => !known.includes(k));
  if (unknown.length) return { error: `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}; known: ${known.join(', ')}` };
  if (!Array.isArray(o['outputs']) || o['outputs'].length === 0) return { error: '"outputs" must be a non-empty list of { "target", "path" }' };
  const outputs: OutputSpec[] = [];
  for (const [i, item] of (o['outputs'] as unknown[]).entries()) {
    const it = item as Record<string, unknown> | null;
    if (!it || typeof it !== 'object' || typeof it['path'] !== 'string' || it['path'] === '') return { error: `outputs[${i}] needs a "path" string` };
    const target = it['target'] ?? targetFromPath(it['path']);
    if (typeof target !== 'string' || !TARGETS.includes(target as Target)) return { error: `outputs[${i}].target must be one of ${TARGETS.join(', ')}` };
    outputs.push({ target: target as Target, path: it['path'] });
  }
  for (const key of ['repo', 'name', 'holderImage'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') return { error: `"${key}" must be a string` };
  }
  for (const key of ['trusted', 'strict'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'boolean') return { error: `"${key}" must be true or false` };
  }
  return {
    outputs,
    ...(typeof o['repo'] === 'string' ? { repo: o['repo'] } : {}),
    ...(typeof o['name'] === 'string' ? { name: o['name'] } : {}),
    ...(typeof o['holderImage'] === 'string' ? { holderImage: o['holderImage'] } : {}),
    ...(typeof o['trusted'] === 'boolean' ? { trusted: o['trusted'] } : {}),
    ...(typeof o['strict'] === 'boolean' ? { strict: o['strict'] } : {}),
  };
}
