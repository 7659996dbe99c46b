/** The POSIX sh target: a script of `docker run --network container:<holder>` commands. */
import { shellWord } from '../emit/quote.js';
import { emitSh } from '../emit/sh.js';
import type { TargetDescriptor } from './target.js';

export const shTarget: TargetDescriptor = {
  label: 'POSIX sh script',
  defaultFileName: 'drone-compose.sh',
  extensions: [],
  inDiffByDefault: true,
  fileMode: 0o755,
  emit: (project, context) => ({ text: emitSh(project, context), diagnostics: [] }),
  secretForms(secret) {
    const word = shellWord([secret]);
    return [word.startsWith("'") ? word.slice(1, -1) : word];
  },
  secretsIn: scriptPasswords,
};

/**
 * The registry passwords a generated script carries: the word piped to `dc_pull_auth`
 * (`printf '%s' 'PW' | dc_pull_auth …`, as `templates/sh.hbs` writes it), unquoted.
 */
function scriptPasswords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/printf '%s' ((?:'[^']*'|\\'|[A-Za-z0-9_@%+=:,.\/-])+) \| dc_pull_auth /g)) {
    out.push(m[1]!.replace(/'([^']*)'|\\'/g, (_all, inner: string | undefined) => (inner !== undefined ? inner : "'")));
  }
  return out;
}
