import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Diagnostics } from '../../src/diagnostics.js';
import type { Operation, Value } from '../../src/ir.js';
import type { Span } from '../../src/source.js';
import { applyOperation, concat, flatten, isLiteral, readValue, RESERVED_PREFIX, splitOnce } from '../../src/lower/values.js';

function read(text: string, span: Span = [10, 20]) {
  const diags = new Diagnostics();
  const used = new Set<string>();
  const value = readValue(text, span, diags, used);
  return { value, diags: diags.list, used: [...used].sort() };
}

describe('readValue', () => {
  it('reads $$NAME as an environment reference', () => {
    const r = read('$$HOME');
    assert.deepEqual(r.value, [{ env: 'HOME' }]);
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.used, ['HOME']);
  });

  it('reads $${NAME} as an environment reference', () => {
    const r = read('x$${NAME_1}y');
    assert.deepEqual(r.value, ['x', { env: 'NAME_1' }, 'y']);
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.used, ['NAME_1']);
  });

  it('takes the longest name after $$', () => {
    assert.deepEqual(read('$$_a1_B2.c').value, [{ env: '_a1_B2' }, '.c']);
  });

  it('keeps ${VAR}, $VAR and a single $ as literal text', () => {
    for (const text of ['${VAR}', '$VAR', '$', 'a $ b', 'cost: 5$', '$1', '${VAR:-x}']) {
      const r = read(text);
      assert.deepEqual(r.value, [text], text);
      assert.deepEqual(r.diags, [], text);
      assert.deepEqual(r.used, [], text);
    }
  });

  it('keeps a lone $$ as a literal $$ with a literal-dollar warning at the span', () => {
    for (const text of ['$$', 'a$$', '$$ x', '$$1', '$$-', '$${A', '$${}', '$${1A}']) {
      const r = read(text, [3, 7]);
      assert.deepEqual(r.value, [text], text);
      assert.equal(r.diags.length, 1, text);
      assert.equal(r.diags[0]!.code, 'literal-dollar');
      assert.equal(r.diags[0]!.severity, 'warning');
      assert.deepEqual(r.diags[0]!.span, [3, 7]);
      assert.deepEqual(r.used, [], text);
    }
  });

  it('warns once per lone $$', () => {
    const r = read('$$ and $$');
    assert.deepEqual(r.value, ['$$ and $$']);
    assert.equal(r.diags.filter((d) => d.code === 'literal-dollar').length, 2);
  });

  it('reads $$$$X as a literal $$ followed by a reference', () => {
    const r = read('$$$$X');
    assert.deepEqual(r.value, ['$$', { env: 'X' }]);
    assert.deepEqual(r.used, ['X']);
    assert.deepEqual(r.diags.map((d) => d.code), ['literal-dollar']);
  });

  it('reports names with the reserved dc_ prefix as errors but still reads them', () => {
    assert.equal(RESERVED_PREFIX, 'dc_');
    for (const text of ['$$dc_project', '$${dc_x}']) {
      const r = read(text, [1, 2]);
      assert.equal(r.value.length, 1);
      assert.equal(r.diags.length, 1, text);
      assert.equal(r.diags[0]!.code, 'reserved-variable');
      assert.equal(r.diags[0]!.severity, 'error');
      assert.deepEqual(r.diags[0]!.span, [1, 2]);
    }
  });

  it('does not reserve names that merely contain dc_ or differ in case', () => {
    for (const text of ['$$DC_X', '$$adc_x', '$$dcx']) assert.deepEqual(read(text).diags, [], text);
  });

  it('splits adjacent text and references', () => {
    assert.deepEqual(read('a$$B-c').value, ['a', { env: 'B' }, '-c']);
    assert.deepEqual(read('$$A$$B').value, [{ env: 'A' }, { env: 'B' }]);
    assert.deepEqual(read('$$A/$${B}:$$A').value, [{ env: 'A' }, '/', { env: 'B' }, ':', { env: 'A' }]);
  });

  it('collects every referenced name in the used set, keeping what was there', () => {
    const diags = new Diagnostics();
    const used = new Set(['EARLIER']);
    readValue('$$A $${B} $$A $$', undefined, diags, used);
    assert.deepEqual([...used].sort(), ['A', 'B', 'EARLIER']);
  });

  it('returns [""] for the empty string', () => {
    assert.deepEqual(read('').value, ['']);
  });

  it('keeps plain text whole', () => {
    assert.deepEqual(read('postgres:9.2').value, ['postgres:9.2']);
  });
});

describe('concat', () => {
  it('merges adjacent literals', () => {
    assert.deepEqual(concat(['a'], ['b'], ['c']), ['abc']);
    assert.deepEqual(concat(['a', { env: 'X' }], ['b'], ['c']), ['a', { env: 'X' }, 'bc']);
  });

  it('drops empty literals around references', () => {
    assert.deepEqual(concat([''], [{ env: 'X' }], ['']), [{ env: 'X' }]);
    assert.deepEqual(concat(['', { env: 'X' }, '']), [{ env: 'X' }]);
    assert.deepEqual(concat([{ env: 'X' }], [{ env: 'Y' }]), [{ env: 'X' }, { env: 'Y' }]);
  });

  it('gives [""] for nothing or only empty text', () => {
    assert.deepEqual(concat(), ['']);
    assert.deepEqual(concat([]), ['']);
    assert.deepEqual(concat([''], ['']), ['']);
  });
});

describe('splitOnce', () => {
  it('splits at the first separator', () => {
    assert.deepEqual(splitOnce(['a=b=c'], '='), [['a'], ['b=c']]);
    assert.deepEqual(splitOnce(['A='], '='), [['A'], ['']]);
    assert.deepEqual(splitOnce(['=v'], '='), [[''], ['v']]);
  });

  it('splits around references, never inside them', () => {
    const v: Value = [{ env: 'X' }, '=', { env: 'Y' }];
    assert.deepEqual(splitOnce(v, '='), [[{ env: 'X' }], [{ env: 'Y' }]]);
    assert.deepEqual(splitOnce(['k', { env: 'X' }, 'a=b', { env: 'Y' }], '='), [['k', { env: 'X' }, 'a'], ['b', { env: 'Y' }]]);
  });

  it('handles separators longer than one character', () => {
    assert.deepEqual(splitOnce(['a::b::c'], '::'), [['a'], ['b::c']]);
  });

  it('returns undefined when there is no separator', () => {
    assert.equal(splitOnce(['abc'], '='), undefined);
    assert.equal(splitOnce([{ env: 'A_B' }], '='), undefined);
  });
});

describe('flatten and isLiteral', () => {
  it('replaces references with the placeholder', () => {
    assert.equal(flatten(['a', { env: 'X' }, 'b', { env: 'Y' }], (n) => `<${n}>`), 'a<X>b<Y>');
    assert.equal(flatten(['plain'], () => 'never'), 'plain');
    assert.equal(flatten([{ env: 'X' }], (n) => `$$${n}`), '$$X');
  });

  it('tells literal values from those with references', () => {
    assert.equal(isLiteral(['a', 'b']), true);
    assert.equal(isLiteral(['']), true);
    assert.equal(isLiteral(['a', { env: 'X' }]), false);
  });
});

describe("readValue: Drone 0.4's $$ operations", () => {
  const readWith = (text: string, options: Parameters<typeof readValue>[4] = {}) => {
    const diags = new Diagnostics();
    const value = readValue(text, [0, 1], diags, new Set(), options);
    return { value, diags: diags.list };
  };

  it('reads each operation Drone documented, words as literal text', () => {
    const cases: [string, Value][] = [
      ['$${COMMIT:0:8}', [{ env: 'COMMIT', op: { op: 'substring', start: 0, length: 8 } }]],
      ['$${COMMIT:7}', [{ env: 'COMMIT', op: { op: 'head', length: 7 } }]],
      ['$${V=a b*}', [{ env: 'V', op: { op: 'default', word: 'a b*' } }]],
      ['$${V=}', [{ env: 'V', op: { op: 'default', word: '' } }]],
      ['v$${TAG##v*}', ['v', { env: 'TAG', op: { op: 'prefix', word: 'v*' } }]],
      ['$${IMAGE%%:?}', [{ env: 'IMAGE', op: { op: 'suffix', word: ':?' } }]],
      ['$${BRANCH/master/latest}-x', [{ env: 'BRANCH', op: { op: 'replace', old: 'master', new: 'latest' } }, '-x']],
      ['$${B/a/b/c}', [{ env: 'B', op: { op: 'replace', old: 'a/b', new: 'c' } }]],
      ['$${B/a/}', [{ env: 'B', op: { op: 'replace', old: 'a', new: '' } }]],
    ];
    for (const [text, want] of cases) {
      const r = readWith(text);
      assert.deepEqual(r.value, want, text);
      assert.deepEqual(r.diags, [], text);
    }
  });

  it('refuses, at the span, what Drone did not know, naming what it knew', () => {
    for (const text of ['$${V:-x}', '$${V#x}', '$${V%x}', '$${V^^}', '$${V:x}', '$${V//}', '$${V/x}', '$${V##}', '$${V:1:2:3}']) {
      const r = readWith(text);
      assert.equal(r.diags.length, 1, text);
      assert.equal(r.diags[0]!.code, 'invalid-operation', text);
      assert.equal(r.diags[0]!.severity, 'error', text);
      assert.deepEqual(r.diags[0]!.span, [0, 1]);
      assert.match(r.diags[0]!.hint!, /\$\$\{NAME\/old\/new\}/);
    }
  });

  it('"$$NAME" in a build command escapes the value; elsewhere, and with an operation, it does not', () => {
    assert.deepEqual(readWith('echo "$$A" "$${B}"', { shellCode: true }).value, ['echo "', { env: 'A', op: { op: 'quote' } }, '" "', { env: 'B', op: { op: 'quote' } }, '"']);
    assert.deepEqual(readWith('"$$A"').value, ['"', { env: 'A' }, '"']);
    assert.deepEqual(readWith('"$$A x"', { shellCode: true }).value, ['"', { env: 'A' }, ' x"']);
  });

  it('for the compose target, an operation compose cannot express is an error naming the target', () => {
    for (const text of ['$${B/a/b}', '$${C:0:8}', '$${T##v}', '$${I%%x}', '$${V=$x}']) {
      const r = readWith(text, { targets: ['sh', 'compose'] });
      assert.equal(r.diags.length, 1, text);
      assert.match(r.diags[0]!.message, /docker-compose file \(target compose\)/, text);
      assert.deepEqual(readWith(text, { targets: ['sh'] }).diags, [], `${text} for sh`);
    }
    for (const text of ['$${V=3.2}', 'echo "$$V"']) assert.deepEqual(readWith(text, { targets: ['compose'], shellCode: true }).diags, [], text);
  });
});

describe('applyOperation', () => {
  it('computes as Drone did: literal patterns, all replacements, byte positions', () => {
    const at = (op: Operation, v: string | undefined) => applyOperation({ env: 'V', op }, v);
    assert.equal(at({ op: 'default', word: 'd' }, undefined), 'd');
    assert.equal(at({ op: 'default', word: 'd' }, ''), 'd');
    assert.equal(at({ op: 'default', word: 'd' }, 'x'), 'x');
    assert.equal(at({ op: 'prefix', word: 'v*' }, 'v*1.0'), '1.0');
    assert.equal(at({ op: 'prefix', word: 'v*' }, 'v1.0'), 'v1.0', 'no wildcard');
    assert.equal(at({ op: 'suffix', word: '?' }, 'ab?'), 'ab');
    assert.equal(at({ op: 'suffix', word: '?' }, 'abc'), 'abc', 'no wildcard');
    assert.equal(at({ op: 'replace', old: 'a', new: 'bb' }, 'banana'), 'bbbnbbnbb', 'every occurrence');
    assert.equal(at({ op: 'head', length: 3 }, 'abcdef'), 'abc', 'the first bytes, as Drone read :pos');
    assert.equal(at({ op: 'head', length: 30 }, 'abc'), 'abc');
    assert.equal(at({ op: 'substring', start: 2, length: 3 }, 'abcdef'), 'cde');
    assert.equal(at({ op: 'substring', start: 4, length: 9 }, 'abcdef'), 'ef');
    assert.equal(at({ op: 'substring', start: 9, length: 9 }, 'abcdef'), '');
    assert.equal(at({ op: 'quote' }, 'a"b$c`d\\e'), 'a\\"b\\$c\\`d\\\\e');
  });
});
