import type { Diagnostic } from '../../../diagnostics.js';
import type { Span } from '../../../source.js';
import { COMPILED_SECTIONS } from '../decode.js';
import type { Rule } from './rule.js';

/**
 * Drops duplicate-key warnings outside `compose:` and `build:` (in `publish:`, `deploy:`, `notify:`, ...):
 * nothing from there reaches an artifact, so they would only make --strict fail on what is not compiled. A
 * duplicate `compose:` or `build:` key itself is kept.
 */
export const compiledFindings: Rule = {
  name: 'compiled-findings',
  check({ model, source, diags }) {
    const compiled: Span[] = [];
    for (const key of COMPILED_SECTIONS) {
      const n = model.sections.get(key);
      if (n) compiled.push([Math.min(n.key?.[0] ?? n.span[0], n.span[0]), Math.max(n.key?.[1] ?? 0, n.span[1])]);
    }
    const keep = (d: Diagnostic): boolean => {
      if (d.code !== 'duplicate-key' || !d.span) return true;
      const [start, end] = d.span;
      if (compiled.some(([from, to]) => start >= from && end <= to)) return true;
      return (COMPILED_SECTIONS as readonly string[]).includes(source.text.slice(start, end)) && source.position(start).column === 1;
    };
    const kept = diags.list.filter(keep);
    diags.list.length = 0;
    for (const d of kept) diags.list.push(d);
  },
};
