/**
 * Plain and quoted scalars as YAML 1.1 reads them, for the block reader (block.ts).
 * The tag tests and their order are those of YAML 1.1's type repository as the `yaml` package applies them;
 * test/property/parse-block.test.ts checks the results against that package.
 */

/** What a plain scalar means: a string, or another type with the text as written. */
export type PlainValue = string | number | boolean | null;

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
const FALSE = /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;
const INT_BIN = /^[-+]?0b[0-1_]+$/;
const INT_OCT = /^[-+]?0[0-7_]+$/;
const INT_DEC = /^[-+]?[0-9][0-9_]*$/;
const INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/;
const INT_TIME = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/;
const FLOAT_TIME = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/;
const TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/;

/** First characters that no non-string YAML 1.1 plain scalar starts with (most values: names, images, paths). */
function surelyString(c: number): boolean {
  // ~ + - . 0-9 E e N n Y y T t F f O o
  if (c >= 0x30 && c <= 0x39) return false;
  switch (c) {
    case 0x7e: case 0x2b: case 0x2d: case 0x2e: case 0x45: case 0x65:
    case 0x4e: case 0x6e: case 0x59: case 0x79: case 0x54: case 0x74: case 0x46: case 0x66: case 0x4f: case 0x6f:
      return false;
    default:
      return true;
  }
}

function signed(text: string, prefix: number, radix: number): number {
  const sign = text[0];
  const digits = text.substring(sign === '-' || sign === '+' ? prefix + 1 : prefix).replace(/_/g, '');
  const n = parseInt(digits, radix);
  return sign === '-' ? -1 * n : n;
}

function sexagesimal(text: string): number {
  const sign = text[0];
  const parts = sign === '-' || sign === '+' ? text.substring(1) : text;
  const n = parts.replace(/_/g, '').split(':').reduce((acc, p) => acc * 60 + Number(p), 0);
  return sign === '-' ? -1 * n : n;
}

/**
 * The value of a plain scalar that is not a mapping key: null, a boolean, a number, or the text itself.
 * Dates are returned as their text; the caller records the text as written for every non-string.
 * The second element is false when the text is an ordinary string.
 */
export function resolvePlain(text: string): [value: PlainValue, typed: boolean] {
  if (text.length > 0 && surelyString(text.charCodeAt(0))) return [text, false];
  if (NULL.test(text)) return [null, true];
  if (TRUE.test(text)) return [true, true];
  if (FALSE.test(text)) return [false, true];
  if (INT_BIN.test(text)) return [signed(text, 2, 2), true];
  if (INT_OCT.test(text)) return [signed(text, 1, 8), true];
  if (INT_DEC.test(text)) return [signed(text, 0, 10), true];
  if (INT_HEX.test(text)) return [signed(text, 2, 16), true];
  if (FLOAT_NAN.test(text)) return [text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity, true];
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return [parseFloat(text.replace(/_/g, '')), true];
  if (INT_TIME.test(text) || FLOAT_TIME.test(text)) return [sexagesimal(text), true];
  if (TIMESTAMP.test(text)) return [text, true];
  return [text, false];
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * The value of a double-quoted scalar written on one line, `body` being the text between the quotes.
 * Returns undefined for an escape YAML does not define (the full reader reports those).
 */
export function unescapeDouble(body: string): string | undefined {
  if (body.indexOf('\\') === -1) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) return undefined;
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const length = HEX_LENGTH[e];
    if (length === undefined) return undefined;
    const hex = body.substr(i + 1, length);
    if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) return undefined;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) return undefined;
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}
