import { Diagnostics, show } from '../../../diagnostics.js';
import { isLiteral, readValue } from '../../../lower/values.js';
import type { Rule } from './rule.js';
import { scalarText } from './rule.js';

/** A CPU list as docker reads it: numbers and ranges, separated by commas. */
export const CPU_LIST = /^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$/;

/** Every `cpuset` without `$$` references is a CPU list (one with references is known only at run time). */
export const cpuset: Rule = {
  name: 'cpuset',
  check({ model, diags }) {
    for (const c of model.containers) {
      const n = c.options.get('cpuset');
      const s = n && scalarText(n.value, n.raw);
      if (!n || s === undefined) continue;
      const value = readValue(s, undefined, new Diagnostics(), new Set());
      if (isLiteral(value) && !CPU_LIST.test(value.join(''))) {
        diags.error('invalid-cpuset', `cpuset ${show(value.join(''))} is not a CPU list`, n.span, 'write CPU numbers and ranges, such as 0-3 or 0,2');
      }
    }
  },
};
