/**
 * Fuzzing: compile() never throws and the CLI never crashes or hangs, whatever bytes it is given. Inputs are
 * the real-world corpus (../shared/corpus/drone04, read in place) and the fixtures, mutated: truncated, bytes
 * flipped, tabs, BOMs, CRLF, NUL and invalid UTF-8 inserted, lines duplicated or dropped, values replaced by
 * values of other types; and generated: deep nesting, huge strings, alias bombs.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { isCollection, isPair, parseDocument, type Node } from 'yaml';
import { run } from '../../src/cli.js';
import { compile } from '../../src/compile.js';
import { Diagnostics } from '../../src/diagnostics.js';
import { DEFAULT_LIMITS } from '../../src/parse/index.js';
import { deepNesting, readYaml } from '../../src/parse/yaml.js';
import { SourceFile } from '../../src/source.js';
import type { Target } from '../../src/ir.js';
import { CLI, FIXTURES, keepTempDir, ROOT, SHARED, sharedAvailable, tempDir } from '../helpers.js';
import { FUZZ_RUNS, params, runs } from './gen.js';

const REPO = 'github.com/o/r';

// ---- seeds ----------------------------------------------------------------------------------------------

const CORPUS = join(SHARED, 'corpus', 'drone04');
const seeds: { name: string; bytes: Buffer }[] = [];
if (sharedAvailable() && existsSync(CORPUS)) {
  for (const f of readdirSync(CORPUS).sort()) if (f.endsWith('.yml') || f.endsWith('.yaml')) seeds.push({ name: `corpus/${f}`, bytes: readFileSync(join(CORPUS, f)) });
} else {
  console.log(`# skipped: the real-world corpus (${CORPUS} is absent); fuzzing the fixtures only`);
}
for (const d of readdirSync(FIXTURES).sort()) {
  const f = join(FIXTURES, d, '.drone.yml');
  if (existsSync(f)) seeds.push({ name: `fixtures/${d}`, bytes: readFileSync(f) });
}

// ---- mutations -------------------------------------------------------------------------------------------

const INSERTS: readonly Buffer[] = [
  '\t', '\t\t', '\uFEFF', '\r\n', '\r', '\n', '\0', ' ', '  ', ':', ': ', '- ', '-', '#', '&a ', '*a', '*undefined', '<<: *a\n', '{', '}', '[', ']', '"', "'",
  '!!', '!!binary ', '!!map ', '!<tag:yaml.org,2002:str> ', '%YAML 1.2\n', '%TAG ! tag:x,2000:\n', '---\n', '...\n', '? ', '|', '>-', '\\', '$$', '$${', '$$dc_x',
  '\u2028', '\u0085', '\u00a0', 'yes', 'null', '~', '0x', '1e400', '-.inf', '2001-01-01', '\x1b', '\x7f', 'é', '😀',
].map((s) => Buffer.from(s, 'utf8'));
const INVALID_UTF8: readonly Buffer[] = [[0xff], [0xfe], [0xc3], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xef, 0xbb]].map((b) => Buffer.from(b));

type Op =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'insert'; at: number; bytes: Buffer }
  | { kind: 'dupLine'; at: number; times: number }
  | { kind: 'dropLine'; at: number }
  | { kind: 'indent'; at: number; by: string }
  | { kind: 'crlf' };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('flip' as const), at: fraction, mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, bytes: fc.oneof(fc.constantFrom(...INSERTS), fc.constantFrom(...INVALID_UTF8), fc.uint8Array({ minLength: 1, maxLength: 6 }).map((a) => Buffer.from(a))) }),
  fc.record({ kind: fc.constant('dupLine' as const), at: fraction, times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fraction }),
  fc.record({ kind: fc.constant('indent' as const), at: fraction, by: fc.constantFrom(' ', '  ', '\t', '', '        ') }),
  fc.constant({ kind: 'crlf' as const }),
);

function lines(b: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) {
    out.push(b.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < b.length) out.push(b.subarray(start));
  return out;
}

function apply(b: Buffer, o: Op): Buffer {
  const at = (f: number, n: number) => Math.floor(f * n);
  switch (o.kind) {
    case 'truncate':
      return b.subarray(0, at(o.at, b.length + 1));
    case 'flip': {
      if (b.length === 0) return b;
      const c = Buffer.from(b);
      c[at(o.at, b.length)]! ^= o.mask;
      return c;
    }
    case 'insert': {
      const i = at(o.at, b.length + 1);
      return Buffer.concat([b.subarray(0, i), o.bytes, b.subarray(i)]);
    }
    case 'dupLine': {
      const ls = lines(b);
      if (ls.length === 0) return b;
      const i = at(o.at, ls.length);
      const line = ls[i]!.at(-1) === 10 ? ls[i]! : Buffer.concat([ls[i]!, Buffer.from('\n')]);
      return Buffer.concat([...ls.slice(0, i), ...Array<Buffer>(o.times).fill(line), ...ls.slice(i + 1)]);
    }
    case 'dropLine': {
      const ls = lines(b);
      const i = at(o.at, ls.length);
      return Buffer.concat([...ls.slice(0, i), ...ls.slice(i + 1)]);
    }
    case 'indent': {
      const ls = lines(b);
      if (ls.length === 0) return b;
      const i = at(o.at, ls.length);
      return Buffer.concat([...ls.slice(0, i), Buffer.from(o.by), ...ls.slice(i)]);
    }
    case 'crlf':
      return Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
  }
}

/** A seed with byte-level mutations. */
const byteMutation: fc.Arbitrary<Buffer> = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(op, { minLength: 1, maxLength: 5 }))
  .map(([i, ops]) => ops.reduce(apply, seeds[i]!.bytes));

/** A value of some type, to put where another was. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e300, '', 'x', 'yes', '~', '$$', '$$dc_project', '::', '/:/', '=', 'a=b', '\0', '\uD800', 'x'.repeat(5000)),
  fc.constantFrom([], {}, [null], [[]], [{}], { a: null }, { image: 1 }, [1, true, null], { '<<': 'x' }, { '': '' }, { __proto__: 1 } as unknown, [['a', ['b', ['c']]]]),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A seed parsed as YAML, one value (or key) replaced by a value of another type, written back. */
const typeMutation: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fraction, wrongValue, fc.boolean()), { minLength: 1, maxLength: 3 }))
  .map(([i, changes]) => {
    const doc = parseDocument(seeds[i]!.bytes.toString('utf8'), { version: '1.1', uniqueKeys: false });
    for (const [f, value, onKey] of changes) {
      const slots: { set(n: Node): void }[] = [];
      const visit = (n: unknown): void => {
        if (!isCollection(n)) return;
        n.items.forEach((item, k) => {
          if (isPair(item)) {
            slots.push({ set: (x) => (item.value = x) });
            if (onKey) slots.push({ set: (x) => (item.key = x) });
            visit(item.value);
          } else {
            slots.push({ set: (x) => ((n.items as unknown[])[k] = x) });
            visit(item);
          }
        });
      };
      visit(doc.contents);
      if (slots.length === 0) doc.contents = doc.createNode(value) as never;
      else slots[Math.floor(f * slots.length)]!.set(doc.createNode(value) as Node);
    }
    try {
      return doc.toString();
    } catch {
      // An alias whose anchor was replaced cannot be written: fall back to the seed as it is.
      return seeds[i]!.bytes.toString('utf8');
    }
  });

/** Generated pathological documents. */
const pathological: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 60, max: 5000 }).map((n) => `compose:\n  db: ${'['.repeat(n)}\n`),
  fc.integer({ min: 60, max: 5000 }).map((n) => `compose:\n  db: ${'['.repeat(n)}${']'.repeat(n)}\n`),
  fc.integer({ min: 60, max: 3000 }).map((n) => `compose: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`),
  fc.integer({ min: 60, max: 600 }).map((n) => `compose:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 1)}k${i}:\n`).join('')}`),
  fc.integer({ min: 60, max: 600 }).map((n) => `build:\n  commands:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 2)}- `).join('\n')}x\n`),
  fc.integer({ min: 60, max: 3000 }).map((n) => `${'- '.repeat(n)}x\n`),
  fc.integer({ min: 1, max: 300_000 }).map((n) => `compose:\n  db:\n    image: alpine\n    command: ${JSON.stringify('x'.repeat(n))}\n`),
  fc.integer({ min: 1, max: 4000 }).map((n) => `compose:\n  db:\n    image: alpine\n    environment:\n${'      - A=b\n'.repeat(n)}`),
  fc.integer({ min: 2, max: 12 }).map((levels) => {
    let s = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < levels; i++) s += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    return `${s}compose:\n  db:\n    image: alpine\n    command: *a${levels - 1}\n`;
  }),
  // Merge-key bombs stop at 5 levels here: deeper ones are refused, but slowly (see the todo test below).
  fc.integer({ min: 2, max: 5 }).map((levels) => {
    let s = 'x: &m0 {image: alpine}\n';
    for (let i = 1; i < levels; i++) s += `m${i}: &m${i}\n${Array.from({ length: 9 }, (_, k) => `  k${k}: *m${i - 1}\n`).join('')}`;
    return `${s}compose:\n  db:\n    <<: *m${levels - 1}\n`;
  }),
  // Merges of merges: each level merges the one before nine times; memoised, the chain costs its length.
  fc.integer({ min: 2, max: 40 }).map((levels) => {
    let s = 'm0: &m0 {image: alpine, privileged: true}\n';
    for (let i = 1; i < levels; i++) s += `m${i}: &m${i} {<<: [${Array(9).fill(`*m${i - 1}`).join(', ')}], k${i}: x}\n`;
    return `${s}compose:\n  db:\n    <<: *m${levels - 1}\n`;
  }),
  fc.constant('compose:\n  db: &a\n    image: alpine\n    environment: *a\n'),
  fc.constant('compose: &c\n  db:\n    <<: *c\n'),
  fc.constant('a: &a [*a]\ncompose: *a\n'),
  fc.constant(''),
  fc.constant('# only a comment\n'),
  fc.constant('\uFEFF'),
  fc.constant('---\n...\n'),
);

/** Strings for the in-process API only: lone surrogates and NUL, which no file read as UTF-8 contains. */
const apiOnly: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fraction, fc.constantFrom('\uD800', '\uDFFF', '\0', '\uFFFE', '\uD83D')), { minLength: 1, maxLength: 3 }))
  .map(([i, ins]) => ins.reduce((s, [f, x]) => { const k = Math.floor(f * (s.length + 1)); return s.slice(0, k) + x + s.slice(k); }, seeds[i]!.bytes.toString('utf8')));

const input: fc.Arbitrary<{ text: string; bytes?: Buffer }> = fc.oneof(
  { weight: 6, arbitrary: byteMutation.map((bytes) => ({ text: bytes.toString('utf8'), bytes })) },
  { weight: 3, arbitrary: typeMutation.map((text) => ({ text })) },
  { weight: 1, arbitrary: pathological.map((text) => ({ text })) },
  { weight: 1, arbitrary: apiOnly.map((text) => ({ text })) },
);

const options = fc.record({
  target: fc.constantFrom<Target>('sh', 'compose'),
  trusted: fc.boolean(),
  strict: fc.boolean(),
});

// ---- checks ---------------------------------------------------------------------------------------------

/** Errors that cannot point into the file: the repository (given here), the command line, and limits of the whole file. */
const PLACELESS = new Set(['missing-repo', 'usage']);

function checkCompile(text: string, o: { target: Target; trusted: boolean; strict: boolean }): void {
  let result: ReturnType<typeof compile>;
  try {
    result = compile(text, { repo: REPO, targets: [o.target], trusted: o.trusted, strict: o.strict });
  } catch (e) {
    assert.fail(`compile threw: ${String((e as Error).stack ?? e)}`);
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const out = result.outputs[o.target];
  if (errors.length === 0) {
    assert.equal(typeof out, 'string', 'no error, yet no output');
    assert.ok(out!.length > 0);
  } else {
    assert.equal(out, undefined, 'an error, yet an output');
  }
  for (const d of result.diagnostics) {
    const internal = /Maximum call stack|Cannot read propert|is not a function|is not iterable|undefined is not|RangeError|TypeError|\[object Object\]/;
    assert.ok(!internal.test(d.message), `a JavaScript error shows through a diagnostic: ${d.code}: ${d.message}`);
  }
  for (const d of errors) {
    if (PLACELESS.has(d.code) || placelessByDesign(d.code, d.message)) continue;
    assert.ok(d.span, `error without a place: ${d.code}: ${d.message}`);
    // A YAML error at the end of the file is one character past it; rendering clamps it.
    assert.ok(d.span[0] >= 0 && d.span[0] <= d.span[1] && d.span[0] <= result.source.text.length, `span ${JSON.stringify(d.span)} starts inside the text of ${result.source.text.length}`);
  }
}

/**
 * Placeless by design: an empty (or comment-only) document, as fixtures/error-empty expects, and the size limit
 * (a limit of the whole file, which the CLI prints as `<stdin>: error[too-large]`).
 */
function placelessByDesign(code: string, message: string): boolean {
  return (code === 'not-a-mapping' && message === 'the file is empty') || (code === 'too-large' && /larger than/.test(message));
}

// ---- CLI ------------------------------------------------------------------------------------------------

interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

/**
 * Runs the bundled CLI on bytes given on standard input, as runCli does. Only long runs (FUZZ_RUNS) kill a run,
 * after a minute, to report a hang among thousands of cases; the default suite has no wall-clock limit, so a
 * busy machine cannot fail it.
 */
function runCliBytes(args: string[], input: Buffer): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const limit = FUZZ_RUNS > 0 ? { timeout: 60_000, killSignal: 'SIGKILL' as const } : {};
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, ...limit });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stderr, ms: performance.now() - started }));
    child.stdin.on('error', () => undefined); // the CLI may stop reading (too large)
    child.stdin.end(input);
  });
}

/** Runs the command in this process (`run`) on bytes given as standard input, decoded as the CLI decodes them. */
async function runInProcessBytes(args: string[], input: Buffer): Promise<CliRun> {
  const started = performance.now();
  let stderr = '';
  const status = await run(args, {
    stdout: { write: () => undefined },
    stderr: { write: (text) => void (stderr += text) },
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdin: () => input.toString('utf8'),
    stderrIsTTY: false,
  });
  return { status, signal: null, stderr, ms: performance.now() - started };
}

const FAILURES = tempDir('dc-fuzz-failures-');
let saved = 0;

function save(bytes: Buffer): string {
  const f = join(FAILURES, `case-${saved++}.yml`);
  writeFileSync(f, bytes);
  return f;
}

function checkCli(r: CliRun, args: string[], bytes: Buffer): string | undefined {
  const where = () => `drone-compose ${args.join(' ')} < ${save(bytes)}`;
  if (r.status === null) return `hang or crash (signal ${r.signal}, ${Math.round(r.ms)} ms): ${where()}`;
  if (r.status !== 0 && r.status !== 2) return `exit ${r.status}: ${where()}\n${r.stderr.slice(0, 2000)}`;
  if (/\n\s+at .+:\d+:\d+/.test(r.stderr)) return `stack trace: ${where()}\n${r.stderr.slice(0, 2000)}`;
  if (r.stderr.includes('internal error')) return `internal error: ${where()}\n${r.stderr.slice(0, 2000)}`;
  if (r.status === 2) {
    const placed = /^<stdin>:\d+:\d+: error\[[a-z-]+\]: /m.test(r.stderr);
    const allowed = /error\[(missing-repo|too-large)\]/.test(r.stderr) || /^<stdin>: error\[not-a-mapping\]: the file is empty$/m.test(r.stderr);
    if (!placed && !allowed) return `exit 2 without a placed error: ${where()}\n${r.stderr.slice(0, 2000)}`;
  }
  return undefined;
}

async function pool<T>(items: readonly T[], width: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

// ---- tests ----------------------------------------------------------------------------------------------

let inProcess = 0;
let cliCases = 0;
after(() => console.log(`# fuzz: ${inProcess} in-process cases, ${cliCases} CLI cases`));

describe('robustness: compile() never throws, every error has a place (fuzz)', () => {
  it('mutated corpus and fixtures, wrong types, pathological documents', () => {
    assert.ok(seeds.length > 0, 'there are seeds');
    // A count, not a time budget: the same cases run on an idle and on a busy machine.
    fc.assert(
      fc.property(input, options, ({ text }, o) => {
        inProcess++;
        checkCompile(text, o);
      }),
      params(runs(1000, 4)),
    );
  });

  it('every seed compiles without an exception, and a file over the size limit is refused', () => {
    for (const s of seeds) {
      inProcess++;
      checkCompile(s.bytes.toString('utf8'), { target: 'sh', trusted: true, strict: false });
    }
    inProcess++;
    const r = compile(`compose:\n  db:\n    image: alpine\n    command: ${JSON.stringify('x'.repeat(10 * 1024 * 1024))}\n`, { repo: REPO });
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['too-large']);
  });
});

describe('robustness: the CLI never crashes or hangs (fuzz)', () => {
  it('mutated inputs through the command (in process) and hostile sizes through the real binary: exit 0 or 2, no stack trace, errors with a place', async () => {
    const n = runs(50, 0.1);
    const seed = Number(process.env['FUZZ_SEED'] ?? '') || Date.now() % 100_000;
    const cases = fc.sample(fc.tuple(input.filter((x) => !/[\uD800-\uDFFF]/.test(x.text) || x.bytes !== undefined), options), { numRuns: n, seed });
    const big = [
      Buffer.from(`compose:\n  db:\n    image: alpine\n    command: ${JSON.stringify('x'.repeat(11 * 1024 * 1024))}\n`),
      Buffer.from(`compose:\n  db: ${'['.repeat(100_000)}\n`),
      Buffer.from(`${'a0: &a0 [x, x, x, x, x, x, x, x, x]\n'}${Array.from({ length: 11 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]\n`).join('')}compose:\n  db:\n    image: alpine\n    command: *a11\n`),
    ];
    // The random cases run in process (the same `run` the bin calls); the hostile sizes through the real bin,
    // where a crash or a stack overflow would end the process.
    const all: { bytes: Buffer; args: string[]; spawned: boolean }[] = [
      ...cases.map(([x, o]) => ({
        bytes: x.bytes ?? Buffer.from(x.text, 'utf8'),
        args: ['--repo', REPO, '-t', o.target, ...(o.trusted ? ['--trusted'] : []), ...(o.strict ? ['--strict'] : []), '-'],
        spawned: false,
      })),
      ...big.map((bytes) => ({ bytes, args: ['--repo', REPO, '-'], spawned: true })),
    ];
    const failures: string[] = [];
    await pool(all, 2, async ({ bytes, args, spawned }) => {
      cliCases++;
      const why = checkCli(await (spawned ? runCliBytes : runInProcessBytes)(args, bytes), args, bytes);
      if (why) failures.push(why);
    });
    assert.deepEqual(failures, [], `CLI failures (seed ${seed}; inputs kept in ${FAILURES})`);
  });
});

describe('robustness: regressions found by fuzzing', () => {
  // Not a speed test: a generous limit (minutes, where the fixed walk takes a second) ends the quadratic walk
  // that made such files hang for hours, without failing on a busy machine.
  it('an alias bomb is refused, whatever else the file holds', { timeout: 600_000 }, () => {
    let text = `f: [${Array(400).fill('1').join(', ')}]\na0: &a0 [x, x, x, x, x, x, x, x, x]\n`;
    for (let i = 1; i < 9; i++) text += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    text += 'compose:\n  db:\n    image: alpine\n';
    const codes = compile(text, { repo: REPO }).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('too-large'));
  });

  it('nesting deeper than the stack of the YAML parser is refused as too-large, not with a JavaScript message', () => {
    for (const text of [`compose:\n  db: ${'['.repeat(5000)}\n`, `${'- '.repeat(3000)}x\n`]) {
      const codes = compile(text, { repo: REPO }).diagnostics.map((d) => `${d.code}: ${d.message}`);
      assert.ok(codes.some((c) => c.startsWith("too-large")), codes.join("\n").slice(0, 300));
      assert.ok(!codes.some((c) => /Maximum call stack/.test(c)), codes.join("\n").slice(0, 300));
    }
  });
});

describe('robustness: hostile sizes cost linear work or a located too-large', () => {
  it('an extra_hosts entry of a million colons is checked in linear time (the old pattern backtracked quadratically)', { timeout: 600_000 }, () => {
    // Quadratic, 100 KB took 10 s, so this size would take about 15 minutes; linear, it takes milliseconds.
    const text = `compose:\n  db:\n    image: alpine\n    extra_hosts: ["h:${':'.repeat(1_000_000)}x"]\n`;
    for (const trusted of [true, false]) {
      const codes = compile(text, { repo: REPO, trusted, limits: { maxBytes: 2_000_000 } }).diagnostics.map((d) => d.code);
      assert.ok(codes.includes(trusted ? 'invalid-extra-host' : 'untrusted-option'), codes.join());
    }
  });

  it('aliases find their anchor in logarithmic steps, however often one anchor name is repeated', () => {
    const n = 10_000;
    const text = `compose:\n  db:\n    image: alpine\n    command:\n${Array.from({ length: n }, (_, i) => `      - &a a${i}\n      - *a\n`).join('')}`;
    const diags = new Diagnostics();
    const file = readYaml(new SourceFile('.drone.yml', text), diags, DEFAULT_LIMITS);
    assert.ok(file, diags.list.map((d) => d.message).join());
    const command = (file.data as { compose: { db: { command: string[] } } }).compose.db.command;
    assert.deepEqual(command.slice(0, 4), ['a0', 'a0', 'a1', 'a1'], 'each alias takes the anchor just before it');
    assert.equal(command[2 * n - 1], `a${n - 1}`);
    // The scan it replaces took n²/2 = 50,000,000 steps here.
    assert.ok(file.aliasSteps! <= n * (Math.log2(n) + 1), `${file.aliasSteps} steps for ${n} aliases`);
  });

  it('millions of [, {a: or - under the size limit are refused before the parser builds them, at the first too deep', () => {
    for (const [text, at] of [['['.repeat(9_000_000), 64], [`compose:\n  db: ${'{a: '.repeat(2_000_000)}`, 15 + 64 * 4], [`${'- '.repeat(4_500_000)}x\n`, 64 * 2], [`a:\n  ${'? - '.repeat(1_000_000)}x\n`, 5 + 64 * 2]] as const) {
      const diags = new Diagnostics();
      assert.equal(readYaml(new SourceFile('.drone.yml', text), diags, DEFAULT_LIMITS), undefined);
      assert.deepEqual(diags.list.map((d) => [d.code, d.span]), [['too-large', [at, at + 1]]]);
    }
    // Brackets that are not flow indicators do not count.
    const quoted = `compose:\n  db:\n    image: alpine\n    command: ["${'['.repeat(1000)}", '${'{'.repeat(1000)}'] # ${'['.repeat(1000)}\n    environment:\n      - A=${'['.repeat(1000)}\n    entrypoint: |\n      ${'['.repeat(1000)}\n`;
    assert.equal(deepNesting(quoted, 64), undefined);
    assert.ok(compile(quoted, { repo: REPO }).outputs.sh);
  });

  it('a 20,000-word command, entrypoint and build are emitted without spreading them on the stack', () => {
    // Under a 100 KB stack, pushing 20,000 arguments with push(...list) overflows; loops do not.
    const n = 20_000;
    const text = `compose:\n  db:\n    image: redis\n    command: ${Array(n).fill('w').join(' ')}\n    entrypoint: [${Array(n).fill('e').join(', ')}]\nbuild:\n  image: golang\n  commands:\n${Array.from({ length: n }, (_, i) => `    - c${i}\n`).join('')}`;
    const program = `import { compile } from ${JSON.stringify(pathToFileURL(join(ROOT, 'build', 'src', 'compile.js')).href)};
      const r = compile(await new Promise((ok) => { let s = ''; process.stdin.setEncoding('utf8').on('data', (d) => (s += d)).on('end', () => ok(s)); }), { repo: 'a/b', targets: ['sh', 'compose'] });
      process.stdout.write(Object.keys(r.outputs).join(','));`;
    const r = spawnSync(process.execPath, ['--stack-size=100', '--input-type=module', '-e', program], { input: text, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr.slice(0, 500));
    assert.equal(r.stdout, 'sh,compose');
  });
});

// Keep the failures folder only when something failed.
after(() => {
  if (saved === 0) rmSync(FAILURES, { recursive: true, force: true });
  else keepTempDir(FAILURES);
});
