import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CODES, Diagnostics, renderText, show, sortDiagnostics, strictify, visible, type Diagnostic } from '../../src/diagnostics.js';
import { formatDiagnostics, helpUri, MAX_SHOWN, selectShown, type Reported } from '../../src/report.js';
import { SourceFile } from '../../src/source.js';

describe('renderText', () => {
  const text = 'compose:\n  db:\n    image: Postgres\n';
  const source = new SourceFile('x.yml', text);
  const at = text.indexOf('Postgres');

  it('renders a header, a frame with a caret under the span, and the help line', () => {
    const d: Diagnostic = { severity: 'error', code: 'invalid-image', message: 'bad image', span: [at, at + 8], hint: 'use lowercase' };
    assert.equal(
      renderText(d, source),
      'x.yml:3:12: error[invalid-image]: bad image\n' +
        '  |\n' +
        '3 |     image: Postgres\n' +
        '  |            ^^^^^^^^\n' +
        '  = help: use lowercase\n',
    );
  });

  it('renders warnings without a hint and marks an empty span with one caret', () => {
    const d: Diagnostic = { severity: 'warning', code: 'duplicate-key', message: 'dup', span: [at, at] };
    assert.equal(renderText(d, source), 'x.yml:3:12: warning[duplicate-key]: dup\n  |\n3 |     image: Postgres\n  |            ^\n');
  });

  it('widens the gutter for long line numbers', () => {
    const long = new SourceFile('y.yml', 'a\n'.repeat(11) + 'bad\n');
    const start = 22;
    const out = renderText({ severity: 'error', code: 'invalid-memory', message: 'm', span: [start, start + 3], hint: 'h' }, long);
    assert.equal(out, 'y.yml:12:1: error[invalid-memory]: m\n   |\n12 | bad\n   | ^^^\n   = help: h\n');
  });

  it('underlines to the end of the line for a span over several lines', () => {
    const out = renderText({ severity: 'error', code: 'invalid-type', message: 'm', span: [text.indexOf('db'), text.length] }, source);
    assert.equal(out, 'x.yml:2:3: error[invalid-type]: m\n  |\n2 |   db:\n  |   ^^^\n');
  });

  it('renders a diagnostic without a place on one line, with its help', () => {
    assert.equal(renderText({ severity: 'error', code: 'missing-repo', message: 'no repo', hint: 'pass --repo' }, source), 'x.yml: error[missing-repo]: no repo\n  = help: pass --repo\n');
    assert.equal(renderText({ severity: 'warning', code: 'io', message: 'm', span: [0, 1] }, undefined), 'drone-compose: warning[io]: m\n');
  });

  it('escapes control characters in the frame and keeps the caret aligned', () => {
    const src = new SourceFile('c.yml', 'k: a\u0001b\u001b[31mc\u007fd\u2028e\tZ\r\n');
    const z = src.text.indexOf('Z');
    const out = renderText({ severity: 'error', code: 'invalid-memory', message: 'm', span: [z, z + 1] }, src);
    const lines = out.split('\n');
    assert.equal(lines[2], '1 | k: a\\x01b\\x1b[31mc\\x7fd\\u2028e Z');
    assert.equal(lines[3], '  | ' + ' '.repeat(lines[2]!.indexOf('Z') - 4) + '^');
    assert.doesNotMatch(out.replace(/\n/g, ''), /[\u0000-\u001f\u007f\u2028]/);
    assert.equal(out.split('\n').length, 5);
  });

  it('escapes control characters inside the underlined part', () => {
    const src = new SourceFile('c.yml', 'k: \u0007\n');
    const out = renderText({ severity: 'error', code: 'invalid-memory', message: 'm', span: [3, 4] }, src);
    assert.equal(out, 'c.yml:1:4: error[invalid-memory]: m\n  |\n1 | k: \\x07\n  |    ^^^^\n');
  });
});

describe('Diagnostics', () => {
  it('collects errors and warnings with optional span and hint', () => {
    const d = new Diagnostics();
    d.warning('unknown-key', 'w');
    assert.equal(d.hasErrors, false);
    d.error('invalid-type', 'e', [1, 2], 'h');
    assert.equal(d.hasErrors, true);
    assert.deepEqual(d.list, [
      { severity: 'warning', code: 'unknown-key', message: 'w' },
      { severity: 'error', code: 'invalid-type', message: 'e', span: [1, 2], hint: 'h' },
    ]);
  });

  it('sorts by place, unplaced first, errors before warnings at one place, stably', () => {
    const list: Diagnostic[] = [
      { severity: 'warning', code: 'unknown-key', message: 'w5', span: [5, 6] },
      { severity: 'error', code: 'invalid-type', message: 'e5', span: [5, 6] },
      { severity: 'warning', code: 'unknown-key', message: 'none' },
      { severity: 'error', code: 'invalid-type', message: 'e1', span: [1, 2] },
      { severity: 'warning', code: 'unknown-key', message: 'w5b', span: [5, 9] },
    ];
    assert.deepEqual(sortDiagnostics(list).map((d) => d.message), ['none', 'e1', 'e5', 'w5', 'w5b']);
  });

  it('strictify turns warnings into errors and keeps the rest', () => {
    const out = strictify([
      { severity: 'warning', code: 'unknown-key', message: 'w', span: [1, 2] },
      { severity: 'error', code: 'invalid-type', message: 'e' },
    ]);
    assert.deepEqual(out, [
      { severity: 'error', code: 'unknown-key', message: 'w', span: [1, 2] },
      { severity: 'error', code: 'invalid-type', message: 'e' },
    ]);
  });

  it('documents every code used here', () => {
    for (const code of ['yaml-syntax', 'yaml-alias', 'too-large', 'duplicate-key', 'literal-dollar', 'reserved-variable', 'invalid-image']) {
      assert.ok(code in CODES, code);
    }
  });
});

describe('show', () => {
  it('quotes, escapes and shortens', () => {
    assert.equal(show('abc'), '`abc`');
    assert.equal(show('a\nb"c`d'), '`a\\nb\\"c\\`d`');
    assert.equal(show('x'.repeat(70), 60), '`' + 'x'.repeat(60) + '…`');
  });
});

describe('visible', () => {
  it('shows every control character, DEL, C1, line separators and bidi controls as an escape', () => {
    assert.equal(visible('a\nb\rc\td\u001b[2Ke\u007ff\u0085g\u2028h\u202ei\u2066j\ufeffk'), 'a\\nb\\rc\\td\\x1b[2Ke\\x7ff\\x85g\\u2028h\\u202ei\\u2066j\\ufeffk');
    assert.equal(visible('plain é 日 😀'), 'plain é 日 😀');
  });

  it('applies to the message, the hint and the file name of a rendered diagnostic', () => {
    const src = new SourceFile('a\u001b[31m.yml', 'k: v\n');
    const out = renderText({ severity: 'error', code: 'unknown-key', message: 'key `x\n::error file=y::z`', span: [0, 1], hint: 'h\u001b]0;t\u0007' }, src);
    assert.doesNotMatch(out, /[\u001b\u0007]/);
    assert.equal(out.split('\n').length, 6, out);
    assert.match(out, /^a\\x1b\[31m\.yml:1:1: error\[unknown-key\]: key `x\\n::error file=y::z`$/m);
  });
});

describe('many diagnostics on one long line', () => {
  /** Counts the characters read one by one (charCodeAt, codePointAt) and spread into arrays (Array.from). */
  function countWork(f: () => void): number {
    let work = 0;
    const charCodeAt = String.prototype.charCodeAt;
    const codePointAt = String.prototype.codePointAt;
    const from = Array.from;
    String.prototype.charCodeAt = function (this: string, i: number) {
      work++;
      return charCodeAt.call(this, i);
    };
    String.prototype.codePointAt = function (this: string, i: number) {
      work++;
      return codePointAt.call(this, i);
    };
    Array.from = function (this: unknown, ...args: unknown[]) {
      const it = args[0];
      if (typeof it === 'string') work += it.length;
      return (from as (...a: unknown[]) => unknown[]).apply(this, args);
    } as typeof Array.from;
    try {
      f();
    } finally {
      String.prototype.charCodeAt = charCodeAt;
      String.prototype.codePointAt = codePointAt;
      Array.from = from;
    }
    return work;
  }

  it('costs the line once plus a window per diagnostic, in text and json, with astral characters too', () => {
    const items = 3000;
    const line = `k: [${Array.from({ length: items }, (_, i) => (i % 7 === 0 ? '😀x' : `v${i}`)).join(', ')}]`;
    const text = `${line}\n`;
    const list: Diagnostic[] = [];
    for (let at = text.indexOf('['); list.length < items; at = text.indexOf(',', at + 1)) list.push({ severity: 'warning', code: 'dropped-item', message: 'm', span: [at + 1, at + 3] });
    const work = countWork(() => {
      const source = new SourceFile('x.yml', text);
      const reported = list.map((diagnostic) => ({ diagnostic, source }));
      formatDiagnostics(reported, 'text');
      formatDiagnostics(reported, 'json');
    });
    // Linear: the line a few times, and a frame's window (about 100 characters) a few times per diagnostic.
    assert.ok(work < 4 * line.length + items * 1000, `work ${work} for a line of ${line.length} and ${items} diagnostics`);
  });

  it('shows the same frame as a short line would, around the place', () => {
    const line = `k: ${'a'.repeat(300)}😀BAD${'b'.repeat(300)}`;
    const source = new SourceFile('x.yml', line);
    const at = line.indexOf('BAD');
    const out = renderText({ severity: 'error', code: 'invalid-memory', message: 'm', span: [at, at + 3] }, source);
    const [, , frame, carets] = out.split('\n');
    assert.equal(frame, `1 | …${'a'.repeat(19)}😀BAD${'b'.repeat(77)}…`);
    assert.equal(carets, `  | ${' '.repeat(1 + 19 + 2)}^^^`);
    assert.match(out, /^x\.yml:1:305: /);
  });
});

describe('credentials in a frame of a file that does not parse', () => {
  it('hides whatever follows a password: or registry_token: key on its line', () => {
    const text = 'compose:\n  db:\n    auth_config:\n      password: "hunter2 [oops\n      registry_token: tok-secret\n    x: {password: inline-secret, a: b}\n';
    const source = new SourceFile('x.yml', text);
    for (const word of ['hunter2', 'tok-secret', 'inline-secret']) {
      const at = text.indexOf(word);
      const out = renderText({ severity: 'error', code: 'yaml-syntax', message: 'm', span: [at, at + 2] }, source);
      assert.doesNotMatch(out, new RegExp(word));
      assert.match(out, /(password|registry_token): \*+/);
    }
    assert.equal(source.shownLine(2), '  db:');
  });
});

describe('related places', () => {
  const text = 'compose:\n  db:\n    image: a\n' + '\n'.repeat(8) + '  db:\n    image: b\n';
  const source = new SourceFile('x.yml', text);
  const first = text.indexOf('db');
  const second = text.lastIndexOf('db');
  const dup: Diagnostic = {
    severity: 'warning',
    code: 'duplicate-key',
    message: 'duplicate key `db`',
    span: [second, second + 2],
    hint: 'remove one',
    related: [{ span: [first, first + 2], message: 'the earlier key is here' }],
  };

  it('text: a note with its own frame after the main frame and its help, one gutter width for both', () => {
    assert.equal(
      renderText(dup, source),
      'x.yml:12:3: warning[duplicate-key]: duplicate key `db`\n' +
        '   |\n' +
        '12 |   db:\n' +
        '   |   ^^\n' +
        '   = help: remove one\n' +
        '   = note: the earlier key is here\n' +
        '  --> x.yml:2:3\n' +
        '   |\n' +
        ' 2 |   db:\n' +
        '   |   ^^\n',
    );
  });

  it('text: the gutter widens for a note on a longer line number than the main place', () => {
    const d: Diagnostic = { severity: 'error', code: 'conflict', message: 'm', span: [first, first + 2], related: [{ span: [second, second + 2], message: 'n' }] };
    assert.equal(renderText(d, source), 'x.yml:2:3: error[conflict]: m\n   |\n 2 |   db:\n   |   ^^\n   = note: n\n  --> x.yml:12:3\n   |\n12 |   db:\n   |   ^^\n');
  });

  it('text: notes are escaped, and without a source they are one line each', () => {
    const hostile: Diagnostic = { ...dup, related: [{ span: [first, first + 2], message: 'here\n::error::x\u001b[2K' }] };
    const out = renderText(hostile, source);
    assert.match(out, /^   = note: here\\n::error::x\\x1b\[2K$/m);
    assert.doesNotMatch(out, /\u001b/);
    assert.equal(renderText(hostile, undefined, 'f.yml'), 'f.yml: warning[duplicate-key]: duplicate key `db`\n  = help: remove one\n  = note: here\\n::error::x\\x1b[2K\n');
  });

  it('text: a finding without a place of its own still shows the frames of its related places', () => {
    const d: Diagnostic = { severity: 'error', code: 'name-collision', message: 'm', related: [{ span: [first, first + 2], message: 'n' }] };
    assert.equal(renderText(d, source), 'x.yml: error[name-collision]: m\n  = note: n\n --> x.yml:2:3\n  |\n2 |   db:\n  |   ^^\n');
  });

  it('json: a related array with the place and message of each', () => {
    const doc = JSON.parse(formatDiagnostics([{ diagnostic: dup, source }], 'json')) as { diagnostics: Record<string, unknown>[] };
    assert.deepEqual(doc.diagnostics[0]!['related'], [{ file: 'x.yml', line: 2, column: 3, endLine: 2, endColumn: 5, message: 'the earlier key is here' }]);
    const plain = JSON.parse(formatDiagnostics([{ diagnostic: { ...dup, related: [] }, source }], 'json')) as { diagnostics: Record<string, unknown>[] };
    assert.equal('related' in plain.diagnostics[0]!, false);
  });

  it('sarif: relatedLocations with a region and message.text', () => {
    const doc = JSON.parse(formatDiagnostics([{ diagnostic: dup, source }], 'sarif')) as { runs: { results: Record<string, unknown>[] }[] };
    assert.deepEqual(doc.runs[0]!.results[0]!['relatedLocations'], [
      { id: 1, physicalLocation: { artifactLocation: { uri: 'x.yml' }, region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 5 } }, message: { text: 'the earlier key is here' } },
    ]);
  });

  it('github: the note and its place in the annotation text, on one line', () => {
    assert.equal(
      formatDiagnostics([{ diagnostic: dup, source }], 'github'),
      '::warning file=x.yml,line=12,col=3,endLine=12,endColumn=5,title=duplicate-key::duplicate key `db`%0Aremove one%0Anote: the earlier key is here (x.yml:2:3)\n',
    );
  });
});

describe('at most MAX_SHOWN diagnostics are printed', () => {
  const source = new SourceFile('x.yml', 'k: v\n');
  /** `n` diagnostics in order; those whose index `isError` picks are errors. */
  const many = (n: number, isError: (i: number) => boolean): Reported[] =>
    Array.from({ length: n }, (_, i) => ({ diagnostic: { severity: isError(i) ? 'error' : 'warning', code: isError(i) ? 'invalid-memory' : 'unknown-key', message: `m${i}`, span: [0, 1] }, source }) as Reported);

  it('keeps every error and the first warnings, in the order given', () => {
    const list = many(250, (i) => i % 6 === 5); // 41 errors, the last at 245
    const cut = selectShown(list);
    assert.equal(cut.shown.length, MAX_SHOWN);
    assert.equal(cut.errors, 41);
    assert.equal(cut.omittedErrors, 0);
    assert.equal(cut.omittedWarnings, 150);
    assert.ok(cut.shown.some((r) => r.diagnostic.message === 'm245'));
    const order = cut.shown.map((r) => Number(r.diagnostic.message.slice(1)));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
    assert.deepEqual(cut.shown.filter((r) => r.diagnostic.severity === 'warning').map((r) => r.diagnostic.message).slice(0, 3), ['m0', 'm1', 'm2']);
  });

  it('with more errors than room, the first errors and no warning', () => {
    const cut = selectShown(many(160, (i) => i >= 10));
    assert.equal(cut.shown.length, MAX_SHOWN);
    assert.ok(cut.shown.every((r) => r.diagnostic.severity === 'error'));
    assert.equal(cut.shown[0]!.diagnostic.message, 'm10');
    assert.deepEqual([cut.omittedErrors, cut.omittedWarnings], [50, 10]);
  });

  it('says so in every format, each still one document, with the counts of all', () => {
    const list = many(250, (i) => i % 6 === 5);
    const text = formatDiagnostics(list, 'text');
    assert.equal(text.match(/^x\.yml:1:1: /gm)!.length, 100);
    assert.ok(text.endsWith('drone-compose: 100 of 250 diagnostics shown (150 warnings not shown)\ndrone-compose: 41 errors, 209 warnings\n'), text.slice(-200));
    const json = JSON.parse(formatDiagnostics(list, 'json')) as { diagnostics: unknown[]; errors: number; warnings: number; omitted: number };
    assert.deepEqual([json.diagnostics.length, json.errors, json.warnings, json.omitted], [100, 41, 209, 150]);
    const sarif = JSON.parse(formatDiagnostics(list, 'sarif')) as { runs: { results: unknown[]; properties: { omitted: number } }[] };
    assert.deepEqual([sarif.runs[0]!.results.length, sarif.runs[0]!.properties.omitted], [100, 150]);
    const github = formatDiagnostics(list, 'github').trimEnd().split('\n');
    assert.equal(github.length, 101);
    assert.equal(github[100], '::notice title=drone-compose::100 of 250 diagnostics shown (150 warnings not shown)');
    const both = formatDiagnostics(many(160, (i) => i >= 10), 'text');
    assert.match(both, /^drone-compose: 100 of 160 diagnostics shown \(50 errors, 10 warnings not shown\)$/m);
  });

  it('prints all and says nothing more up to the limit', () => {
    const list = many(MAX_SHOWN, (i) => i % 2 === 0);
    assert.doesNotMatch(formatDiagnostics(list, 'text'), /shown/);
    assert.equal('omitted' in (JSON.parse(formatDiagnostics(list, 'json')) as object), false);
    assert.equal('properties' in (JSON.parse(formatDiagnostics(list, 'sarif')) as { runs: object[] }).runs[0]!, false);
    assert.equal(formatDiagnostics(list, 'github').split('\n').length, MAX_SHOWN + 1);
  });

  it('renders only what it shows: frames cost the shown diagnostics, not all', () => {
    const big = new SourceFile('x.yml', 'k: v\n');
    let framed = 0;
    const shownLine = big.shownLine.bind(big);
    big.shownLine = (line: number) => {
      framed++;
      return shownLine(line);
    };
    formatDiagnostics(Array.from({ length: 5000 }, (_, i) => ({ diagnostic: { severity: 'warning', code: 'unknown-key', message: `m${i}`, span: [0, 1] }, source: big }) as Reported), 'text');
    assert.equal(framed, MAX_SHOWN);
  });
});

describe('sarif rules', () => {
  it('one rule per code, each with the documentation anchor of its code', () => {
    const doc = JSON.parse(formatDiagnostics([], 'sarif')) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
    const rules = doc.runs[0]!.tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), Object.keys(CODES));
    for (const r of rules) assert.equal(r.helpUri, `https://github.com/drone-compose/drone-compose/blob/main/docs/diagnostics.md#${r.id}`);
    assert.equal(helpUri('io'), 'https://github.com/drone-compose/drone-compose/blob/main/docs/diagnostics.md#io');
  });
});

describe('colour', () => {
  it('colours the header and the carets of every frame, and nothing of the source line', () => {
    const source = new SourceFile('x.yml', '^^: v\nk: error[conflict]\n');
    const at = source.text.indexOf('error');
    const out = formatDiagnostics([{ diagnostic: { severity: 'error', code: 'conflict', message: 'm', span: [at, at + 5], related: [{ span: [0, 2], message: 'n' }] }, source }], 'text', { color: true });
    assert.match(out, /^\u001b\[2mx\.yml:2:4: \u001b\[0m\u001b\[1;31merror\[conflict\]\u001b\[0m: m$/m);
    assert.equal(out.match(/\u001b\[1;31m\^+\u001b\[0m/g)!.length, 2);
    assert.match(out, /^1 \| \^\^: v$/m);
    assert.match(out, /^2 \| k: error\[conflict\]$/m);
  });
});
