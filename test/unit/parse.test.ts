import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Diagnostics } from '../../src/diagnostics.js';
import { DEFAULT_LIMITS, parseYaml, parseYamlDocuments, pointerKey, type ParseLimits } from '../../src/parse/index.js';
import { SourceFile, type Span } from '../../src/source.js';

function parse(text: string, limits?: ParseLimits) {
  const source = new SourceFile('x.yml', text);
  const diags = new Diagnostics();
  const file = parseYaml(source, diags, limits);
  return { source, file, data: file?.data as Record<string, any> | undefined, diags: diags.list, text };
}

const slice = (text: string, span: Span | undefined) => (span ? text.slice(span[0], span[1]) : undefined);

/** Nine levels of ten aliases each: 10^9 values when expanded. */
function billionLaughs(): string {
  let t = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i <= 9; i++) t += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  return t;
}

describe('parseYaml: YAML 1.1 scalars', () => {
  it('reads yes/no/on/off as booleans and records the raw text', () => {
    const r = parse('pull: yes\nprivileged: off\nx: On\ny: NO\nz: true\n');
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.data, { pull: true, privileged: false, x: true, y: false, z: true });
    assert.equal(r.file!.locs.get('/pull')!.raw, 'yes');
    assert.equal(r.file!.locs.get('/privileged')!.raw, 'off');
    assert.equal(r.file!.locs.get('/x')!.raw, 'On');
  });

  it('records the raw text of numbers and nulls', () => {
    const r = parse('a: 4444\nb: 0x1F\nc: 010\nd: 1_000\ne: ~\nf:\ng: 1.50\n');
    assert.deepEqual(r.data, { a: 4444, b: 31, c: 8, d: 1000, e: null, f: null, g: 1.5 });
    const raw = (p: string) => r.file!.locs.get(p)!.raw;
    assert.equal(raw('/a'), '4444');
    assert.equal(raw('/b'), '0x1F');
    assert.equal(raw('/c'), '010');
    assert.equal(raw('/d'), '1_000');
    assert.equal(raw('/e'), '~');
    assert.equal(raw('/g'), '1.50');
  });

  it('records no raw text for strings', () => {
    const r = parse('a: hello\nb: "yes"\nc: \'4444\'\n');
    assert.deepEqual(r.data, { a: 'hello', b: 'yes', c: '4444' });
    for (const p of ['/a', '/b', '/c']) assert.equal(r.file!.locs.get(p)!.raw, undefined, p);
  });

  it('keeps dates as written', () => {
    const r = parse('d: 2001-12-14\n');
    assert.deepEqual(r.data, { d: '2001-12-14' });
  });

  it('uses the written text of non-string keys', () => {
    const r = parse('on: 1\nyes: 2\n4444: 3\n~: 4\n');
    assert.deepEqual(Object.keys(r.data!).sort(), ['4444', 'on', 'yes', '~']);
    assert.deepEqual(r.data, { on: 1, yes: 2, '4444': 3, '~': 4 });
  });
});

describe('parseYaml: merge keys', () => {
  it('merges one mapping with <<: *a, explicit keys winning wherever they are written', () => {
    const r = parse('base: &a {image: redis, pull: yes}\nsvc:\n  image: postgres\n  <<: *a\nafter:\n  <<: *a\n  image: mysql\n');
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.data!['svc'], { image: 'postgres', pull: true });
    assert.deepEqual(r.data!['after'], { image: 'mysql', pull: true });
  });

  it('merges a list of mappings, the earlier one winning', () => {
    const r = parse('a: &a {x: 1, y: 2}\nb: &b {y: 3, z: 4}\nc:\n  <<: [*a, *b]\n  x: 9\n');
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.data!['c'], { x: 9, y: 2, z: 4 });
    assert.equal(r.file!.locs.get('/c/y')!.raw, '2');
  });

  it('merges an inline mapping', () => {
    assert.deepEqual(parse('c:\n  <<: {x: 1}\n  y: 2\n').data!['c'], { y: 2, x: 1 });
  });

  it('reports a merge of something that is not a mapping', () => {
    const r = parse('a: &a [1]\nc:\n  <<: *a\n');
    assert.ok(r.diags.some((d) => d.code === 'invalid-type' && d.severity === 'error'), JSON.stringify(r.diags));
  });

  it('locates merged values', () => {
    const r = parse('a: &a {image: redis}\nc:\n  <<: *a\n');
    const loc = r.file!.locs.get('/c/image')!;
    assert.equal(slice(r.text, loc.value), 'redis');
  });
});

describe('parseYaml: nested merge keys', () => {
  it('a merged mapping brings what it merges itself, explicit keys winning at every level', () => {
    const text = 'p: &p {image: redis, privileged: true, pull: yes}\ny: &q {<<: *p, image: alpine}\ncompose:\n  db:\n    <<: *q\n    pull: no\n';
    const r = parse(text);
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.data!['y'], { image: 'alpine', privileged: true, pull: true });
    assert.deepEqual(r.data!['compose'], { db: { pull: false, image: 'alpine', privileged: true } });
    assert.deepEqual(r.file!.keys((r.data!['compose'] as Record<string, object>)['db']!), ['pull', 'image', 'privileged']);
    // Every value is located where it is written: image in q, privileged in p, pull in db itself.
    for (const [ptr, key, value] of [['/compose/db/image', 'image', 'alpine'], ['/compose/db/privileged', 'privileged', 'true'], ['/compose/db/pull', 'pull', 'no']] as const) {
      const loc = r.file!.locs.get(ptr)!;
      assert.equal(slice(r.text, loc.value), value, ptr);
      assert.equal(slice(r.text, loc.key!), key, ptr);
    }
    assert.equal(r.file!.locs.get('/compose/db/privileged')!.value[0], text.indexOf('true'));
    assert.equal(r.file!.locs.get('/compose/db/image')!.value[0], text.indexOf('alpine'));
  });

  it('lists merge left to right, earlier maps winning, through nested merges too', () => {
    const r = parse('a: &a {x: a, y: a}\nb: &b {<<: *a, y: b, z: b}\nc: &c {z: c, w: c}\nd:\n  <<: [*c, *b]\n');
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.data!['d'], { z: 'c', w: 'c', y: 'b', x: 'a' });
  });

  it('three levels deep, and a merge inside a list of merges', () => {
    const r = parse('a: &a {k1: 1}\nb: &b {<<: *a, k2: 2}\nc: &c {<<: [*b], k3: 3}\nd:\n  <<: *c\n  k4: 4\n');
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.data!['d'], { k4: 4, k3: 3, k2: 2, k1: 1 });
  });

  it('a mapping that merges itself is an error, not a hang', () => {
    const r = parse('a: &a {x: 1, <<: *a}\nb:\n  <<: *a\n');
    assert.ok(r.diags.some((d) => d.code === 'yaml-alias'), JSON.stringify(r.diags));
  });

  it('a chain of merges of merges is counted against the alias budget', () => {
    let text = 'm0: &m0 {k: v}\n';
    for (let i = 1; i < 30; i++) text += `m${i}: &m${i} {<<: [${Array(9).fill(`*m${i - 1}`).join(', ')}]}\n`;
    text += 'compose:\n  db:\n    <<: *m29\n';
    const r = parse(text);
    // Memoised: the chain is as cheap as its text, and db gets k.
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.data!['compose'], { db: { k: 'v' } });
  });
});

describe('parseYaml: duplicate keys', () => {
  it('keeps the later value and warns at the later key', () => {
    const text = 'image: redis\nx: 1\nimage: postgres\n';
    const r = parse(text);
    assert.deepEqual(r.data, { x: 1, image: 'postgres' });
    assert.equal(r.diags.length, 1);
    const d = r.diags[0]!;
    assert.equal(d.code, 'duplicate-key');
    assert.equal(d.severity, 'warning');
    assert.equal(d.span![0], text.lastIndexOf('image'));
    assert.equal(slice(text, d.span), 'image');
    assert.deepEqual(r.source.position(d.span![0]), { line: 3, column: 1 });
    assert.match(d.message, /line 1/);
    assert.deepEqual(d.related, [{ span: [0, 5], message: 'the earlier `image` is here' }]);
  });

  it('names the earlier key, not the first, when a key is written three times', () => {
    const text = 'compose:\n  db:\n    image: a\n    image: b\n    image: c\n';
    const r = parse(text);
    assert.deepEqual(r.diags.map((d) => [slice(text, d.span), d.related!.map((x) => r.source.position(x.span[0]).line)]), [['image', [3]], ['image', [4]]]);
    assert.deepEqual(r.data, { compose: { db: { image: 'c' } } });
  });

  it('locates the later value', () => {
    const text = 'compose:\n  db:\n    image: redis\n    image: postgres\n';
    const r = parse(text);
    assert.equal(slice(text, r.file!.locs.get('/compose/db/image')!.value), 'postgres');
  });

  it('treats keys that read alike as duplicates', () => {
    const r = parse('a: 1\n"a": 2\n');
    assert.deepEqual(r.data, { a: 2 });
    assert.deepEqual(r.diags.map((d) => d.code), ['duplicate-key']);
  });
});

describe('parseYaml: aliases and limits', () => {
  it('reports an unknown alias', () => {
    const text = 'a: *nope\n';
    const r = parse(text);
    assert.equal(r.diags.length, 1);
    assert.equal(r.diags[0]!.code, 'yaml-alias');
    assert.equal(r.diags[0]!.severity, 'error');
    assert.equal(slice(text, r.diags[0]!.span), '*nope');
  });

  it('reports an alias to the value that contains it', () => {
    const r = parse('a: &a [*a]\n');
    assert.deepEqual(r.diags.map((d) => d.code), ['yaml-alias']);
  });

  it('expands ordinary aliases', () => {
    const r = parse('a: &x hello\nb: *x\nc: &m {k: [1]}\nd: *m\n');
    assert.deepEqual(r.data, { a: 'hello', b: 'hello', c: { k: [1] }, d: { k: [1] } });
  });

  it('refuses an alias bomb with too-large', () => {
    const r = parse(billionLaughs(), { ...DEFAULT_LIMITS, maxNodes: 10_000 });
    assert.equal(r.file, undefined);
    assert.deepEqual(r.diags.map((d) => d.code), ['too-large']);
    assert.equal(r.diags[0]!.severity, 'error');
  });

  it('refuses an alias bomb with the default limits', () => {
    const r = parse(billionLaughs());
    assert.equal(r.file, undefined);
    assert.deepEqual(r.diags.map((d) => d.code), ['too-large']);
  });

  it('refuses an alias bomb after a budget that grows with the file, not after a million values', () => {
    const text = billionLaughs();
    const r = parse(text);
    assert.deepEqual(r.diags.map((d) => d.code), ['too-large']);
    const budget = Number(/more than (\d+) values/.exec(r.diags[0]!.message)?.[1]);
    assert.equal(budget, 100_000 + 10 * text.length);
  });

  it('refuses deep nesting with too-large', () => {
    const r = parse(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`);
    assert.equal(r.file, undefined);
    assert.ok(r.diags.some((d) => d.code === 'too-large'), JSON.stringify(r.diags));
  });

  it('refuses input over maxBytes', () => {
    const r = parse('a: ééééé\n', { ...DEFAULT_LIMITS, maxBytes: 10 });
    assert.equal(r.file, undefined);
    assert.deepEqual(r.diags.map((d) => d.code), ['too-large']);
  });

  it('counts maxBytes in bytes of UTF-8, to the byte', () => {
    // 'a: ' 3 bytes, \u00e9 2, an astral character 4 (two UTF-16 units), the newline 1: 10 bytes in 7 units.
    const text = 'a: \u00e9\u{1F600}\n';
    assert.deepEqual(parse(text, { ...DEFAULT_LIMITS, maxBytes: 10 }).diags, []);
    assert.deepEqual(parse(text, { ...DEFAULT_LIMITS, maxBytes: 9 }).diags.map((d) => d.code), ['too-large']);
    assert.deepEqual(parse('a: 1\n', { ...DEFAULT_LIMITS, maxBytes: 5 }).diags, []);
    assert.deepEqual(parse('a: 1\n', { ...DEFAULT_LIMITS, maxBytes: 4 }).diags.map((d) => d.code), ['too-large']);
  });
});

describe('parseYaml: plain data', () => {
  it('keeps __proto__ as an own property and pollutes nothing', () => {
    const r = parse('__proto__: {polluted: 1}\nconstructor: x\n');
    const data = r.data!;
    assert.equal(Object.getPrototypeOf(data), Object.prototype);
    assert.ok(Object.prototype.hasOwnProperty.call(data, '__proto__'));
    assert.deepEqual(Object.keys(data), ['__proto__', 'constructor']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(data, '__proto__')!.value, { polluted: 1 });
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(data['constructor'], 'x');
  });

  it('keeps __proto__ from a merge as an own property', () => {
    const r = parse('a: &a {__proto__: {polluted: 1}}\nb:\n  <<: *a\n');
    const b = r.data!['b'] as object;
    assert.equal(Object.getPrototypeOf(b), Object.prototype);
    assert.ok(Object.prototype.hasOwnProperty.call(b, '__proto__'));
  });

  it('gives null for an empty document', () => {
    for (const text of ['', '# only a comment\n', '---\n']) {
      const r = parse(text);
      assert.equal(r.data, null, JSON.stringify(text));
      assert.deepEqual(r.diags, []);
    }
  });
});

describe('parseYaml: syntax errors', () => {
  it('reports yaml-syntax with a span and returns undefined', () => {
    for (const text of ['a: [1, 2\n', 'a: b: c\n', 'a:\n  - x\n y: 1\n', 'a: "open\n', 'a: 1\n---\nb: 2\n', '\ta: 1\n']) {
      const r = parse(text);
      assert.equal(r.file, undefined, JSON.stringify(text));
      assert.ok(r.diags.length > 0, JSON.stringify(text));
      for (const d of r.diags) {
        assert.equal(d.code, 'yaml-syntax');
        assert.equal(d.severity, 'error');
        assert.ok(d.span, JSON.stringify(text));
        assert.ok(d.span![1] > d.span![0]);
        assert.ok(d.span![0] <= text.length);
        assert.doesNotMatch(d.message, / at line \d+, column \d+/);
      }
    }
  });
});

describe('parseYaml: locations', () => {
  it('locates /compose/db/image at its value and key', () => {
    const text = 'compose:\n  db:\n    image: postgres:9.2\n    environment:\n      - A=1\n';
    const r = parse(text);
    const loc = r.file!.locs.get('/compose/db/image')!;
    assert.equal(slice(text, loc.value), 'postgres:9.2');
    assert.equal(slice(text, loc.key), 'image');
    assert.deepEqual(r.source.position(loc.value[0]), { line: 3, column: 12 });
    assert.equal(slice(text, r.file!.locs.get('/compose/db/environment/0')!.value), 'A=1');
    assert.equal(r.file!.locs.get('/compose/db/environment/0')!.key, undefined);
  });

  it('locates a null value right after its key', () => {
    const text = 'compose:\n  db:\n';
    const loc = parse(text).file!.locs.get('/compose/db')!;
    assert.equal(slice(text, loc.key), 'db');
    assert.ok(loc.value[0] >= loc.key![1]);
    assert.equal(slice(text, loc.value), '');
    assert.equal(parse(text).data!['compose'].db, null);
  });

  it('escapes / and ~ in pointers', () => {
    assert.equal(pointerKey('a/b~c'), 'a~1b~0c');
    const r = parse('"a/b": {"~": 1}\n');
    assert.ok(r.file!.locs.has('/a~1b/~0'));
  });
});

describe('parseYaml: one document', () => {
  it('accepts a document end marker', () => {
    const r = parse('compose:\n  db: {image: redis}\n...\n');
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.data, { compose: { db: { image: 'redis' } } });
  });

  it('refuses a second document with yaml-syntax where it starts', () => {
    for (const text of ['a: 1\n---\nb: 2\n', 'a: 1\n...\n---\nb: 2\n', '--- a\n--- b\n']) {
      const r = parse(text);
      assert.equal(r.file, undefined);
      assert.deepEqual(r.diags.map((d) => [d.code, d.span![0]]), [['yaml-syntax', text.lastIndexOf('---')]], JSON.stringify(text));
      assert.match(r.diags[0]!.message, /multiple documents/);
    }
  });
});

describe('parseYamlDocuments', () => {
  function parseAll(text: string, limits?: ParseLimits) {
    const source = new SourceFile('x.yml', text);
    const diags = new Diagnostics();
    return { files: parseYamlDocuments(source, diags, limits), diags: diags.list, source };
  }

  it('gives one file per document, pointers from its own root, spans in the whole file', () => {
    const text = 'kind: pipeline\nname: a\n---\nkind: pipeline\nname: b\nsteps:\n  - image: x\n...\n---\nkind: secret\n';
    const { files, diags } = parseAll(text);
    assert.deepEqual(diags, []);
    assert.deepEqual(files.map((f) => f.data), [{ kind: 'pipeline', name: 'a' }, { kind: 'pipeline', name: 'b', steps: [{ image: 'x' }] }, { kind: 'secret' }]);
    assert.equal(slice(text, files[1]!.locs.get('/name')!.value), 'b');
    assert.equal(files[1]!.locs.get('/name')!.value[0], text.indexOf('name: b') + 6);
    assert.equal(slice(text, files[1]!.locs.get('/steps/0/image')!.key), 'image');
    assert.equal(files[2]!.locs.get('/kind')!.value[0], text.lastIndexOf('secret'));
    assert.ok(!files[0]!.locs.has('/steps'));
    assert.deepEqual(files.map((f) => f.span![0]), [0, text.indexOf('---'), text.lastIndexOf('---')]);
  });

  it('reads a single document as parseYaml does', () => {
    const text = 'compose:\n  db: &d {image: redis, pull: yes}\n  cache:\n    <<: *d\n    image: memcached\n';
    const { files, diags } = parseAll(text);
    const one = parse(text);
    assert.deepEqual(diags, one.diags);
    assert.equal(files.length, 1);
    assert.deepEqual(files[0]!.data, one.data);
    assert.deepEqual([...files[0]!.locs], [...one.file!.locs]);
  });

  it('gives no file for a stream without documents, and a null one for an empty document', () => {
    for (const text of ['', '# only a comment\n']) assert.deepEqual(parseAll(text).files, [], JSON.stringify(text));
    const { files, diags } = parseAll('---\n---\na: 1\n');
    assert.deepEqual(diags, []);
    assert.deepEqual(files.map((f) => f.data), [null, { a: 1 }]);
  });

  it('keeps anchors within their document', () => {
    const text = 'a: &x 1\nb: *x\n---\nc: *x\n';
    const { files, diags } = parseAll(text);
    assert.deepEqual(files.map((f) => f.data), [{ a: 1, b: 1 }, { c: null }]);
    assert.deepEqual(diags.map((d) => [d.code, slice(text, d.span)]), [['yaml-alias', '*x']]);
  });

  it('reports duplicate keys with lines and related places in the whole file', () => {
    const text = 'a: 1\n---\nb: 1\nb: 2\n';
    const { files, diags, source } = parseAll(text);
    assert.deepEqual(files.map((f) => f.data), [{ a: 1 }, { b: 2 }]);
    assert.deepEqual(diags.map((d) => [d.code, source.position(d.span![0]).line, d.related![0]!.span]), [['duplicate-key', 4, [9, 10]]]);
    assert.match(diags[0]!.message, /line 3/);
  });

  it('gives no file when any document has a syntax error, located in the whole file', () => {
    const text = 'a: 1\n---\nb: [1\n';
    const { files, diags } = parseAll(text);
    assert.deepEqual(files, []);
    assert.ok(diags.length > 0);
    for (const d of diags) {
      assert.equal(d.code, 'yaml-syntax');
      assert.ok(d.span![0] >= text.indexOf('b:'), JSON.stringify(d));
    }
  });

  it('applies the limits to the whole file', () => {
    // Each document alone is within 12 values; together they are not.
    const doc = 'a: [1, 2, 3, 4]\n';
    const limits = { ...DEFAULT_LIMITS, maxNodes: 12 };
    assert.equal(parseAll(doc, limits).files.length, 1);
    assert.equal(parse(doc, limits).diags.length, 0);
    const two = parseAll(`${doc}---\n${doc}---\n${doc}`, limits);
    assert.deepEqual(two.files, []);
    assert.deepEqual(two.diags.map((d) => d.code), ['too-large']);
    // An alias bomb in a later document, nesting in a later document, and the size of the whole file.
    assert.deepEqual(parseAll(`a: 1\n---\n${billionLaughs()}`).diags.map((d) => d.code), ['too-large']);
    const deep = `a: 1\n---\nb: ${'['.repeat(100)}${']'.repeat(100)}\n`;
    assert.deepEqual(parseAll(deep).diags.map((d) => [d.code, d.span![0]]), [['too-large', deep.indexOf('[') + 64]]);
    assert.deepEqual(parseAll('a: 1\n---\nb: 2\n', { ...DEFAULT_LIMITS, maxBytes: 12 }).diags.map((d) => d.code), ['too-large']);
  });
});
