import type { Diagnostics, Place } from '../diagnostics.js';
import type { Operation, Part, Reference, Target, Value } from '../ir.js';

/** Names the generated script uses for itself; `$$` references may not use them. */
export const RESERVED_PREFIX = 'dc_';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Whether the shell sets or changes a variable itself (`_`, `IFS`, `RANDOM`, `BASH_*`, ...). */
export function isShellVariable(name: string): boolean {
  return SHELL_VARIABLES.has(name) || name.startsWith('BASH_');
}

/** Variables POSIX shells, dash or bash set or change themselves: a `$$` reference to one would not read the environment. */
const SHELL_VARIABLES = new Set([
  '_', 'IFS', 'PPID', 'LINENO', 'RANDOM', 'SRANDOM', 'SECONDS', 'PWD', 'OLDPWD', 'OPTIND', 'OPTARG', 'PS1', 'PS2', 'PS4',
  'SHLVL', 'BASH', 'BASHPID', 'FUNCNAME', 'HISTCMD', 'EPOCHREALTIME', 'EPOCHSECONDS', 'UID', 'EUID', 'GROUPS', 'HOSTNAME', 'HOSTTYPE', 'MACHTYPE', 'OSTYPE', 'PIPESTATUS',
]);

/** How a value is read. */
export interface ReadOptions {
  /** The value is shell code (a build command): `"$$NAME"` gets the value escaped for double quotes. */
  readonly shellCode?: boolean;
  /** Targets being compiled: an operation the compose target cannot express is an error there. */
  readonly targets?: readonly Target[];
}

const OPERATIONS_HINT = 'Drone 0.4 knew $${NAME}, $${NAME:pos}, $${NAME:pos:len}, $${NAME=default}, $${NAME##prefix}, $${NAME%%suffix} and $${NAME/old/new}';

/**
 * Reads Drone's `$$NAME` (and `$${NAME}`) substitutions out of a string: each becomes a reference to the
 * environment variable NAME at run time, never a compile-time value. `$${NAME<operation>}` applies one of
 * Drone 0.4's operations to the value at run time; an operation it did not know is an error at the span. A `$$`
 * not followed by a name stays a literal `$$`, with a warning. Single `$` and `${VAR}` are ordinary text.
 * Referenced names are added to `used`.
 */
export function readValue(text: string, span: Place | undefined, diags: Diagnostics, used: Set<string>, options: ReadOptions = {}): Value {
  if (text.indexOf('$$') === -1) return [text];
  const parts: Part[] = [];
  let lit = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('$$', i);
    if (at === -1) {
      lit += text.slice(i);
      break;
    }
    lit += text.slice(i, at);
    let name: string | undefined;
    let length = 0;
    let op: Operation | undefined;
    let bad = false;
    if (text.charCodeAt(at + 2) === 0x7b /* { */) {
      const bare = NAME.exec(text.slice(at + 3));
      const close = text.indexOf('}', at + 3);
      if (bare && close !== -1) {
        name = bare[0];
        length = close + 1 - (at + 2);
        const rest = text.slice(at + 3 + name.length, close);
        if (rest !== '') {
          const read = readOperation(rest);
          if (read === undefined) {
            diags.error('invalid-operation', `\`${text.slice(at, close + 1)}\` is not an operation Drone 0.4 knew`, span, OPERATIONS_HINT);
            bad = true;
          } else {
            op = read;
          }
        }
      }
    } else {
      const bare = NAME.exec(text.slice(at + 2));
      if (bare) {
        name = bare[0];
        length = name.length;
      }
    }
    if (name === undefined) {
      diags.warning('literal-dollar', '`$$` is not followed by a variable name and is kept as a literal `$$`', span, 'write $$NAME to read the variable NAME at run time');
      lit += '$$';
      i = at + 2;
      continue;
    }
    if (name.startsWith(RESERVED_PREFIX)) {
      diags.error('reserved-variable', `\`$$${name}\` uses the prefix \`${RESERVED_PREFIX}\`, which the generated script reserves for itself`, span, 'rename the variable');
    } else if (isShellVariable(name)) {
      diags.error('reserved-variable', `\`$$${name}\` names a variable the shell sets itself, so the script cannot read it from the environment`, span, 'rename the variable');
    }
    const end = at + 2 + length;
    // Drone's "$$NAME": the value escaped, where the quotes say it sits in a double-quoted shell string.
    if (!op && !bad && options.shellCode && text[at - 1] === '"' && text[end] === '"') op = { op: 'quote' };
    if (op && options.targets?.includes('compose') && !composeCanExpress(op)) {
      diags.error(
        'unsupported-operation',
        `\`${text.slice(at, end)}\` cannot be written in a docker-compose file (target compose): compose interpolation knows only \${NAME}, \${NAME:-default}, \${NAME-default} and \${NAME:?error}`,
        span,
        'compile this file for the sh target, or compute the value before docker-compose runs and pass it as $$NAME',
      );
    }
    if (lit) parts.push(lit);
    lit = '';
    parts.push(op ? { env: name, op } : { env: name });
    used.add(name);
    i = end;
  }
  if (lit || parts.length === 0) parts.push(lit);
  return parts;
}

/** The operation written after the name in `$${NAME...}`, or undefined when Drone 0.4 did not know it. */
function readOperation(rest: string): Operation | undefined {
  const sub = /^:([0-9]{1,9})(?::([0-9]{1,9}))?$/.exec(rest);
  if (sub) return sub[2] === undefined ? { op: 'head', length: Number(sub[1]) } : { op: 'substring', start: Number(sub[1]), length: Number(sub[2]) };
  if (rest.startsWith('=')) return { op: 'default', word: rest.slice(1) };
  if (rest.startsWith('##') && rest.length > 2) return { op: 'prefix', word: rest.slice(2) };
  if (rest.startsWith('%%') && rest.length > 2) return { op: 'suffix', word: rest.slice(2) };
  if (rest.startsWith('/')) {
    // As Drone's pattern `/(.+)/(.+)` matched: the old text runs to the last slash.
    const slash = rest.lastIndexOf('/');
    if (slash > 1) return { op: 'replace', old: rest.slice(1, slash), new: rest.slice(slash + 1) };
  }
  return undefined;
}

/**
 * Whether a compose file can carry an operation: a default as `${NAME:-word}` when the word holds no `$`, and
 * the quoted form as a plain `${NAME}` (compose does not run a shell on values it interpolates).
 */
function composeCanExpress(op: Operation): boolean {
  return op.op === 'quote' || (op.op === 'default' && op.word.indexOf('$') === -1);
}

/** Whether a reference needs its variable set: a default stands in for an unset one. */
export function needsValue(part: Reference): boolean {
  return part.op?.op !== 'default';
}

/**
 * The value a reference stands for, given the variable's value (undefined when unset), as the generated
 * script computes it. Lengths count UTF-8 bytes, as Drone's Go code did; the text is read back as UTF-8.
 */
export function applyOperation(part: Reference, value: string | undefined): string {
  const v = value ?? '';
  const op = part.op;
  if (!op) return v;
  switch (op.op) {
    case 'default':
      return v === '' ? op.word : v;
    case 'prefix':
      return v.startsWith(op.word) ? v.slice(op.word.length) : v;
    case 'suffix':
      return v.endsWith(op.word) ? v.slice(0, v.length - op.word.length) : v;
    case 'replace':
      return v.split(op.old).join(op.new);
    case 'head':
      return Buffer.from(v, 'utf8').subarray(0, op.length).toString('utf8');
    case 'substring':
      return Buffer.from(v, 'utf8').subarray(op.start, op.start + op.length).toString('utf8');
    case 'quote':
      return v.replace(/[\\"$`]/g, (c) => `\\${c}`);
  }
}

/** The literal text of a value, with each reference replaced by `placeholder(name)`. */
export function flatten(value: Value, placeholder: (name: string, part: Reference) => string): string {
  return value.map((p) => (typeof p === 'string' ? p : placeholder(p.env, p))).join('');
}

/** A reference as the input wrote it: its `written` text, else Drone 0.4's `$$NAME` or `$${NAME...}`. */
export function referenceText(part: Reference): string {
  if (part.written !== undefined) return part.written;
  const op = part.op;
  if (!op || op.op === 'quote') return `$$${part.env}`;
  const inner = (() => {
    switch (op.op) {
      case 'default':
        return `=${op.word}`;
      case 'prefix':
        return `##${op.word}`;
      case 'suffix':
        return `%%${op.word}`;
      case 'replace':
        return `/${op.old}/${op.new}`;
      case 'head':
        return `:${op.length}`;
      case 'substring':
        return `:${op.start}:${op.length}`;
    }
  })();
  return `$\${${part.env}${inner}}`;
}

export function isLiteral(value: Value): value is readonly string[] {
  return value.every((p) => typeof p === 'string');
}

/** Joins values, merging adjacent literals. */
export function concat(...values: Value[]): Value {
  return concatAll(values);
}

/** concat of a list of any length (spreading a long list into arguments overflows the stack). */
export function concatAll(values: readonly Value[]): Value {
  const out: Part[] = [];
  for (const v of values) {
    for (const p of v) {
      const last = out[out.length - 1];
      if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
      else if (p !== '' || v.length === 1) out.push(p);
    }
  }
  const cleaned = out.filter((p, i) => p !== '' || (out.length === 1 && i === 0));
  return cleaned.length === 0 ? [''] : cleaned;
}

/** Splits a value at the first occurrence of a literal separator; references never contain one. */
export function splitOnce(value: Value, sep: string): [Value, Value] | undefined {
  for (let i = 0; i < value.length; i++) {
    const p = value[i]!;
    if (typeof p !== 'string') continue;
    const at = p.indexOf(sep);
    if (at === -1) continue;
    const left: Part[] = [...value.slice(0, i), p.slice(0, at)];
    const right: Part[] = [p.slice(at + sep.length), ...value.slice(i + 1)];
    return [concat(left), concat(right)];
  }
  return undefined;
}

/** Half of a UTF-16 surrogate pair: only an escape such as `"\uD800"` in a quoted YAML string writes one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What in a text no artifact can carry, if anything: a NUL (no process argument or environment value holds one), or half a surrogate pair (no UTF-8 file holds one). */
export function uncarriable(text: string): string | undefined {
  if (text.indexOf('\0') !== -1) return 'a NUL character, which no process argument or environment value can carry';
  if (LONE_SURROGATE.test(text)) return 'half of a UTF-16 surrogate pair (an escape such as \\uD800), which no UTF-8 file can carry';
  return undefined;
}
