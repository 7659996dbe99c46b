import type { Diagnostics, Place } from '../diagnostics.js';
import type { Part, Value } from '../ir.js';

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

/**
 * Reads Drone's `$$NAME` (and `$${NAME}`) substitutions out of a string: each becomes a reference to the
 * environment variable NAME at run time, never a compile-time value. A `$$` not followed by a name stays a
 * literal `$$`, with a warning. Single `$` and `${VAR}` are ordinary text. Referenced names are added to `used`.
 */
export function readValue(text: string, span: Place | undefined, diags: Diagnostics, used: Set<string>): Value {
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
    const rest = text.slice(at + 2);
    let name: string | undefined;
    let length = 0;
    const braced = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest);
    if (braced) {
      name = braced[1]!;
      length = braced[0].length;
    } else {
      const bare = NAME.exec(rest);
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
    if (lit) parts.push(lit);
    lit = '';
    parts.push({ env: name });
    used.add(name);
    i = at + 2 + length;
  }
  if (lit || parts.length === 0) parts.push(lit);
  return parts;
}

/** The literal text of a value, with each reference replaced by `placeholder(name)`. */
export function flatten(value: Value, placeholder: (name: string) => string): string {
  return value.map((p) => (typeof p === 'string' ? p : placeholder(p.env))).join('');
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
