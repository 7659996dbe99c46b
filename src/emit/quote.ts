import type { Part, Reference } from '../ir.js';

/** A piece of a shell word: literal text, a user's `$$NAME` reference, or a variable of the generated script. */
export type WordPart = Part | { readonly var: string };
/** One shell word: the concatenation of its parts. */
export type Word = readonly WordPart[];

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Quotes a word for POSIX sh so that the shell passes it on byte for byte: literal text in single quotes
 * (bare when it has only characters no shell treats specially), references as "${NAME}".
 */
export function shellWord(word: Word): string {
  let out = '';
  // Indexed: an iterator would be allocated for each of the hundreds of words of a script.
  for (let i = 0; i < word.length; i++) {
    const p = word[i]!;
    if (typeof p === 'string') {
      if (p === '') continue;
      out += SAFE.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
    } else {
      const name = 'env' in p ? p.env : p.var;
      out += `"\${${shellName(name)}}"`;
    }
  }
  return out === '' ? "''" : out;
}

/** A shell variable name, checked: it is emitted without quotes. */
export function shellName(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a shell variable name: ${JSON.stringify(name)}`);
  return name;
}

/** A comment line's text: one line, no control characters. */
export function commentText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}

const YAML_PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const YAML11_SPECIAL = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

/**
 * A YAML double-quoted scalar for a compose file. Compose interpolates `$` in values, so literal `$` is
 * written `$$` and a `$$NAME` reference becomes `${NAME}`. Characters YAML may not carry raw are escaped.
 */
export function yamlValue(parts: readonly Part[]): string {
  let s = '';
  for (const p of parts) {
    if (typeof p !== 'string') s += composeReference(p);
    else s += p.indexOf('$') === -1 ? p : p.replace(/\$/g, '$$$$');
  }
  return yamlQuote(s);
}

/**
 * A reference in compose interpolation: `${NAME}`, or `${NAME:-word}` for Drone's default (whose word holds no
 * `$` and no `}`). Lowering refuses every other operation for the compose target.
 */
function composeReference(p: Reference): string {
  const name = shellName(p.env);
  if (!p.op || p.op.op === 'quote') return `\${${name}}`;
  if (p.op.op === 'default' && !/[$}]/.test(p.op.word)) return `\${${name}:-${p.op.word}}`;
  throw new Error(`compose interpolation cannot express the operation ${p.op.op}`);
}

/** A mapping key: plain when YAML 1.1 reads it as that same string, else double-quoted (never interpolated). */
export function yamlKey(key: string): string {
  return YAML_PLAIN_KEY.test(key) && !YAML11_SPECIAL.test(key) && !/^[eE][-+]?[0-9]/.test(key) ? key : yamlQuote(key);
}

/** Characters a double-quoted YAML scalar cannot carry as they are. */
const YAML_UNSAFE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

function yamlQuote(s: string): string {
  if (!YAML_UNSAFE.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f)) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff)) {
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return out + '"';
}
