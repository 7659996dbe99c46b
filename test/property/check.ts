/** Checks shared by the property tests. */
import assert from 'node:assert/strict';

const SAFE = /^[A-Za-z0-9_@%+=:,./-]$/;

/** Reads one POSIX sh word made of single-quoted runs, backslash escapes and safe characters, up to a newline. */
function readWord(s: string, from: number): { value: string; end: number } {
  let value = '';
  let i = from;
  while (i < s.length && s[i] !== '\n') {
    const ch = s[i]!;
    if (ch === "'") {
      const close = s.indexOf("'", i + 1);
      assert.ok(close !== -1, 'single quote closed');
      value += s.slice(i + 1, close);
      i = close + 1;
    } else if (ch === '\\') {
      value += s[i + 1];
      i += 2;
    } else {
      assert.match(ch, SAFE, `unquoted character ${JSON.stringify(ch)} in the echo line`);
      value += ch;
      i += 1;
    }
  }
  return { value, end: i };
}

const ECHO = "printf '+ %s\\n' ";

/**
 * The build script of a step: for each command, a line echoing `+ COMMAND` (checked by running it under the
 * shell) and the command itself as written, references resolved. Returns the echo lines.
 */
export function checkBuildScript(script: string, commands: readonly { shown: string; body: string }[]): string[] {
  let pos = 0;
  const lines: string[] = [];
  for (const c of commands) {
    assert.ok(script.startsWith(ECHO, pos), `an echo line at ${pos}: ${JSON.stringify(script.slice(pos, pos + 40))}`);
    const { value, end } = readWord(script, pos + ECHO.length);
    assert.equal(value, c.shown, 'the echo line shows the command as written');
    lines.push(script.slice(pos, end));
    pos = end + 1;
    assert.ok(script.startsWith(`${c.body}\n`, pos), `the command follows as written: ${JSON.stringify(c.body)}`);
    pos += c.body.length + 1;
  }
  assert.equal(pos, script.length, 'nothing else in the build script');
  return lines;
}


/** A decoded compose value: literal text, `${NAME}`, or `${NAME:-word}` (`fallback`). */
export type Part = string | { readonly env: string; readonly fallback?: string; readonly op?: { readonly kind: string; readonly word?: string } };

/**
 * How docker-compose reads a value: `$$` is a literal `$`, `${NAME}` (and `$NAME`) is interpolated, and so is
 * `${NAME:-word}`. Returns the parts, or an error for a `$` compose would interpolate or reject otherwise.
 */
export function composeDecode(v: string): { parts: Part[] } | { error: string } {
  const parts: Part[] = [];
  let lit = '';
  for (let i = 0; i < v.length; ) {
    if (v[i] !== '$') {
      lit += v[i++];
      continue;
    }
    if (v[i + 1] === '$') {
      lit += '$';
      i += 2;
      continue;
    }
    const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}$]*))?\}/.exec(v.slice(i));
    if (!m) return { error: `unescaped $ at ${i}: ${JSON.stringify(v.slice(Math.max(0, i - 10), i + 10))}` };
    if (lit) parts.push(lit);
    lit = '';
    parts.push(m[2] === undefined ? { env: m[1]! } : { env: m[1]!, fallback: m[2] });
    i += m[0].length;
  }
  if (lit || parts.length === 0) parts.push(lit);
  return { parts };
}

/**
 * Parts as one string with each reference as `\0{NAME}\0`, or `\0{NAME:-word}\0` with a default (NUL cannot be
 * in a literal), for comparisons. A model's Drone default `$${NAME=word}` reads as compose's `:-`.
 */
export function marked(parts: readonly Part[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p;
      const fallback = p.fallback ?? (p.op?.kind === 'default' ? p.op.word : undefined);
      return fallback === undefined ? `\0{${p.env}}\0` : `\0{${p.env}:-${fallback}}\0`;
    })
    .join('');
}
