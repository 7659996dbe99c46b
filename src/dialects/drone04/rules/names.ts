import { show } from '../../../diagnostics.js';
import { HOLDER_NAME } from '../../../ir.js';
import type { Span } from '../../../source.js';
import { keyOf } from '../decode.js';
import type { Rule } from './rule.js';

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/**
 * Every container gets a usable, distinct container name (compared without case, as docker does); the
 * holder's name is taken. A collision points at the other container too.
 */
export const names: Rule = {
  name: 'names',
  check({ model, diags }) {
    const seen = new Map<string, { label: string; span?: Span }>([[HOLDER_NAME.toLowerCase(), { label: 'the namespace holder' }]]);
    for (const c of model.containers) {
      const span = keyOf(c.node);
      if (!NAME.test(c.name)) {
        diags.error('invalid-name', `the name ${show(c.name)} of ${c.label} cannot name a container`, span, 'use letters, digits, `_`, `.` and `-`, starting with a letter or digit');
        continue;
      }
      const key = c.containerName.toLowerCase();
      const other = seen.get(key);
      if (other) {
        const related = other.span ? [{ span: other.span, message: `${other.label} is named here` }] : undefined;
        diags.error('name-collision', `${c.label} would be named \`${c.containerName}\`, like ${other.label}`, span, 'rename one of them', related);
        continue;
      }
      seen.set(key, { label: c.label, span });
    }
  },
};
