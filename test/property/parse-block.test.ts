/**
 * The block reader (src/parse/block.ts) against the full reader (src/parse/yaml.ts, the `yaml` package): for
 * every text the block reader takes, data, key order, every location and every warning must be the same.
 * Texts: the fixtures, the real-world corpus, generated block YAML full of YAML 1.1 traps (typed scalars,
 * comments at every indentation, nulls, duplicate keys, quoting), and all of those mutated line by line.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { Diagnostics } from '../../src/diagnostics.js';
import { readBlock } from '../../src/parse/block.js';
import { DEFAULT_LIMITS, type ParsedFile } from '../../src/parse/model.js';
import { resolvePlain } from '../../src/parse/scalar.js';
import { readYaml } from '../../src/parse/yaml.js';
import { SourceFile } from '../../src/source.js';
import { pathToFileURL } from 'node:url';
import { FIXTURES, ROOT, SHARED, sharedAvailable } from '../helpers.js';
import { FUZZ_RUNS, params, runs } from './gen.js';

const { largeDroneFile } = (await import(pathToFileURL(join(ROOT, 'scripts', 'large-input.mjs')).href)) as { largeDroneFile(n: number): string };

type Outcome = 'same' | 'gave way';

/** Reads `text` with both readers; returns whether the block reader took it, or throws with the first difference. */
function compare(text: string): Outcome {
  const source = new SourceFile('.drone.yml', text);
  const block = readBlock(text, DEFAULT_LIMITS, (o) => source.position(o).line);
  if (!block) return 'gave way';
  const diags = new Diagnostics();
  const full = readYaml(source, diags, DEFAULT_LIMITS);
  const where = `\n--- text ---\n${text}\n------------`;
  assert.ok(full, `the block reader took a text the full reader refuses: ${diags.list.map((d) => d.message).join('; ')}${where}`);
  assert.deepStrictEqual(block.file.data, full.data, `data differs${where}`);
  for (const [ptr, loc] of full.locs) assert.deepStrictEqual(block.file.locs.get(ptr), loc, `location of ${ptr} differs${where}`);
  for (const ptr of block.file.locs.keys()) assert.ok(full.locs.has(ptr), `extra location ${ptr}${where}`);
  sameKeyOrder(block.file, full, block.file.data, full.data, where);
  const warnings = block.duplicates.map((d) => ({ code: 'duplicate-key', message: d.message, span: d.span, hint: d.hint }));
  assert.deepStrictEqual(warnings, diags.list.map((d) => ({ code: d.code, message: d.message, span: d.span, hint: d.hint })), `warnings differ${where}`);
  return 'same';
}

function sameKeyOrder(a: ParsedFile, b: ParsedFile, x: unknown, y: unknown, where: string): void {
  if (x === null || typeof x !== 'object') return;
  if (!Array.isArray(x)) assert.deepStrictEqual(a.keys(x), b.keys(y as object), `key order differs${where}`);
  for (const k of Object.keys(x)) sameKeyOrder(a, b, (x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], where);
}

// ---- seeds: the fixtures and the corpus ----------------------------------------------------------------------

const seeds: { name: string; text: string }[] = [];
for (const d of readdirSync(FIXTURES).sort()) {
  const f = join(FIXTURES, d, '.drone.yml');
  if (existsSync(f)) seeds.push({ name: `fixtures/${d}`, text: readFileSync(f, 'utf8').replace(/^\uFEFF/, '') });
}
const corpus = join(SHARED, 'corpus');
if (sharedAvailable() && existsSync(corpus)) {
  for (const sub of readdirSync(corpus).sort()) {
    const dir = join(corpus, sub);
    if (!existsSync(dir) || !sub.match(/^[a-z0-9]+$/)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.yml')) seeds.push({ name: `corpus/${sub}/${f}`, text: readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '') });
  }
} else {
  console.log(`# skipped: the real-world corpus (${corpus} is absent); comparing the readers on fixtures and generated texts only`);
}

describe('block reader = full reader', () => {
  it('on every fixture and corpus file, and it takes most of them', () => {
    let taken = 0;
    for (const s of seeds) if (compare(s.text) === 'same') taken++;
    console.log(`# block reader: took ${taken} of ${seeds.length} fixture and corpus files; the full reader read the rest`);
    assert.ok(taken >= seeds.length * 0.6, `the block reader took only ${taken} of ${seeds.length} files`);
  });

  it('on the generated benchmark input, which it takes', () => {
    assert.equal(compare(largeDroneFile(50)), 'same');
  });

  it('on generated block YAML, taking most of it', () => {
    let taken = 0;
    let total = 0;
    fc.assert(
      fc.property(document, (text) => {
        total++;
        if (compare(text) === 'same') taken++;
      }),
      params(runs(400)),
    );
    console.log(`# block reader: took ${taken} of ${total} generated documents`);
    assert.ok(taken >= total * 0.3, `the block reader took only ${taken} of ${total} generated documents`);
  });

  it('on mutated fixtures, corpus files and generated documents', () => {
    const seed = fc.oneof(fc.constantFrom(...seeds.map((s) => s.text)), document);
    const mutated = fc.tuple(seed, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([text, ops]) => ops.reduce((t, op) => op(t), text));
    fc.assert(
      fc.property(mutated, (text) => {
        compare(text);
      }),
      params(runs(400)),
    );
  });

  it('on every text of three lines (four with FUZZ_RUNS) made of common line shapes', () => {
    // Small texts where indentation, comments, nulls and continuations meet in every order; FUZZ_RUNS adds a fourth line.
    const shapes = [
      'a: 1', 'a:', 'a: # c', 'b: x y', '- x', '-', '- # c', '- a: 1', '-   a:', '  b: 2', '  b:', '  - y', '  -', '    c', '    - z',
      '  c d', '# c', '  # c', '    # c', '', '   ', '---', 'a: [x, "y"]', "  b: 'q' # c", '1: one', 'a: 1', '...',
    ];
    const lines = FUZZ_RUNS > 0 ? 4 : 3;
    let taken = 0;
    let total = 0;
    const walk = (prefix: string[]): void => {
      if (prefix.length === lines) {
        total++;
        if (compare(prefix.join('\n') + (total % 2 === 0 ? '\n' : '')) === 'same') taken++;
        return;
      }
      for (const shape of shapes) walk([...prefix, shape]);
    };
    walk([]);
    console.log(`# block reader: took ${taken} of ${total} texts of ${lines} lines`);
    assert.ok(taken >= (total * 0.3) / lines, `the block reader took only ${taken} of ${total} small texts`);
  });

  it('resolves plain scalars as the yaml package does', () => {
    const check = (text: string) => {
      const doc = parseDocument(`- ${text}\n`, { version: '1.1' });
      if (doc.errors.length > 0) return;
      const node = (doc.contents as unknown as { items: { value: unknown; source?: string }[] }).items[0]!;
      if (!node || typeof node !== 'object' || !('value' in node)) return;
      const [value, typed] = resolvePlain(text);
      const expected = node.value;
      if (typeof expected === 'string') assert.deepStrictEqual([value, typed], [expected, false], text);
      else if (expected === null || typeof expected === 'number' || typeof expected === 'boolean') assert.deepStrictEqual([value, typed], [expected, true], text);
      else assert.deepStrictEqual([value, typed], [text, true], text); // dates and merge keys: kept as written
    };
    for (const t of TYPED) check(t);
    fc.assert(fc.property(fc.stringMatching(/^[-+.~0-9_:eExXbBoOaAfFnNiIlLtTyYsSuUrR<Zz ]{1,14}$/), (t) => check(t.trim() || 'x')), params(runs(2000)));
  });
});

// ---- generated block YAML ---------------------------------------------------------------------------------

const TYPED = [
  '0', '-0', '+0', '1', '-1', '012', '08', '0_7', '0o7', '0x1F', '0X1f', '-0x1f', '0b101', '+0b1', '1_000', '1e3', '1E-3', '-1.5e+3', '.5', '5.', '1.0',
  '1_0.0_5', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '1:20', '-1:20', '190:20:30', '190:20:30.15', '1:60', '8080:80', '2001-12-14',
  '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '2002-12-14 21:59:43', 'y', 'Y', 'n', 'N', 'yes', 'Yes', 'YES', 'yEs', 'no', 'No',
  'on', 'On', 'ON', 'off', 'Off', 'OFF', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', '~', 'null', 'Null', 'NULL', 'nUll', '<<',
  '1__', '0x', '0b', '-', '+', '.', '..', '-.', '1e', 'e3', '1.2.3', '1:2:3:4', '12:345', '2001-1-1', '2001-13-45', 'inf', 'nan', '0.0.0.0',
];

const PLAIN = [
  ...TYPED, 'postgres', 'redis', 'x', 'go build', '--port', 'A=1', '/drone/src', './x.sh', 'true && false', 'postgres:9.4', 'registry.example.com:5000/team/db@sha256:abc', 'a:b', 'a#b', 'http://x:80/y', '$$SECRET', '$${X}_y', '${X}',
  'echo "hi"', "it's", 'a, b', 'x]', 'x}', 'a [b]', 'a {b}', 'é😀 日本', 'a  b', '-foo', '?x', ':x', '-', '=', 'a=b', 'MYSQL_ROOT_PASSWORD=secret', 'go test ./...',
  'echo $$HOME > /tmp/x | cat', 'a & b', 'x!', 'x%', 'a|b', 'a>b', 'a #c',
];
/** Plain scalars the block reader leaves to the full reader, or that are not scalars at all. */
const ODD = ['*glob', '!x', '%x', '@x', '`x`', 'k: v', 'k:', "'", '"', '[x', '{x', '|', '>-', '&a x', '- x', '? x', ': x', '{a: b}'];

const QUOTED = [
  "''", "'a'", "'it''s'", "'a: b'", "'#x'", "' x '", "'\\n'", '""', '"a"', '"a\\"b"', '"\\\\"', '"\\n\\t\\x41\\u00e9\\U0001F600"', '"\\/"', '"\\q"',
  '"a: b"', '"# x"', '" x "', '"\\e\\0\\a\\b\\v\\f\\r\\ \\N\\_\\L\\P"', '"\\x4"', '"\\u12"', '"\\U00110000"', '"unterminated', "'unterminated", '"a" b',
];

const FLOW = ['[]', '[ ]', '[a]', '[a, b]', '[a,b]', '[ a , b ]', '[a, ]', '[serve, --port, "10000"]', "['x', \"y\"]", '[1, yes, ~, 0x1F]', '[a, [b]]',
  '[a, {b: c}]', '[a: b]', '[a,, b]', '[, a]', '[a', '[http://x]', '[a #b]', '[a]x', '[a] #c', '[a]  # c', '[-a, -]', '[- a]'];

const KEYS = ['image', 'environment', 'a', 'b', 'db', 'x y', 'yes', '8080', '~', 'null', '-k', 'k-', 'a.b', 'a/b', 'a~b', '__proto__', 'constructor',
  '1:20', 'é', '"quoted"', "'sq'", '"a: b"', "'it''s'", '"\\t"', '<<', '? x', 'a:b', 'a #b', 'k ', '[k]', '{k}', '&a k', '!!str k', '*a'];

const comment = fc.constantFrom('', '', '', '', '', ' # c', '  #c', ' #', '# no space');
const scalar = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...PLAIN) },
  { weight: 6, arbitrary: fc.constantFrom(...QUOTED) },
  { weight: 5, arbitrary: fc.constantFrom(...FLOW) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
);

type Tree = { map: [string, Tree][] } | { list: Tree[] } | { scalar: string | null };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree; map: Tree; list: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, { weight: 4, arbitrary: scalar.map((s) => ({ scalar: s })) }, { weight: 1, arbitrary: fc.constant({ scalar: null }) }, tie('map'), tie('list')),
  map: fc.array(fc.tuple(fc.oneof({ weight: 12, arbitrary: fc.constantFrom('image', 'a', 'b', 'db', 'environment') }, { weight: 2, arbitrary: fc.constantFrom(...KEYS) }), tie('node')), { minLength: 1, maxLength: 4 }).map((entries) => ({ map: entries })),
  list: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items) => ({ list: items })),
})).map;

interface Style {
  step: number;
  sameIndentLists: boolean;
  extraDashSpaces: number;
  comments: string[];
  noise: number[];
}

const style: fc.Arbitrary<Style> = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  sameIndentLists: fc.boolean(),
  extraDashSpaces: fc.integer({ min: 0, max: 2 }),
  comments: fc.array(comment, { minLength: 8, maxLength: 8 }),
  noise: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 16, maxLength: 16 }),
});

/** Writes a tree as block YAML, with blank lines and comment lines at assorted columns between its lines. */
function render(t: Tree, s: Style): string {
  const out: string[] = [];
  let k = 0;
  const pick = <T>(xs: T[]): T => xs[k++ % xs.length]!;
  const sp = (n: number) => ' '.repeat(Math.max(0, n));
  const noise = (indent: number) => {
    const r = pick(s.noise);
    if (r === 0) out.push('');
    else if (r === 1) out.push(`${sp(indent)}# comment`);
    else if (r === 2) out.push(`${sp(indent + s.step)}# deeper`);
    else if (r === 3) out.push(`${sp(indent - s.step)}# shallower`);
    else if (r === 4) out.push('# at zero');
    else if (r === 5) out.push(`${sp(indent)}#`, '');
  };
  const write = (node: Tree, indent: number, prefix: string): void => {
    if ('scalar' in node) {
      const text = node.scalar;
      if (text !== null && text.includes(' ') && pick(s.noise) % 3 === 0) {
        // A plain scalar over several lines: continuation lines deeper than the block (or, to try the reader, not).
        const [first, ...rest] = text.split(' ');
        out.push(`${prefix} ${first}`);
        for (const word of rest) {
          const r = pick(s.noise);
          if (r === 0) out.push('');
          if (r === 1) out.push(`${sp(indent + 1)}  `);
          out.push(`${sp(indent + (r === 2 ? 0 : 1 + (r % 3)))}${word}${r === 3 ? '  ' : ''}`);
        }
        noise(indent);
        return;
      }
      out.push(text === null ? `${prefix}${pick(s.comments)}` : `${prefix} ${text}${pick(s.comments)}`);
      noise(indent);
      return;
    }
    if ('map' in node) {
      let first = prefix.endsWith('-') && node.map.length > 0 && pick(s.noise) % 2 === 0;
      let keyIndent = indent;
      if (first) keyIndent = prefix.length + 1 + s.extraDashSpaces;
      else if (prefix !== '') out.push(`${prefix}${pick(s.comments)}`), noise(indent);
      for (const [key, value] of node.map) {
        const lead = first ? `${prefix}${sp(1 + s.extraDashSpaces)}` : sp(keyIndent);
        first = false;
        const line = `${lead}${key}:`;
        if ('scalar' in value) write(value, keyIndent, line);
        else if ('list' in value && s.sameIndentLists) {
          out.push(line + pick(s.comments));
          noise(keyIndent);
          writeItems(value.list, keyIndent);
        } else if ('list' in value) {
          out.push(line + pick(s.comments));
          writeItems(value.list, keyIndent + s.step);
        } else write(value, keyIndent + s.step, line);
      }
      return;
    }
    if (prefix !== '') out.push(`${prefix}${pick(s.comments)}`);
    writeItems(node.list, indent);
  };
  const writeItems = (items: Tree[], indent: number): void => {
    for (const item of items) {
      const dash = `${sp(indent)}-`;
      if ('map' in item) write(item, indent + s.step, dash);
      else if ('list' in item) {
        out.push(dash);
        writeItems(item.list, indent + s.step);
      } else write(item, indent, dash);
    }
  };
  if ('scalar' in t) write({ map: [['a', t]] }, 0, '');
  else write(t, 0, '');
  const head = [['---'], ['# header', '---'], ['--- # start'], ['---  '], ['#', ''], []][pick(s.noise) % 8] ?? [];
  return [...head, ...out].join('\n') + (pick(s.noise) % 3 === 0 ? '' : '\n');
}

const document: fc.Arbitrary<string> = fc.tuple(tree, style).map(([t, s]) => render(t, s));

// ---- line mutations --------------------------------------------------------------------------------------

const SNIPPETS = [' ', '  ', '#', ' #', ':', ': ', '- ', '-', '"', "'", '[', ']', '{', '&a ', '*a', '!', '|', '>', '? ', '---', '...', '%', '@', '\t', '\r', '\\', '~', 'yes', '0x1', '1:2', '<<: ', 'é', '\u2028'];

const mutation: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...SNIPPETS)).map(([at, s]) => (text: string) => text.slice(0, at % (text.length + 1)) + s + text.slice(at % (text.length + 1))),
  fc.nat().map((at) => (text: string) => {
    const lines = text.split('\n');
    lines.splice(at % lines.length, 1);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (text: string) => {
    const lines = text.split('\n');
    lines.splice(b % (lines.length + 1), 0, lines[a % lines.length]!);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.constantFrom(' ', '  ', '    ')).map(([at, by]) => (text: string) => {
    const lines = text.split('\n');
    const i = at % lines.length;
    lines[i] = lines[i]!.startsWith(by) && at % 2 === 0 ? lines[i]!.slice(by.length) : by + lines[i];
    return lines.join('\n');
  }),
);
