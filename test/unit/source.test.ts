import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceFile } from '../../src/source.js';

describe('SourceFile.position', () => {
  it('gives 1-based lines and columns', () => {
    const s = new SourceFile('f', 'ab\ncd\n\nef');
    assert.deepEqual(s.position(0), { line: 1, column: 1 });
    assert.deepEqual(s.position(1), { line: 1, column: 2 });
    assert.deepEqual(s.position(2), { line: 1, column: 3 });
    assert.deepEqual(s.position(3), { line: 2, column: 1 });
    assert.deepEqual(s.position(6), { line: 3, column: 1 });
    assert.deepEqual(s.position(7), { line: 4, column: 1 });
    assert.deepEqual(s.position(9), { line: 4, column: 3 });
  });

  it('counts columns in code points, so astral characters count once', () => {
    const s = new SourceFile('f', 'x: 😀😀y\n🎉z');
    assert.deepEqual(s.position(3), { line: 1, column: 4 });
    assert.deepEqual(s.position(5), { line: 1, column: 5 });
    assert.deepEqual(s.position(7), { line: 1, column: 6 });
    assert.deepEqual(s.position(9), { line: 2, column: 1 });
    assert.deepEqual(s.position(11), { line: 2, column: 2 });
  });

  it('counts BMP characters and tabs as one column each', () => {
    const s = new SourceFile('f', 'é\tü日x');
    assert.deepEqual(s.position(4), { line: 1, column: 5 });
  });

  it('handles CRLF line ends', () => {
    const s = new SourceFile('f', 'ab\r\ncd\r\n');
    assert.deepEqual(s.position(2), { line: 1, column: 3 });
    assert.deepEqual(s.position(4), { line: 2, column: 1 });
    assert.deepEqual(s.position(5), { line: 2, column: 2 });
    assert.deepEqual(s.position(8), { line: 3, column: 1 });
  });

  it('clamps offsets into the text', () => {
    const s = new SourceFile('f', 'ab\ncd');
    assert.deepEqual(s.position(-5), { line: 1, column: 1 });
    assert.deepEqual(s.position(100), { line: 2, column: 3 });
    assert.deepEqual(new SourceFile('f', '').position(3), { line: 1, column: 1 });
  });

  it('finds lines quickly in a large file', () => {
    const text = 'x\n'.repeat(100_000);
    const s = new SourceFile('f', text);
    assert.deepEqual(s.position(text.length - 2), { line: 100_000, column: 1 });
    assert.deepEqual(s.position(2 * 54_321 + 1), { line: 54_322, column: 2 });
  });
});

describe('SourceFile.line', () => {
  it('gives the text of a line without its line break', () => {
    const s = new SourceFile('f', 'ab\r\ncd\nef');
    assert.equal(s.line(1), 'ab');
    assert.equal(s.line(2), 'cd');
    assert.equal(s.line(3), 'ef');
  });

  it('gives an empty string past the end and for a final empty line', () => {
    const s = new SourceFile('f', 'ab\n');
    assert.equal(s.line(2), '');
    assert.equal(s.line(3), '');
    assert.equal(s.line(0), '');
  });
});

describe('SourceFile.shownLine', () => {
  it('masks a redacted span on every line it touches, keeping columns', () => {
    const text = 'user: u\npassword: "hunter2\n  second"\nnext: x\n';
    const s = new SourceFile('f', text);
    const start = text.indexOf('"hunter2');
    s.redact([start, text.indexOf('next') - 1]);
    assert.equal(s.shownLine(1), 'user: u');
    assert.equal(s.shownLine(2), 'password: ********');
    assert.equal(s.shownLine(3), '*********');
    assert.equal(s.shownLine(4), 'next: x');
  });

  it('masks each of many secrets on its own line', () => {
    let text = '';
    for (let i = 0; i < 2000; i++) text += `password: secret${i}\n`;
    const s = new SourceFile('f', text);
    for (let i = 0; i < 2000; i++) {
      const at = text.indexOf(`secret${i}\n`);
      s.redact([at, at + `secret${i}`.length]);
    }
    assert.equal(s.shownLine(1), 'password: *******');
    assert.equal(s.shownLine(2000), `password: ${'*'.repeat('secret1999'.length)}`);
  });
});
