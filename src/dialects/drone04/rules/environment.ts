import { show } from '../../../diagnostics.js';
import { keyOf } from '../decode.js';
import type { Rule } from './rule.js';
import { scalarItems } from './rule.js';

/** Whether a name can name an environment variable: non-empty, without `=` or NUL. */
export function isEnvironmentName(name: string): boolean {
  return name !== '' && name.indexOf('=') === -1 && name.indexOf('\0') === -1;
}

/**
 * Every `environment:` entry names a variable: a list entry is NAME=VALUE, a mapping key is a name. A mapping
 * entry without a value is set to the empty string, as Drone did, with a warning. (A name set twice is found
 * while lowering, which reads the values in order.)
 */
export const environment: Rule = {
  name: 'environment',
  check({ model, diags }) {
    const bad = (name: string) => (name === '' ? 'an environment entry has an empty name' : `${show(name)} cannot name an environment variable`);
    const hint = 'a name is non-empty and has no `=`';
    for (const c of model.containers) {
      const node = c.options.get('environment');
      if (!node) continue;
      if (Array.isArray(node.value)) {
        for (const item of scalarItems(node, node.value)) {
          const eq = item.text.indexOf('=');
          if (eq === -1) {
            diags.error('invalid-environment', `the environment entry ${show(item.text)} of ${c.label} has no \`=\``, item.node.span, `write ${item.text}= for an empty value, or ${item.text}=$$${item.text} to take it from the environment`);
          } else if (!isEnvironmentName(item.text.slice(0, eq))) {
            diags.error('invalid-environment', bad(item.text.slice(0, eq)), item.node.span, hint);
          }
        }
      } else if (node.entries) {
        for (const [name, entry] of node.entries) {
          if (!isEnvironmentName(name)) diags.error('invalid-environment', bad(name), keyOf(entry), hint);
          else if (entry.value === null) {
            diags.warning('invalid-environment', `\`${name}\` in the environment of ${c.label} has no value; it is set to the empty string, as Drone did`, keyOf(entry), `write ${name}: "" for an empty value, or ${name}: $$${name} to take it from the environment`);
          }
        }
      }
    }
  },
};
