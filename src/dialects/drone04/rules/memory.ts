import { show } from '../../../diagnostics.js';
import type { Rule } from './rule.js';
import { scalarText } from './rule.js';

/** A memory size as docker reads it: bytes, or a number with b, k, m or g. */
export const MEMORY = /^[0-9]+(\.[0-9]+)?[bkmgBKMG]?$/;

/** Every `mem_limit` is a size docker accepts; an error at the value otherwise. */
export const memory: Rule = {
  name: 'memory',
  check({ model, diags }) {
    for (const c of model.containers) {
      const n = c.options.get('mem_limit');
      const s = n && scalarText(n.value, n.raw);
      if (n && s !== undefined && !MEMORY.test(s)) {
        diags.error('invalid-memory', `mem_limit ${show(s)} is not a size`, n.span, 'write a number of bytes, or a number with b, k, m or g (512m)');
      }
    }
  },
};
