import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { Diagnostics } from '../../src/diagnostics.js';
import type { Value } from '../../src/ir.js';
import { shellWords } from '../../src/lower/shellwords.js';
import { readValue } from '../../src/lower/values.js';

function words(text: string): Value[] {
  const r = shellWords(readValue(text, undefined, new Diagnostics(), new Set()));
  if ('error' in r) assert.fail(`unexpected error for ${JSON.stringify(text)}: ${r.error}`);
  return r.words;
}

function error(text: string): string {
  const r = shellWords(readValue(text, undefined, new Diagnostics(), new Set()));
  if (!('error' in r)) assert.fail(`expected an error for ${JSON.stringify(text)}, got ${JSON.stringify(r.words)}`);
  return r.error;
}

describe('shellWords', () => {
  it('splits at spaces, tabs, newlines and carriage returns, collapsing runs', () => {
    assert.deepEqual(words('a  b\tc\nd\r\ne'), [['a'], ['b'], ['c'], ['d'], ['e']]);
    assert.deepEqual(words('  lead and trail  '), [['lead'], ['and'], ['trail']]);
  });

  it('gives no words for empty or blank input', () => {
    assert.deepEqual(words(''), []);
    assert.deepEqual(words(' \t\n '), []);
  });

  it('keeps single-quoted text exactly, backslashes and double quotes included', () => {
    assert.deepEqual(words(`'a b' c`), [['a b'], ['c']]);
    assert.deepEqual(words(`'a\\b"c $x'`), [['a\\b"c $x']]);
  });

  it('honours \\" \\\\ \\$ and \\` inside double quotes and keeps other backslashes', () => {
    assert.deepEqual(words('"a \\" \\\\ \\$ \\` \\n \\\' z"'), [['a " \\ $ ` \\n \\\' z']]);
    assert.deepEqual(words(`"it's"`), [["it's"]]);
  });

  it('escapes the next character with a backslash outside quotes', () => {
    assert.deepEqual(words('a\\ b c'), [['a b'], ['c']]);
    assert.deepEqual(words('\\a\\"\\\''), [[`a"'`]]);
    assert.deepEqual(words('\\\\'), [['\\']]);
  });

  it('removes backslash-newline outside and inside double quotes', () => {
    assert.deepEqual(words('ab\\\ncd ef'), [['abcd'], ['ef']]);
    assert.deepEqual(words('"ab\\\ncd"'), [['abcd']]);
  });

  it('makes no empty word of a backslash-newline between blanks', () => {
    assert.deepEqual(words('a \\\n b'), [['a'], ['b']]);
    assert.deepEqual(words('go test \\\n  ./...\n'), [['go'], ['test'], ['./...']]);
  });

  it('keeps backslash-newline inside single quotes', () => {
    assert.deepEqual(words("'a\\\nb'"), [['a\\\nb']]);
  });

  it('keeps a trailing lone backslash', () => {
    assert.deepEqual(words('a\\'), [['a\\']]);
  });

  it('makes an empty word of empty quotes', () => {
    assert.deepEqual(words(`''`), [['']]);
    assert.deepEqual(words(`""`), [['']]);
    assert.deepEqual(words(`a '' b ""`), [['a'], [''], ['b'], ['']]);
  });

  it('joins adjacent quoted and unquoted pieces into one word', () => {
    assert.deepEqual(words(`a'b c'"d e"f`), [['ab cd ef']]);
    assert.deepEqual(words(`'it'\\''s'`), [["it's"]]);
  });

  it('reports unterminated quotes', () => {
    assert.match(error(`'abc`), /single quote/);
    assert.match(error(`"abc`), /double quote/);
    assert.match(error(`'a"`), /single quote/);
    assert.match(error(`echo "a\\"`), /double quote/);
  });

  it('keeps $$ references whole inside their word', () => {
    assert.deepEqual(words('echo $$A$$B x$${C}y "$$D e" \'$$E f\''), [
      ['echo'],
      [{ env: 'A' }, { env: 'B' }],
      ['x', { env: 'C' }, 'y'],
      [{ env: 'D' }, ' e'],
      [{ env: 'E' }, ' f'],
    ]);
  });

  it('does not split at blanks that a reference might expand to', () => {
    assert.deepEqual(shellWords([{ env: 'X' }]), { words: [[{ env: 'X' }]] });
    assert.deepEqual(shellWords(['a ', { env: 'X' }, ' b']), { words: [['a'], [{ env: 'X' }], ['b']] });
  });

  it('splits literal command lines as a real shell does', () => {
    const lines = [
      `a  b\tc`,
      `'a b' "c d" e\\ f`,
      `"a \\" \\\\ \\$ \\\` \\n \\' z"`,
      `'a\\b' "a\\b" a\\b`,
      `x'y'"z" '' ""`,
      `ab\\\ncd "ef\\\ngh" 'ij\\\nkl'`,
      `'it'\\''s' "it's"`,
      `-n -e --`,
    ];
    for (const line of lines) {
      const r = spawnSync('/bin/sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const expected = r.stdout.split('\0').slice(0, -1).map((w) => [w]);
      assert.deepEqual(words(line), expected, line);
    }
  });

  it('a backslash before a reference does not escape the blank after it', () => {
    assert.equal(words('\\$$X y').length, 2);
  });

  it('a backslash before a reference inside double quotes does not eat the closing quote', () => {
    const r = shellWords(readValue('echo "\\$$X"', undefined, new Diagnostics(), new Set()));
    assert.ok(!('error' in r), JSON.stringify(r));
    assert.equal(r.words.length, 2);
    assert.ok(r.words[1]!.some((p) => typeof p !== 'string' && p.env === 'X'));
  });
});
