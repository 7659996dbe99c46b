import { Diagnostics, show } from '../../../diagnostics.js';
import { isLiteral, readValue } from '../../../lower/values.js';
import { keyOf, type Node } from '../decode.js';
import type { Rule } from './rule.js';

/** A duration as docker reads it: numbers with units, `1m30s`. */
export const DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$/;

/** The longest duration docker reads (Go's time.Duration: 2^63-1 nanoseconds, about 2562047h). */
const MAX_DURATION_NS = 2 ** 63 - 1;
const NANOSECONDS: Record<string, number> = { ns: 1, us: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Whether a duration that matches DURATION is longer than docker can read. */
function tooLong(duration: string): boolean {
  let total = 0;
  for (const m of duration.matchAll(/([0-9]+(?:\.[0-9]+)?)(ns|us|ms|s|m|h)/g)) total += Number.parseFloat(m[1]!) * NANOSECONDS[m[2]!]!;
  return total > MAX_DURATION_NS;
}

/** What a healthcheck's `test:` asks for, as lowering reads it. */
export type TestForm =
  | { readonly kind: 'none' }
  | { readonly kind: 'shell'; readonly node: Node; readonly text: string }
  | { readonly kind: 'exec'; readonly words: readonly { readonly node: Node; readonly text: string }[] }
  | { readonly kind: 'empty'; readonly node: Node }
  | { readonly kind: 'malformed'; readonly node: Node }
  | { readonly kind: 'absent' };

/** Reads `test:`: a string is one shell command; a list starts with NONE, CMD (a program and its arguments) or CMD-SHELL (one command). */
export function testForm(h: ReadonlyMap<string, Node>): TestForm {
  const n = h.get('test');
  const t = n?.value;
  if (!n) return { kind: 'absent' };
  if (typeof t === 'string') return t.trim() === '' ? { kind: 'empty', node: n } : { kind: 'shell', node: n, text: t };
  if (!Array.isArray(t)) return { kind: 'absent' };
  const words = t.map((w: unknown, i: number) => ({ node: n.items?.[i] ?? n, text: w === null || w === undefined ? '' : typeof w === 'string' ? w : String(w) }));
  const kind = words[0]?.text;
  if (kind === 'NONE') return { kind: 'none' };
  if (kind === 'CMD' && words.length > 1) return { kind: 'exec', words: words.slice(1) };
  if (kind === 'CMD-SHELL' && words.length === 2) return { kind: 'shell', node: words[1]!.node, text: words[1]!.text };
  return { kind: 'malformed', node: words[0]?.node ?? n };
}

/**
 * Every healthcheck of a service has a test of a known form (a command, CMD …, CMD-SHELL …, NONE), is not both
 * disabled and given a test, has durations docker reads and a whole number of retries. (A `$$` reference in a
 * CMD word is found while lowering, which reads the words.)
 */
export const healthcheck: Rule = {
  name: 'healthcheck',
  check({ model, diags }) {
    for (const c of model.services) {
      const node = c.options.get('healthcheck');
      const h = node?.entries;
      if (!node || !h) continue;
      const d = node.value as Record<string, unknown>;
      const form = testForm(h);
      if (form.kind === 'empty') diags.error('invalid-healthcheck', `the healthcheck test of ${c.label} is empty`, form.node.span, 'write the command that checks the service');
      if (form.kind === 'malformed') {
        diags.error('invalid-healthcheck', `the healthcheck test of ${c.label} must start with CMD (then the program and its arguments), CMD-SHELL (then one command) or NONE`, form.node.span, 'write test: ["CMD-SHELL", "pg_isready -U postgres"], or the command as a string');
      }
      const hasTest = form.kind === 'shell' || (form.kind === 'exec' && form.words.every((w) => isLiteral(readValue(w.text, undefined, new Diagnostics(), new Set()))));
      if ((d['disable'] === true || form.kind === 'none') && hasTest) {
        diags.error('invalid-healthcheck', `the healthcheck of ${c.label} is both disabled and given a test`, keyOf(node), 'remove disable: true, or the test');
      }
      for (const k of ['interval', 'timeout', 'start_period']) {
        const v = d[k];
        if (typeof v === 'string' && !DURATION.test(v)) {
          diags.error('invalid-healthcheck', `\`${k}\` of the healthcheck of ${c.label} is not a duration: ${show(v)}`, h.get(k)!.span, 'write a number with a unit: 500ms, 1s, 1m30s');
        } else if (typeof v === 'string' && tooLong(v)) {
          diags.error('invalid-healthcheck', `\`${k}\` of the healthcheck of ${c.label} is longer than docker can read: ${show(v)}`, h.get(k)!.span, 'docker reads durations up to about 2562047h');
        }
      }
      const retries = d['retries'];
      if (typeof retries === 'number' && retries >= 0 && !Number.isSafeInteger(retries)) {
        diags.error('invalid-healthcheck', `\`retries\` of the healthcheck of ${c.label} is not a whole number docker accepts`, h.get('retries')!.span, 'write a small whole number, such as 30');
      }
    }
  },
};
