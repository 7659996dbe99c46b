/**
 * envsubst's reading of `$`, as a property: text without `${` is literal with every `$$` read as one `$`; a
 * `${NAME}` of a usable name is a run-time reference wherever it stands; never an exception, whatever the text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Diagnostics } from '../../src/diagnostics.js';
import { substitute } from '../../src/dialects/drone1/substitute.js';
import { flatten } from '../../src/lower/values.js';
import { params, runs } from '../property/gen.js';

const read = (text: string, targets: ('sh' | 'compose')[] = ['sh']) => {
  const diags = new Diagnostics();
  const used = new Set<string>();
  const value = substitute(text, [0, text.length], { diags, used, targets, text });
  return { value, diags, used };
};
const plain = fc.string({ maxLength: 30 }).filter((s) => !s.includes('${'));
const name = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/).filter((n) => !['PWD', 'IFS', 'UID', 'EUID', 'PPID', 'OPTIND', 'OPTARG', 'LINENO', 'RANDOM', 'SECONDS', 'OLDPWD', 'HOSTNAME', 'HOSTTYPE', 'MACHTYPE', 'OSTYPE', 'GROUPS', 'SHLVL', 'BASH', 'BASHPID', 'FUNCNAME', 'HISTCMD', 'PIPESTATUS', 'PS1', 'PS2', 'PS4', 'SRANDOM', 'EPOCHSECONDS', 'EPOCHREALTIME'].includes(n) && !n.startsWith('BASH_'));

describe('substitution of the later formats', () => {
  it('text without ${ is literal, each $$ one $', () => {
    fc.assert(
      fc.property(plain, (text) => {
        const r = read(text);
        assert.deepEqual(r.diags.list, []);
        // envsubst reads `$$` pairs left to right.
        assert.deepEqual(r.value, [text.replace(/\$\$/g, '$')]);
      }),
      params(runs(500)),
    );
  });

  it('${NAME} between literal texts is a reference to NAME, for both targets', () => {
    fc.assert(
      fc.property(plain.filter((s) => !s.endsWith('$')), name, plain, (before, n, after) => {
        const r = read(`${before}\${${n}}${after}`, ['sh', 'compose']);
        assert.deepEqual(r.diags.list, []);
        assert.equal(flatten(r.value, (v) => `<${v}>`), `${before.replace(/\$\$/g, '$')}<${n}>${after.replace(/\$\$/g, '$')}`);
        assert.deepEqual([...r.used], [n]);
      }),
      params(runs(500)),
    );
  });

  it('never throws, and every error has a hint', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: fc.constantFrom('$', '{', '}', ':', '-', '=', '#', '%', '/', '^', ',', 'A', '1', '_', ' ', '?', '+', '*') }), (text) => {
        const r = read(text, ['sh', 'compose']);
        for (const d of r.diags.list) assert.ok(d.hint && d.span, d.message);
      }),
      params(runs(2000)),
    );
  });
});
