import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compile, projectNameFrom, type CompileOptions } from '../../src/compile.js';
import { DIALECTS, pickDialect, type DialectId } from '../../src/dialects/index.js';
import { DEFAULT_LIMITS, parseYaml } from '../../src/parse/index.js';
import { Diagnostics } from '../../src/diagnostics.js';
import { SourceFile } from '../../src/source.js';

const REPO = 'github.com/octocat/hello-world';
const INPUT = [
  'compose:',
  '  cache:',
  '    image: redis',
  '  database:',
  '    image: postgres:9.2',
  '    environment:',
  '      - POSTGRES_USER=postgres',
  '      - POSTGRES_PASSWORD=$$DB_PASSWORD',
  'build:',
  '  image: golang:1.5',
  '  commands:',
  '    - go test ./...',
  '',
].join('\n');
const BOTH: CompileOptions = { repo: REPO, targets: ['sh', 'compose'] };

describe('compile', () => {
  it('returns outputs for both targets', () => {
    const r = compile(INPUT, BOTH);
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepEqual(Object.keys(r.outputs).sort(), ['compose', 'sh']);
    assert.match(r.outputs.sh!, /^#!\/bin\/sh/);
    assert.match(r.outputs.sh!, /postgres:9\.2/);
    assert.match(r.outputs.compose!, /postgres:9\.2/);
    assert.match(r.outputs.compose!, /\$\{DB_PASSWORD\}/);
    assert.match(r.outputs.sh!, /"\$\{DB_PASSWORD\}"/);
    assert.deepEqual(r.project!.variables, ['DB_PASSWORD']);
  });

  it('emits sh only by default', () => {
    const r = compile(INPUT, { repo: REPO });
    assert.deepEqual(Object.keys(r.outputs), ['sh']);
    assert.equal(r.outputs.sh, compile(INPUT, BOTH).outputs.sh);
  });

  it('emits only the requested target', () => {
    assert.deepEqual(Object.keys(compile(INPUT, { repo: REPO, targets: ['compose'] }).outputs), ['compose']);
  });

  it('gives no outputs when there is an error', () => {
    for (const [text, options, code] of [
      ['compose:\n  db:\n    image: Postgres\n', BOTH, 'invalid-image'],
      [INPUT, { targets: ['sh', 'compose'] }, 'missing-repo'],
      ['compose:\n  db:\n    image: redis\n    environment:\n      - X=$$dc_project\n', BOTH, 'reserved-variable'],
      ['a: [1\n', BOTH, 'yaml-syntax'],
      ['- just a list\n', BOTH, 'not-a-mapping'],
      ['', BOTH, 'not-a-mapping'],
    ] as [string, CompileOptions, string][]) {
      const r = compile(text, options);
      assert.deepEqual(r.outputs, {}, text);
      assert.ok(r.diagnostics.some((d) => d.severity === 'error' && d.code === code), `${code}: ${JSON.stringify(r.diagnostics)}`);
    }
  });

  it('refuses bad repository paths and project names', () => {
    assert.ok(compile(INPUT, { ...BOTH, repo: 'github.com/../x' }).diagnostics.some((d) => d.code === 'usage'));
    assert.ok(compile(INPUT, { ...BOTH, repo: 'has space/x' }).diagnostics.some((d) => d.code === 'usage'));
    assert.ok(compile(INPUT, { ...BOTH, name: 'Bad Name' }).diagnostics.some((d) => d.code === 'usage'));
    assert.deepEqual(compile(INPUT, { ...BOTH, name: 'Bad Name' }).outputs, {});
  });

  it('refuses a holder image that is not an image reference: it would splice flags into docker run', () => {
    for (const holderImage of ['busybox --privileged', '--privileged', 'busybox:1 -v /:/host', '', 'Busybox', 'busybox\n']) {
      const r = compile(INPUT, { ...BOTH, holderImage });
      assert.deepEqual(r.outputs, {}, holderImage);
      assert.ok(r.diagnostics.some((d) => d.severity === 'error' && d.code === 'usage' && d.message.startsWith('--holder-image')), JSON.stringify(r.diagnostics));
    }
    for (const holderImage of ['busybox', 'busybox:1.36.1', 'localhost:5000/tools/busybox:1', `busybox@sha256:${'a'.repeat(64)}`]) {
      assert.ok(compile(INPUT, { ...BOTH, holderImage }).outputs.sh?.includes(holderImage), holderImage);
    }
  });

  it('keeps outputs with warnings, and strict turns them into errors', () => {
    const text = 'compose:\n  db:\n    image: redis\n    environment:\n      - PRICE=5$$\n';
    const loose = compile(text, BOTH);
    assert.ok(loose.diagnostics.some((d) => d.code === 'literal-dollar' && d.severity === 'warning'));
    assert.deepEqual(Object.keys(loose.outputs).sort(), ['compose', 'sh']);

    const strict = compile(text, { ...BOTH, strict: true });
    assert.deepEqual(strict.outputs, {});
    assert.ok(strict.diagnostics.length > 0);
    assert.ok(strict.diagnostics.every((d) => d.severity === 'error'));
    assert.ok(strict.diagnostics.some((d) => d.code === 'literal-dollar'));
  });

  it('strict changes nothing for a clean input', () => {
    const a = compile(INPUT, BOTH);
    const b = compile(INPUT, { ...BOTH, strict: true });
    assert.deepEqual(b.diagnostics, []);
    assert.deepEqual(b.outputs, a.outputs);
  });

  it('writes the path of the input into the script with its control characters escaped (it is repository content)', () => {
    const text = 'build:\n  image: alpine:3\n  commands: [echo $$X]\n';
    const out = compile(text, { repo: 'github.com/a/b', sourceName: 'ci\u001b[2J\r::error::x/\n.drone.yml' }).outputs.sh!;
    assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f]/, 'no control character but the newline');
    assert.match(out, /'ci\\x1b\[2J\\r::error::x\/\\n\.drone\.yml'/);
  });

  it('is deterministic', () => {
    const a = compile(INPUT, BOTH);
    const b = compile(INPUT, BOTH);
    assert.equal(a.outputs.sh, b.outputs.sh);
    assert.equal(a.outputs.compose, b.outputs.compose);
    assert.deepEqual(a.diagnostics, b.diagnostics);
  });

  it('gives the same outputs for CRLF and LF input', () => {
    const lf = compile(INPUT, BOTH);
    const crlf = compile(INPUT.replace(/\n/g, '\r\n'), BOTH);
    assert.equal(crlf.outputs.sh, lf.outputs.sh);
    assert.equal(crlf.outputs.compose, lf.outputs.compose);
    assert.doesNotMatch(crlf.outputs.sh!, /\r/);
    assert.doesNotMatch(crlf.outputs.compose!, /\r/);
  });

  it('gives the same positions for CRLF and LF input', () => {
    const text = 'compose:\n  db:\n    image: Postgres\n';
    const pos = (t: string) => compile(t, BOTH).diagnostics.map((d) => [d.code, ...(d.span ? Object.values(compile(t, BOTH).source.position(d.span[0])) : [])]);
    assert.deepEqual(pos(text.replace(/\n/g, '\r\n')), pos(text));
  });

  it('ignores a byte order mark', () => {
    const plain = compile(INPUT, BOTH);
    const bom = compile(`\uFEFF${INPUT}`, BOTH);
    assert.deepEqual(bom.diagnostics, plain.diagnostics);
    assert.equal(bom.outputs.sh, plain.outputs.sh);
    assert.equal(bom.outputs.compose, plain.outputs.compose);
    assert.equal(bom.source.text, INPUT);
  });

  it('names the source in diagnostics after the filename option', () => {
    const r = compile('compose:\n  db:\n    image: Postgres\n', { ...BOTH, filename: 'ci/.drone.yml' });
    assert.equal(r.source.name, 'ci/.drone.yml');
  });

  it('never throws for odd input', () => {
    for (const text of ['\u0000', '[', '}', 'compose: 1', 'compose: []', 'compose:\n  db: null\n', 'build: [a]', 'compose:\n  db: true\n', '*a', '&a', '!!binary x', 'compose:\n  "": {image: x}\n', 'a: &a [*a]', 'compose:\n  __proto__: {image: x}\n']) {
      const r = compile(text, BOTH);
      assert.ok(Array.isArray(r.diagnostics), text);
    }
  });

  it('reports a build: section that is a scalar instead of throwing', () => {
    for (const text of ['build: x\n', 'build: yes\n', 'build: 1\n']) {
      const r = compile(text, BOTH);
      assert.deepEqual(r.outputs, {});
      assert.ok(r.diagnostics.some((d) => d.code === 'invalid-type'), JSON.stringify(r.diagnostics));
    }
  });
});

describe('projectNameFrom', () => {
  it('uses the last part of the repository path, lowercased and cleaned', () => {
    assert.equal(projectNameFrom('github.com/octocat/Hello-World'), 'hello-world');
    assert.equal(projectNameFrom('github.com/o/my.repo_x'), 'my-repo_x');
    assert.equal(projectNameFrom('github.com/o/--x--'), 'x');
    assert.equal(projectNameFrom(''), 'drone');
    assert.equal(projectNameFrom('github.com/o/...'), 'drone');
  });
});

describe('dialects', () => {
  const parsed = (text: string) => parseYaml(new SourceFile('.drone.yml', text), new Diagnostics(), DEFAULT_LIMITS)!;

  it('detects Drone 0.4 by compose: or build: at the top', () => {
    assert.equal(pickDialect([parsed(INPUT)])?.id, 'drone-0.4');
    assert.equal(pickDialect([parsed('build:\n  image: golang\n')])?.id, 'drone-0.4');
    assert.ok(DIALECTS.some((d) => d.id === 'drone-0.4'));
  });

  it('a forced dialect is used whatever the shape; one this build does not have is a usage error', () => {
    assert.equal(pickDialect([parsed('steps: []\n')], 'drone-0.4')?.id, 'drone-0.4');
    const r = compile(INPUT, { ...BOTH, dialect: 'drone-9' as DialectId });
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['usage']);
    assert.deepEqual(r.outputs, {});
  });

  it('forcing Drone 0.4 compiles as detection does', () => {
    assert.deepEqual(compile(INPUT, { ...BOTH, dialect: 'drone-0.4' }).outputs, compile(INPUT, BOTH).outputs);
  });
});
