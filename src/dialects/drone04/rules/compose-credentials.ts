import { keyOf } from '../decode.js';
import type { Rule } from './rule.js';

/** When a compose file is among the targets: a warning at every `auth_config`, which a compose file cannot carry. */
export const composeCredentials: Rule = {
  name: 'compose-credentials',
  check({ model, options, diags }) {
    if (!options.targets.includes('compose')) return;
    for (const c of model.containers) {
      const auth = c.options.get('auth_config');
      if (auth && auth.value && typeof auth.value === 'object') {
        diags.warning('ignored-option', `a compose file cannot carry the registry credentials of ${c.label}; log in to the registry before docker-compose pulls`, keyOf(auth));
      }
    }
  },
};
