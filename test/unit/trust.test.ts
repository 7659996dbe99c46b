import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compile } from '../../src/compile.js';
import { TRUSTED_OPTIONS } from '../../src/dialects/drone04/rules/trust.js';

const REPO = 'github.com/octocat/hello-world';
/** YAML 1.1 booleans, nulls and empties, plain, quoted and in lists. */
const SPELLINGS = ['off', 'Off', 'OFF', 'no', 'No', 'n', 'N', 'false', 'False', 'FALSE', '0', '""', "''", '~', 'null', 'Null', 'NULL', '', '[]', '[~]', '[""]', '[no]', '[off]', '[false]', '[~, no]', '{}', '"off"', '"no"', '!!bool off', '!!str off', '!!null ""'];

const withOption = (key: string, spelling: string) => `compose:\n  db:\n    image: redis\n    ${key}: ${spelling}\nbuild:\n  image: golang\n  commands:\n    - go test\n`;
const WITHOUT = 'compose:\n  db:\n    image: redis\nbuild:\n  image: golang\n  commands:\n    - go test\n';

describe('trusted-only options in every spelling', () => {
  const plain = compile(WITHOUT, { repo: REPO, targets: ['sh', 'compose'] }).outputs;
  for (const key of TRUSTED_OPTIONS) {
    it(`${key}: without --trusted, a spelling is refused at the option or changes nothing`, () => {
      for (const spelling of SPELLINGS) {
        const text = withOption(key, spelling);
        const r = compile(text, { repo: REPO, targets: ['sh', 'compose'] });
        const refused = r.diagnostics.find((d) => d.code === 'untrusted-option');
        if (refused) {
          assert.deepEqual(r.outputs, {}, `${key}: ${spelling}`);
          assert.equal(text.slice(...(refused.span as [number, number])), key, `${key}: ${spelling} is refused at the key`);
        } else if (Object.keys(r.outputs).length > 0) {
          assert.deepEqual(r.outputs, plain, `${key}: ${spelling} compiled without --trusted and changed the output`);
        }
      }
    });
  }

  it('the falsy spellings that reached docker are refused: net: off, dns: no, dns: ""', () => {
    for (const [key, spelling] of [['net', 'off'], ['net', 'no'], ['net', 'false'], ['net', 'n'], ['dns', 'no'], ['dns', '""'], ['dns', 'off'], ['dns', '[no]'], ['net', '""']]) {
      const r = compile(withOption(key!, spelling!), { repo: REPO });
      assert.ok(r.diagnostics.some((d) => d.code === 'untrusted-option'), `${key}: ${spelling}`);
    }
  });

  it('privileged brought by a nested merge key is seen by the trust check, at the key where it is written', () => {
    const text = 'x-p: &p {privileged: true}\nx-q: &q {<<: *p, image: alpine}\ncompose:\n  dind:\n    <<: *q\n';
    const r = compile(text, { repo: REPO });
    const refused = r.diagnostics.find((d) => d.code === 'untrusted-option');
    assert.ok(refused, JSON.stringify(r.diagnostics));
    assert.equal(refused.span![0], text.indexOf('privileged'));
    assert.ok(!r.diagnostics.some((d) => d.message.includes('<<')), 'the nested << is applied, not reported as a key');
    assert.match(compile(text, { repo: REPO, trusted: true }).outputs.sh!, /--privileged/);
  });

  it('privileged that is not true is not set, and not emitted either way', () => {
    for (const spelling of ['no', 'off', 'false', 'n', '~']) {
      for (const trusted of [false, true]) {
        const r = compile(withOption('privileged', spelling), { repo: REPO, trusted, targets: ['sh', 'compose'] });
        assert.deepEqual(r.outputs, plain, `privileged: ${spelling}`);
      }
    }
  });

  it('with --trusted, an empty net or dns is a located error instead of an empty docker flag', () => {
    for (const [key, spelling] of [['net', '""'], ['dns', '""'], ['dns', '[""]']]) {
      const text = withOption(key!, spelling!);
      const r = compile(text, { repo: REPO, trusted: true });
      const error = r.diagnostics.find((d) => d.code === (key === 'net' ? 'invalid-network' : 'invalid-dns'));
      assert.ok(error, `${key}: ${spelling}`);
      assert.match(error.message, /empty/);
      assert.deepEqual(r.outputs, {});
    }
  });

  it('with --trusted, a YAML 1.1 boolean is passed as written, as Drone did', () => {
    assert.match(compile(withOption('net', 'off'), { repo: REPO, trusted: true }).outputs.sh!, /--network off/);
    assert.match(compile(withOption('dns', 'no'), { repo: REPO, trusted: true }).outputs.sh!, /--dns no/);
  });
});
