import { keyOf } from '../decode.js';
import type { Rule } from './rule.js';

/**
 * Options that are accepted but do nothing get a warning at their key: `entrypoint` and `command` of a build
 * container (its commands run with /bin/sh), `email` of an auth_config (docker login no longer takes one).
 */
export const ignoredOptions: Rule = {
  name: 'ignored-options',
  check({ model, diags }) {
    for (const c of model.containers) {
      const email = c.options.get('auth_config')?.entries?.get('email');
      if (email) diags.warning('ignored-option', `\`email\` of the auth_config of ${c.label} is ignored: docker login no longer takes an e-mail`, keyOf(email));
      if (c.kind !== 'build') continue;
      for (const key of ['entrypoint', 'command'] as const) {
        const n = c.options.get(key);
        if (!n || n.value === null) continue;
        diags.warning('ignored-option', `\`${key}\` of ${c.label} is ignored: a build container runs its commands with /bin/sh`, keyOf(n));
      }
    }
  },
};
