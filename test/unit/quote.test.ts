import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import type { Part } from '../../src/ir.js';
import { commentText, shellName, shellWord, yamlKey, yamlValue, type Word } from '../../src/emit/quote.js';

const SHELLS = ['/bin/sh', '/bin/dash', '/usr/bin/dash', '/bin/bash', '/usr/bin/bash'].filter((s) => existsSync(s));
// one of each, by real path
const UNIQUE_SHELLS = [...new Map(SHELLS.map((s) => [s.replace(/^\/usr/, ''), s])).values()];

const TRICKY = [
  '',
  ' ',
  'plain',
  "'",
  '"',
  `'\\''`,
  `''`,
  `it's "quoted"`,
  '$',
  '$HOME',
  '${HOME}',
  '$(echo pwned)',
  '`echo pwned`',
  '$((1+1))',
  "$'\\n'",
  '\\',
  '\\\\',
  '\\n',
  'a\\',
  'line1\nline2',
  '\n',
  '\n\n',
  '\r\n',
  '-n',
  '-e',
  '--',
  '-',
  'é ü 日本語 😀',
  '*',
  '*.ts',
  '?',
  '[a-z]',
  '{a,b}',
  '~',
  '~/x',
  '~root',
  '#',
  'a#b',
  '#!/bin/sh',
  ';',
  'a;b',
  '|',
  '&',
  '&&',
  'a b',
  '  two  spaces  ',
  '\t',
  'tab\there',
  '!',
  '!!',
  '<',
  '>out',
  '(',
  ')',
  'a=b',
  '=',
  '%s%d\\0',
  '\u0001\u0007\u001b[31m\u007f',
  'x'.repeat(2000),
  '"${HOME}"',
  "'${HOME}'",
  'IFS',
  '"$@"',
];

/** Runs `printf '%s\0' WORD...` in a shell and returns the bytes printed. */
function run(shell: string, words: string, env: Record<string, string> = {}): Buffer {
  const r = spawnSync(shell, ['-c', `printf '%s\\0' ${words}`], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: '/nonexistent-home', ...env } });
  assert.equal(r.status, 0, `${shell}: ${r.stderr?.toString()}`);
  return r.stdout;
}

function expectBytes(...words: string[]): Buffer {
  return Buffer.from(words.map((w) => `${w}\0`).join(''), 'utf8');
}

describe('shellWord: proven by running shells', () => {
  it('has at least one shell to run', () => assert.ok(UNIQUE_SHELLS.length > 0));

  for (const shell of UNIQUE_SHELLS) {
    it(`${shell} passes every tricky literal on byte for byte`, () => {
      for (const s of TRICKY) {
        const quoted = shellWord([s]);
        assert.deepEqual(run(shell, quoted), expectBytes(s), `${JSON.stringify(s)} quoted as ${quoted}`);
      }
    });

    it(`${shell} passes every tricky literal on as separate words in one command`, () => {
      const quoted = TRICKY.map((s) => shellWord([s])).join(' ');
      assert.deepEqual(run(shell, quoted), expectBytes(...TRICKY));
    });

    it(`${shell} passes multi-part literal words on as one word`, () => {
      const word: Word = ['a b', "'", '*', '', '$X', '\n'];
      assert.deepEqual(run(shell, shellWord(word), { X: 'no' }), expectBytes(`a b'*$X\n`));
    });

    it(`${shell} expands {env} references exactly, without splitting or globbing`, () => {
      const values = ['simple', 'two words', '*', '/*', 'a  b\tc\nd', "'\"$HOME`x`\\", '-n', '', '~', 'é😀'];
      for (const x of values) {
        const env = { X: x, IFS: ' */' };
        assert.deepEqual(run(shell, shellWord([{ env: 'X' }]), env), expectBytes(x), JSON.stringify(x));
        assert.deepEqual(run(shell, shellWord(['pre ', { env: 'X' }, " post'"]), env), expectBytes(`pre ${x} post'`), JSON.stringify(x));
        assert.deepEqual(run(shell, shellWord([{ env: 'X' }, { env: 'X' }]), env), expectBytes(x + x), JSON.stringify(x));
      }
    });

    it(`${shell} expands an unset reference to one empty word`, () => {
      assert.deepEqual(run(shell, `${shellWord([{ env: 'UNSET_VARIABLE_DC' }])} end`), expectBytes('', 'end'));
    });

    it(`${shell} expands {var} references exactly`, () => {
      const env = { dc_x: 'a * b $HOME', X: 'other' };
      assert.deepEqual(run(shell, shellWord([{ var: 'dc_x' }, ':', { env: 'X' }]), env), expectBytes('a * b $HOME:other'));
    });
  }

  it('globbing really happens for unquoted * (the test can detect a missing quote)', () => {
    const r = spawnSync('/bin/sh', ['-c', `cd / && printf '%s\\0' *`]);
    assert.notDeepEqual(r.stdout, expectBytes('*'));
  });
});

describe('shellWord: output form', () => {
  it('leaves safe words bare', () => {
    for (const s of ['abc', 'a-b_c.d/e', 'KEY=value', 'user@host:22', '--flag=1,2', '100%', 'a+b']) assert.equal(shellWord([s]), s);
  });

  it('single-quotes everything else', () => {
    assert.equal(shellWord(['a b']), `'a b'`);
    assert.equal(shellWord(["it's"]), `'it'\\''s'`);
    assert.equal(shellWord(['~']), `'~'`);
  });

  it('writes the empty word as two quotes', () => {
    assert.equal(shellWord([]), `''`);
    assert.equal(shellWord(['']), `''`);
    assert.equal(shellWord(['', '']), `''`);
  });

  it('writes references as "${NAME}"', () => {
    assert.equal(shellWord([{ env: 'HOME' }]), '"${HOME}"');
    assert.equal(shellWord(['', { env: 'A' }, '']), '"${A}"');
    assert.equal(shellWord([{ var: 'dc_project' }, '-db']), '"${dc_project}"-db');
  });

  it('refuses references that are not shell names', () => {
    assert.throws(() => shellWord([{ env: 'A-B' }]));
    assert.throws(() => shellWord([{ var: 'x;rm' }]));
  });
});

describe('shellName', () => {
  it('accepts identifiers', () => {
    for (const n of ['A', '_', 'a_1', 'PATH', 'dc_x', '_9']) assert.equal(shellName(n), n);
  });

  it('rejects everything else', () => {
    for (const n of ['', '1A', 'A-B', 'A B', 'a$', '${X}', 'é', 'A\n', ' A', 'A.B', 'a;b']) assert.throws(() => shellName(n), /not a shell variable name/, JSON.stringify(n));
  });
});

describe('commentText', () => {
  it('replaces control characters and line separators', () => {
    assert.equal(commentText('a\nb\rc\u0000d\u2028e\u0085f\u007f'), 'a?b?c?d?e?f?');
    assert.equal(commentText('plain é 😀'), 'plain é 😀');
  });
});

/** Reads a compose-interpolated string back: `$$` is `$`, `${NAME}` a reference; any other `$` is a failure. */
function uncompose(s: string): Part[] {
  const out: Part[] = [];
  let lit = '';
  for (let i = 0; i < s.length; ) {
    if (s[i] !== '$') {
      lit += s[i];
      i++;
    } else if (s[i + 1] === '$') {
      lit += '$';
      i += 2;
    } else {
      const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(s.slice(i));
      if (!m) assert.fail(`unescaped $ at ${i} in ${JSON.stringify(s)}`);
      if (lit) out.push(lit);
      lit = '';
      out.push({ env: m[1]! });
      i += m[0].length;
    }
  }
  if (lit || out.length === 0) out.push(lit);
  return out;
}

function readBack(scalar: string, version: '1.1' | '1.2' = '1.1'): unknown {
  const doc = parse(`k: ${scalar}\n`, { version }) as Record<string, unknown>;
  return doc['k'];
}

describe('yamlValue', () => {
  const literals = [
    ...TRICKY,
    'yes',
    'no',
    'on',
    'null',
    '~',
    '1.0',
    '0x1F',
    ': x',
    '- x',
    '? x',
    '@x',
    '%x',
    '&a',
    '*a',
    '!tag',
    '|',
    '>',
    '{a: 1}',
    '[1]',
    '  leading',
    'trailing  ',
    '\u0000',
    '\u0085',
    '\u00a0',
    '\u2028',
    '\u2029',
    '\ufeff',
    '\ufffe',
    '\uffff',
    '\ud800',
    '\udfff',
    '$$',
    '$$$',
    '${X}',
    '$${X}',
  ];

  it('reads back as the literal text in YAML 1.1 and 1.2, after compose unescapes $$', () => {
    for (const s of literals) {
      const scalar = yamlValue([s]);
      for (const version of ['1.1', '1.2'] as const) {
        const back = readBack(scalar, version);
        assert.equal(typeof back, 'string', `${JSON.stringify(s)} as ${scalar} (${version})`);
        assert.equal((back as string).replace(/\$\$/g, '$'), s, `${JSON.stringify(s)} as ${scalar} (${version})`);
        assert.deepEqual(uncompose(back as string), [s], `${JSON.stringify(s)} as ${scalar}`);
      }
    }
  });

  it('writes references as ${NAME} and keeps literal dollars apart from them', () => {
    assert.equal(readBack(yamlValue([{ env: 'N' }])), '${N}');
    const parts: Part[] = ['$', { env: 'A' }, '${B}', { env: 'C' }, '$$'];
    const back = readBack(yamlValue(parts)) as string;
    assert.equal(back, '$$${A}$${B}${C}$$$$');
    assert.deepEqual(uncompose(back), parts);
  });

  it('is a single line of printable text', () => {
    for (const s of literals) {
      const scalar = yamlValue([s, { env: 'X' }]);
      assert.doesNotMatch(scalar, /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/, JSON.stringify(s));
      assert.ok(scalar.startsWith('"') && scalar.endsWith('"'));
    }
  });

  it('refuses references that are not shell names', () => {
    assert.throws(() => yamlValue([{ env: 'A B' }]));
  });
});

describe('yamlKey', () => {
  it('leaves ordinary identifiers plain', () => {
    for (const k of ['PATH', 'MY_VAR', 'db', 'a.b-c', '_x', 'image']) assert.equal(yamlKey(k), k);
  });

  it('quotes YAML 1.1 booleans and nulls', () => {
    for (const k of ['yes', 'Yes', 'YES', 'no', 'on', 'ON', 'On', 'off', 'y', 'Y', 'n', 'N', 'true', 'False', 'null', 'NULL', '~']) {
      assert.equal(yamlKey(k), `"${k}"`, k);
    }
  });

  it('quotes names with blanks, colons, leading digits and other characters', () => {
    for (const k of ['a b', 'a:b', 'a#b', '-a', '1', '1.0', '.inf', '', 'café', "a'b", 'a"b', 'a\tb', '<<', '=']) {
      assert.ok(yamlKey(k).startsWith('"'), `${JSON.stringify(k)} → ${yamlKey(k)}`);
    }
  });

  it('reads back as the same string key in YAML 1.1 and 1.2', () => {
    for (const k of ['PATH', 'yes', 'ON', 'n', 'a b', 'a:b', '1', '0x10', '1:30', '.inf', '', 'café', 'a"b\\c', 'tab\t', 'nl\n', '\u2028', '<<', '~', 'null', '${X}', '$']) {
      for (const version of ['1.1', '1.2'] as const) {
        const doc = parse(`${yamlKey(k)}: v\n`, { version }) as Record<string, unknown>;
        assert.deepEqual(Object.keys(doc), [k], `${JSON.stringify(k)} → ${yamlKey(k)} (${version})`);
      }
    }
  });

  it('never writes $ as $$ in keys (keys are not interpolated)', () => {
    assert.equal(yamlKey('$X'), '"$X"');
  });
});
