import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Document, type Tags } from 'yaml';
import { FIRST_CHARACTERS, yaml11Tags } from '../../src/parse/scalar-tags.js';

/** The package's own YAML 1.1 tags, as a document of that version gets them. */
const original: Tags = new Document(null, { version: '1.1' }).schema.tags;
const guarded = yaml11Tags(original);
const patterned = original.flatMap((tag, i) => (typeof tag === 'object' && 'test' in tag && tag.test instanceof RegExp ? [{ i, name: tag.tag, pattern: tag.test }] : []));
const testOf = (tags: Tags, i: number) => (tags[i] as { test: RegExp }).test;

/** Endings that make some 1.1 pattern match after the right first character. */
const ENDINGS = ['', '000-01-02', '000-1-2T10:20:30.5Z', '000-01-02 1:2:3 +1:00', 'ull', 'ULL', 'es', 'ES', 'rue', 'RUE', 'o', 'O', 'n', 'N', 'ff', 'FF', 'alse', 'ALSE', '0', '1', '7', '9', '_0', 'b01', 'x1f', 'X1F', '.', '.5', '5.', '.5e3', 'e5', 'E-5', '1e+5', '.inf', 'inf', 'Inf', 'INF', 'nan', 'NaN', 'NAN', ':30', '0:30', '1:2:3.5', '<', ' ', 'a'];

describe('YAML 1.1 tags with a first-character check', () => {
  it('has a check for every pattern of the package but the merge key', () => {
    const unlisted = patterned.filter(({ pattern, name }) => name !== 'tag:yaml.org,2002:merge' && FIRST_CHARACTERS[pattern.source] === undefined);
    assert.deepEqual(unlisted.map(({ name, pattern }) => `${name} ${pattern.source}`), [], 'a yaml upgrade changed a pattern: list its first characters in src/parse/scalar-tags.ts');
    assert.ok(patterned.length >= 12);
  });

  it('keeps every tag but its test, every tag without a listed pattern as it is, and !!binary but its decoding', () => {
    assert.equal(guarded.length, original.length);
    for (const [i, tag] of original.entries()) {
      const other = guarded[i]!;
      const listed = typeof tag === 'object' && 'test' in tag && tag.test instanceof RegExp && FIRST_CHARACTERS[tag.test.source] !== undefined;
      if (typeof tag === 'object' && tag.tag === 'tag:yaml.org,2002:binary') assert.deepEqual({ ...(other as object), resolve: null }, { ...tag, resolve: null });
      else if (!listed) assert.equal(other, tag);
      else assert.deepEqual({ ...(other as object), test: null }, { ...tag, test: null });
    }
  });

  it('decodes !!binary as Node.js does, skipping what is not base64, without an error', () => {
    const binary = guarded.find((tag) => typeof tag === 'object' && tag.tag === 'tag:yaml.org,2002:binary') as unknown as { resolve(src: string, onError: (m: string) => void): unknown };
    const errors: string[] = [];
    const decode = (src: string) => Buffer.from(binary.resolve(src, (m) => errors.push(m)) as Uint8Array).toString('latin1');
    assert.equal(decode('aGk='), 'hi');
    assert.equal(decode('aG\nk='), 'hi');
    assert.equal(decode('x'), '');
    assert.equal(decode('@@ aGk'), 'hi');
    assert.deepEqual(errors, []);
  });

  it('answers as the pattern does for every first character (U+0000 to U+00FF) before each ending', () => {
    for (const { i, pattern } of patterned) {
      const test = testOf(guarded, i);
      for (let c = 0; c <= 0xff; c++) {
        for (const ending of ENDINGS) {
          const s = String.fromCharCode(c) + ending;
          assert.equal(test.test(s), pattern.test(s), `${pattern.source} on ${JSON.stringify(s)}`);
        }
      }
      assert.equal(test.test(''), pattern.test(''));
    }
  });

  it('answers as the pattern does on strings of number and keyword characters', () => {
    const chars = [...'-+.0123456789_:eEbBoxXinfINFaAlsuUrRtTyYNO~< '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 10 }), (list) => {
        const s = list.join('');
        for (const { i, pattern } of patterned) assert.equal(testOf(guarded, i).test(s), pattern.test(s), `${pattern.source} on ${JSON.stringify(s)}`);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 2000) },
    );
  });
});
