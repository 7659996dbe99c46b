import type { Span, SourceFile } from './source.js';

/** Every diagnostic code, with a one-line summary (the README and machine formats list these). */
export const CODES = {
  'yaml-syntax': 'The file is not valid YAML.',
  'yaml-alias': 'A YAML alias names no anchor, or refers to itself.',
  'too-large': 'The input exceeds a resource limit (size, nesting, alias expansion).',
  'not-a-mapping': 'The file is empty or its top level is not a mapping.',
  'nothing-to-compile': 'The file has neither a compose: nor a build: section.',
  'invalid-type': 'A key has a value of the wrong type.',
  'invalid-character': 'A value contains a character no artifact can carry: a NUL, or half of a surrogate pair.',
  'missing-image': 'A build container has no image.',
  'invalid-command': 'An entrypoint or command string cannot be split into words.',
  'invalid-memory': 'A mem_limit is not a size docker accepts.',
  'invalid-cpuset': 'A cpuset is not a list of CPU numbers and ranges.',
  'invalid-volume': 'A volume is not HOST:CONTAINER[:MODE] or VOLUME:CONTAINER[:MODE].',
  'invalid-device': 'A device is not HOST[:CONTAINER[:PERMISSIONS]].',
  'invalid-network': 'A net: value is not a network mode.',
  'invalid-dns': 'A dns entry is empty.',
  'invalid-extra-host': 'An extra_hosts entry is not HOST:ADDRESS.',
  'invalid-healthcheck': 'A healthcheck has a malformed test, duration or retries, or is both disabled and given a test.',
  'invalid-port': 'An expose or ports entry is not a port, a range or a mapping with a target.',
  'invalid-operation': 'A substitution ($${NAME...} in 0.4, ${NAME...} later) is not one Drone knew, or cannot be computed.',
  'unsupported-operation': 'A substitution that the compose target cannot express.',
  'unsupported-option': 'An option the chosen target cannot express (a device, a network mode in a Kubernetes manifest); nothing is written.',
  'invalid-pipeline': 'A pipeline of a later Drone format is malformed: no kind, a workspace that cannot be mounted, depends_on naming no step or forming a cycle.',
  'invalid-secret': 'A secret of a later Drone format has no source, or a name no environment variable can have.',
  'invalid-image': 'An image reference does not follow Docker\'s reference grammar.',
  'invalid-name': 'A service or step name cannot name a container.',
  'invalid-environment': 'An environment entry has no name or no `=`.',
  'name-collision': 'Two containers would get the same name.',
  'conflict': 'Two services ask for different settings of the one shared namespace.',
  'port-conflict': 'Two services declare the same port of the one shared namespace.',
  'untrusted-option': 'A trusted-only option is used without --trusted.',
  'reserved-variable': 'A $$NAME reference uses a name the generated script needs for itself.',
  'duplicate-key': 'A key appears twice in one mapping; the later one is used.',
  'unknown-key': 'A key Drone 0.4 does not know; it is ignored.',
  'ignored-key': 'A docker-compose key Drone 0.4 ignored; it is not emitted.',
  'ignored-section': 'A top-level section of another Drone version; it is ignored.',
  'ignored-option': 'An accepted option that the target cannot carry; it is not emitted.',
  'dropped-item': 'An empty (null) list item; it is dropped.',
  'image-from-name': 'A service without image: uses its name as the image, as Drone did.',
  'extra-host-address': 'An extra_hosts entry without an address is mapped to 127.0.0.1.',
  'skipped-step': 'A plugin step (publish, deploy, notify) of a later Drone format; it is not run.',
  'skipped-pipeline': 'A document of a multi-document file that is not compiled (another pipeline, a secret, a signature).',
  'unconditional-step': 'A build step has when: conditions, which cannot be decided outside Drone.',
  'empty-build': 'A build container has no commands.',
  'literal-credential': 'A registry password or token is written in the file.',
  'literal-dollar': 'A $$ not followed by a name is kept as a literal $$.',
  'port-guess': 'A port guessed from the image name clashes with another service, or is not used because the file seems to change it.',
  'duplicate-environment': 'An environment name is set twice; the later value is used.',
  'missing-repo': 'The repository path is needed and cannot be found.',
  'stale-output': 'With --check: an output file is missing or not exactly what drone-compose would write.',
  'usage': 'The command line is not valid.',
  'io': 'A file cannot be read or written.',
} as const;

export type DiagnosticCode = keyof typeof CODES;
export type Severity = 'error' | 'warning';

/** One finding about the input. Positions are offsets; lines and columns are computed when printed. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  /** Where in the source, when the finding has a place. */
  readonly span?: Span;
  /** What to do about it, when there is something to say. */
  readonly hint?: string;
  /** Other places that belong to the finding (the earlier key of a duplicate, the other side of a conflict). */
  readonly related?: readonly RelatedLocation[];
}

/** A second place of a finding, with what it is (`the earlier key is here`). */
export interface RelatedLocation {
  readonly span: Span;
  readonly message: string;
}

/** Where a finding is: a span, or a function that finds it, called only when a diagnostic is made. */
export type Place = Span | (() => Span | undefined);

/** Collects diagnostics; each stage reports into one and keeps going. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  error(code: DiagnosticCode, message: string, span?: Place, hint?: string, related?: readonly RelatedLocation[]): void {
    this.list.push(make('error', code, message, span, hint, related));
  }

  warning(code: DiagnosticCode, message: string, span?: Place, hint?: string, related?: readonly RelatedLocation[]): void {
    this.list.push(make('warning', code, message, span, hint, related));
  }

  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }
}

function make(severity: Severity, code: DiagnosticCode, message: string, place?: Place, hint?: string, related?: readonly RelatedLocation[]): Diagnostic {
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { severity, code, message };
  const span = typeof place === 'function' ? place() : place;
  if (span) d.span = span;
  if (hint) d.hint = hint;
  if (related && related.length > 0) d.related = related;
  return d;
}

/** Diagnostics in source order (those without a place first), errors before warnings at one place; stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const sa = a.d.span ? a.d.span[0] : -1;
      const sb = b.d.span ? b.d.span[0] : -1;
      if (sa !== sb) return sa - sb;
      if (a.d.severity !== b.d.severity) return a.d.severity === 'error' ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.d);
}

/** Turns every warning into an error (for --strict). */
export function strictify(list: readonly Diagnostic[]): Diagnostic[] {
  return list.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' } : d));
}

/**
 * Renders `FILE:LINE:COL: severity[code]: message`, then the offending line with a caret underline, then the
 * hint, then each related place as a note with its own frame, rustc style:
 *
 * ```text
 *   = note: the earlier key is here
 *  --> FILE:LINE:COL
 *   |
 * 2 |   db:
 *   |   ^^
 * ```
 *
 * Control characters of the source, the message, the hint, the notes and the file name are shown escaped
 * (`visible`), so that a diagnostic never moves the cursor, colours a terminal or starts a line of its own.
 * A long line is shown as a window around the place; the cost does not grow with the length of the line.
 */
export function renderText(d: Diagnostic, source: SourceFile | undefined, file: string = source?.name ?? 'drone-compose'): string {
  const head = `${d.severity}[${d.code}]: ${visible(d.message)}`;
  const hint = d.hint ? visible(d.hint) : undefined;
  const name = visible(file);
  const related = d.related ?? [];
  if (!source) {
    let out = `${name}: ${head}\n`;
    if (hint) out += `  = help: ${hint}\n`;
    for (const r of related) out += `  = note: ${visible(r.message)}\n`;
    return out;
  }
  // One gutter width for the main frame and the notes, so that their bars line up.
  const start = d.span ? source.position(d.span[0]) : undefined;
  const notes = related.map((r) => ({ message: visible(r.message), span: r.span, start: source.position(r.span[0]) }));
  const width = Math.max(start ? String(start.line).length : 1, ...notes.map((n) => String(n.start.line).length));
  const pad = ' '.repeat(width);
  let out: string;
  if (d.span && start) {
    out = `${name}:${start.line}:${start.column}: ${head}\n${frame(source, d.span, pad)}`;
    if (hint) out += `${pad} = help: ${hint}\n`;
  } else {
    out = `${name}: ${head}\n`;
    if (hint) out += `  = help: ${hint}\n`;
  }
  for (const n of notes) out += `${pad} = note: ${n.message}\n${pad}--> ${name}:${n.start.line}:${n.start.column}\n${frame(source, n.span, pad)}`;
  return out;
}

/** The code frame of a span: an empty gutter line, the line with its number, and the caret underline. */
function frame(source: SourceFile, span: Span, pad: string): string {
  const start = source.position(span[0]);
  const end = source.position(Math.max(span[0], span[1]));
  const length = source.lineLength(start.line);
  const gutter = String(start.line).padStart(pad.length);
  let column = start.column;
  let width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, length - start.column + 1);
  let chars: string[];
  // A long line is shown as a window around the place, so that a frame stays readable.
  if (length > FRAME_WIDTH) {
    const from = Math.max(0, Math.min(column - 1 - 20, length - FRAME_WIDTH));
    const cut = Array.from(source.shownSlice(start.line, from + 1, from + 1 + FRAME_WIDTH));
    const head = from > 0 ? ['…'] : [];
    const tail = from + FRAME_WIDTH < length ? ['…'] : [];
    chars = [...head, ...cut, ...tail];
    column = column - from + head.length;
    width = Math.max(1, Math.min(width, chars.length - tail.length - column + 1));
  } else {
    chars = Array.from(source.shownLine(start.line));
  }
  const shown = chars.map(frameChar).join('');
  const before = chars.slice(0, column - 1).map(frameChar).join('');
  const marked = chars.slice(column - 1, column - 1 + width).map(frameChar).join('');
  return `${pad} |\n${gutter} | ${shown}\n${pad} | ${' '.repeat(before.length)}${'^'.repeat(Math.max(1, marked.length))}\n`;
}

/** Most characters of a source line a code frame shows. */
const FRAME_WIDTH = 100;

/** A character as shown in a code frame: a tab becomes a space, other controls their escape. */
function frameChar(ch: string): string {
  return ch === '\t' ? ' ' : visible(ch);
}

/**
 * Characters a diagnostic never prints as they are: C0 controls (ESC among them), DEL, C1 controls, the Unicode
 * line and paragraph separators, the byte order mark, and the bidirectional controls that reorder what a
 * reader sees (Trojan Source).
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Text with every control character shown as an escape (`\n`, `\t`, `\x1b`, `\u2028`): what a diagnostic prints,
 * in every format, for messages, hints, file names and code frames.
 */
export function visible(text: string): string {
  return text.replace(CONTROLS, (ch) => {
    const c = ch.charCodeAt(0);
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
  });
}

/** Shows a user's value inside a message: quoted, escaped, and shortened when long. */
export function show(value: string, max = 60): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return '`' + JSON.stringify(cut).slice(1, -1).replace(/`/g, '\\`') + '`';
}
