/**
 * Drone 0.4 (`compose:` and `build:` at the top of .drone.yml) as a dialect: decode once, run the rules, lower
 * the decoded file to the IR.
 */
import type { ParsedFile } from '../../parse/index.js';
import type { SourceFile } from '../../source.js';
import type { Dialect, FrontResult } from '../dialect.js';
import { decode, type Drone04File } from './decode.js';
import { lower } from './lower.js';
import { runRules } from './rules/index.js';

/** Whether a document has Drone 0.4's shape: a mapping with `compose:` or `build:` at the top. */
function matches(documents: readonly ParsedFile[]): boolean {
  const data = documents[0]?.data;
  return documents.length === 1 && data !== null && typeof data === 'object' && !Array.isArray(data) && ('compose' in data || 'build' in data);
}

/**
 * Marks registry passwords and tokens written in the file as secrets of the source; returns their literal
 * texts (what is around `$$NAME` references), which no diagnostic or diff may show.
 */
function redactCredentials(model: Drone04File, source: SourceFile): string[] {
  const secrets: string[] = [];
  for (const c of model.containers) {
    const auth = c.options.get('auth_config')?.entries;
    if (!auth) continue;
    for (const key of ['password', 'registry_token']) {
      const n = auth.get(key);
      if (!n || n.inherited || n.value === undefined || n.value === null) continue;
      source.redact(n.span);
      for (const literal of String(n.raw ?? n.value).split(/\$\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/)) if (literal.length > 0) secrets.push(literal);
    }
  }
  return secrets;
}

export const drone04: Dialect = {
  id: 'drone-0.4',
  label: 'Drone 0.4',
  matches,
  compile(documents, source, options, diags): FrontResult {
    const file = documents[0];
    if (!file) return { secrets: [] };
    if (options.pipeline !== undefined) {
      diags.error('usage', `--pipeline ${JSON.stringify(options.pipeline)} chooses among the pipelines of a Drone 1.x file; a Drone 0.4 file has one`, undefined, 'leave out --pipeline');
      return { secrets: [] };
    }
    if (documents.length > 1) {
      const second = documents[1]!.span;
      diags.error('yaml-syntax', `the file holds ${documents.length} YAML documents; a Drone 0.4 file is one`, second ? [second[0], second[0]] : undefined, 'remove the `---` line that starts the second document, or write the pipelines in the Drone 1.x format (kind: pipeline)');
      return { secrets: [] };
    }
    const model = decode(file);
    const secrets = model.root.entries ? redactCredentials(model, source) : [];
    if (!runRules({ model, source, options, diags })) return { secrets };
    return { project: lower(model, options, diags, source), secrets };
  },
};
