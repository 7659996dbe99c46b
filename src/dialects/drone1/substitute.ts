/**
 * Drone 0.5+ substitution (`${VAR}`, `$$`), read into IR values. Drone ran the whole file through
 * github.com/drone/envsubst before parsing it: `${NAME}` and `${NAME<operation>}` became the value Drone knew
 * for NAME (build metadata, matrix values, empty when unknown), `$$` became one literal `$`, and any other `$`
 * (`$HOME`, `$(cmd)`) stayed as written. drone-compose reads each substitution as a reference to the
 * environment variable NAME when the artifact runs, never as a compile-time value.
 */
import type { Diagnostics, Place } from '../../diagnostics.js';
import type { Operation, Part, Target, Value } from '../../ir.js';
import type { Span } from '../../source.js';
import { concat, isShellVariable, RESERVED_PREFIX } from '../../lower/values.js';

export interface SubstituteContext {
  readonly diags: Diagnostics;
  /** Every variable a reference names is added here (the IR's `variables`). */
  readonly used: Set<string>;
  readonly targets: readonly Target[];
  /** The input text: an error then points at the form inside the value, where it is written as read. */
  readonly text?: string;
}

/** What envsubst accepts as a name (letters, digits, `_` and `-`); a shell can read only the POSIX subset. */
const ENVSUBST_NAME = /^[\p{L}\p{N}_-]+/u;
const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const FORMS_HINT =
  'the script can compute ${NAME}, ${NAME=word} (also :=, :-, -, :?, :+, +), ${NAME#word}/${NAME##word} and ${NAME%word}/${NAME%%word} with a literal word, ${NAME//old/new} and ${NAME:pos[:len]}; write $${…} for a literal ${…} the build\'s shell evaluates';
const COMPOSE_HINT = 'compile for the sh target, or compute the value before docker-compose runs and pass it in a variable';

/** Characters that make an envsubst pattern a glob (path.Match) rather than literal text. */
const GLOB = /[*?[\\]/;

/**
 * Reads `${...}` substitutions and `$$` escapes out of a string of a later-format file. Never throws: a form
 * that is not valid, or that a target being compiled cannot compute, is a located error (with the hint of
 * what can be written), and the rest of the text is still read.
 */
export function substitute(text: string, span: Span, ctx: SubstituteContext): Value {
  if (text.indexOf('$') === -1) return [text];
  const parts: Part[] = [];
  let lit = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('$', i);
    if (at === -1) {
      lit += text.slice(i);
      break;
    }
    lit += text.slice(i, at);
    const next = text[at + 1];
    if (next === '$') {
      lit += '$';
      i = at + 2;
      continue;
    }
    if (next !== '{') {
      lit += '$';
      i = at + 1;
      continue;
    }
    const close = text.indexOf('}', at + 2);
    if (close === -1) {
      ctx.diags.error('invalid-operation', `\`${text.slice(at, at + 40)}\` is not closed with \`}\` (Drone would refuse the file: bad substitution)`, narrow(span, text.slice(at), ctx), 'write $${ for a literal ${');
      lit += text.slice(at);
      break;
    }
    const body = text.slice(at + 2, close);
    const written = text.slice(at, close + 1);
    const ref = readForm(body, written, () => narrow(span, written, ctx), ctx);
    if (ref) {
      if (lit) parts.push(lit);
      lit = '';
      parts.push(ref.op ? { env: ref.env, op: ref.op, written } : { env: ref.env, written });
      ctx.used.add(ref.env);
    }
    i = close + 1;
  }
  if (lit || parts.length === 0) parts.push(lit);
  return concat(parts);
}

/** One `${...}` form: the variable and the IR operation, or undefined after reporting why it cannot be used. */
function readForm(body: string, written: string, place: Place, ctx: SubstituteContext): { env: string; op?: Operation } | undefined {
  const bad = (why: string, hint = FORMS_HINT, code: 'invalid-operation' | 'reserved-variable' | 'unsupported-operation' = 'invalid-operation') => {
    ctx.diags.error(code, `\`${written}\` ${why}`, place, hint);
    return undefined;
  };
  if (body.startsWith('#')) return bad('(the length of a value) cannot be computed by the generated artifacts');
  const nameMatch = ENVSUBST_NAME.exec(body);
  if (!nameMatch) return bad('is not a substitution Drone knows (bad substitution)');
  const env = nameMatch[0];
  const rest = body.slice(env.length);
  if (!SHELL_NAME.test(env)) return bad('names a variable that no shell environment can hold', 'a variable name is letters, digits and `_`, not starting with a digit');
  if (env.startsWith(RESERVED_PREFIX)) return bad(`uses the prefix \`${RESERVED_PREFIX}\`, which the generated script reserves for itself`, 'rename the variable', 'reserved-variable');
  if (isShellVariable(env)) return bad('names a variable the shell sets itself, so the script cannot read it from the environment', 'write $${' + env + '} to let the build\'s shell evaluate it');
  const op = readOperation(rest);
  if (op === 'unknown') return bad('is not a substitution Drone knows (bad substitution)');
  if (typeof op === 'string') return bad(op);
  if (op && ctx.targets.includes('compose') && !(op.op === 'default' && op.word.indexOf('$') === -1)) {
    return bad(
      'cannot be written in a docker-compose file (target compose): compose interpolation knows only ${NAME}, ${NAME:-default}, ${NAME-default} and ${NAME:?error}',
      COMPOSE_HINT,
      'unsupported-operation',
    );
  }
  return op ? { env, op } : { env };
}

/**
 * The operation after the name, as envsubst reads it: an IR operation, undefined for none, `'unknown'` for text
 * envsubst refuses, or the reason a known form cannot be computed.
 */
function readOperation(rest: string): Operation | undefined | 'unknown' | string {
  if (rest === '') return undefined;
  // Every default form is envsubst's toDefault: the word when the value is empty or unset.
  const def = /^(?:=|:=|:-|:\?|:\+|-|\+)/.exec(rest);
  if (def) {
    const word = rest.slice(def[0].length);
    if (word.indexOf('${') !== -1) return 'nests a substitution in its default word, which the generated artifacts cannot compute';
    return { op: 'default', word: unescapeDollars(word) };
  }
  if (rest.startsWith(':')) {
    const m = /^:(-?[0-9]{1,9})(?::([0-9]{1,9}))?$/.exec(rest);
    if (!m) return 'unknown';
    const start = Number(m[1]);
    if (start < 0) return 'counts from the end of the value, which the generated artifacts cannot compute';
    return { op: 'substring', start, length: m[2] === undefined ? 999_999_999 : Number(m[2]) };
  }
  const trim = /^(##|#|%%|%)(.*)$/s.exec(rest);
  if (trim) {
    const word = trim[2]!;
    if (word === '') return undefined;
    if (GLOB.test(word)) return 'uses a pattern (*, ?, [ or \\), which the generated artifacts cannot compute; only literal text can be removed';
    return { op: trim[1]!.startsWith('#') ? 'prefix' : 'suffix', word: unescapeDollars(word) };
  }
  if (rest.startsWith('/')) {
    const m = /^(\/\/|\/#|\/%|\/)([^/]*)(?:\/(.*))?$/s.exec(rest);
    if (!m) return 'unknown';
    if (m[1] !== '//') return `(${m[1] === '/' ? 'the first match' : m[1] === '/#' ? 'a prefix' : 'a suffix'} replaced) cannot be computed by the generated artifacts; only \${NAME//old/new} (every match) can`;
    if (m[2] === '') return 'unknown';
    return { op: 'replace', old: m[2]!, new: m[3] ?? '' };
  }
  if (/^(\^\^|\^|,,|,)$/.test(rest)) return 'changes letter case, which the generated artifacts cannot compute';
  return 'unknown';
}

/** Inside a substitution's word, `$$` is still the escaped `$`. */
function unescapeDollars(word: string): string {
  return word.replace(/\$\$/g, '$');
}

const NARROW_LIMIT = 4096;

/** The span of `written` inside the value's span, when it appears there exactly once as written; else the value's. */
function narrow(span: Span, written: string, ctx: SubstituteContext): Span {
  // Bounded, so that many bad forms in one huge value cost linear work.
  if (ctx.text === undefined || span[1] - span[0] > NARROW_LIMIT) return span;
  const inside = ctx.text.slice(span[0], span[1]);
  const at = inside.indexOf(written);
  if (at === -1 || inside.indexOf(written, at + 1) !== -1) return span;
  return [span[0] + at, span[0] + at + written.length];
}
