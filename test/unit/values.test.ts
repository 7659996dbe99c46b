import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Diagnostics } from '../../src/diagnostics.js';
import type { Value } from '../../src/ir.js';
import type { Span } from '../../src/source.js';
import { concat, flatten, isLiteral, readValue, RESERVED_PREFIX, splitOnce } from '../../src/lower/values.js';

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
