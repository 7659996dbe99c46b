import { CODES, renderText, visible, type Diagnostic } from './diagnostics.js';
import type { SourceFile, Span } from './source.js';

/** How diagnostics are printed. */
export type Format = 'text' | 'json' | 'github' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'github', 'sarif'];

export interface Reported {
  readonly diagnostic: Diagnostic;
  readonly source: SourceFile | undefined;
  /** The file it is about when there is no source (a config file, an output); default the source's name. */
  readonly file?: string;
}

interface Place {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** The file and, when the finding has a place in a source, the 1-based range of a span in it. */
function place(r: Reported, span: Span | undefined = r.diagnostic.span): Place {
  const file = visible(r.file ?? r.source?.name ?? 'drone-compose');
  if (!r.source || !span) return { file };
  const start = r.source.position(span[0]);
  const end = r.source.position(Math.max(span[0], span[1]));
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The related places of a finding, each with its message (escaped) and its range when there is a source. */
function relatedPlaces(r: Reported): (Place & { message: string })[] {
  return (r.diagnostic.related ?? []).map((x) => ({ ...place(r, x.span), message: visible(x.message) }));
}

/** `2 errors, 1 warning`: the counts that are not zero. */
function counts(errors: number, warnings: number): string {
  const parts = [errors ? `${errors} error${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : ''];
  return parts.filter(Boolean).join(', ');
}

/** Most diagnostics a format prints; the counts and the exit code still cover them all. */
export const MAX_SHOWN = 100;

/** Which diagnostics a format prints, and how many of each severity it leaves out. */
export interface Shown {
  readonly shown: readonly Reported[];
  readonly errors: number;
  readonly warnings: number;
  readonly omittedErrors: number;
  readonly omittedWarnings: number;
}

/**
 * At most `limit` diagnostics, in the order given. An error is never left out while a warning is shown: the
 * first `limit` errors are kept, and the rest of the room goes to the first warnings. Linear in the list.
 */
export function selectShown(list: readonly Reported[], limit: number = MAX_SHOWN): Shown {
  let errors = 0;
  for (const r of list) if (r.diagnostic.severity === 'error') errors++;
  const warnings = list.length - errors;
  if (list.length <= limit) return { shown: list, errors, warnings, omittedErrors: 0, omittedWarnings: 0 };
  const keepErrors = Math.min(errors, limit);
  const keepWarnings = limit - keepErrors;
  const shown: Reported[] = [];
  let e = 0;
  let w = 0;
  for (const r of list) {
    if (r.diagnostic.severity === 'error' ? e++ < keepErrors : w++ < keepWarnings) shown.push(r);
  }
  return { shown, errors, warnings, omittedErrors: errors - keepErrors, omittedWarnings: warnings - keepWarnings };
}

/** The one line that says the list was cut: `100 of 250 diagnostics shown (150 warnings not shown)`. */
function cutLine(s: Shown): string {
  return `${s.shown.length} of ${s.errors + s.warnings} diagnostics shown (${counts(s.omittedErrors, s.omittedWarnings)} not shown)`;
}

const COLOR = { error: '\u001b[1;31m', warning: '\u001b[1;33m', dim: '\u001b[2m', reset: '\u001b[0m' };

/** Colours the header of each diagnostic and the carets of each frame; never a part of a frame's source line. */
function colorize(text: string): string {
  return text
    .replace(/^(?![ \d]* \| )(.*?: )(error|warning)(\[[a-z-]+\])/gm, (_, where: string, sev: 'error' | 'warning', code: string) => `${COLOR.dim}${where}${COLOR.reset}${COLOR[sev]}${sev}${code}${COLOR.reset}`)
    .replace(/^( *\| *)(\^+)$/gm, (_, pad: string, carets: string) => `${pad}${COLOR.error}${carets}${COLOR.reset}`);
}

/**
 * GitHub workflow command escaping of the message (data) and of property values. Other control characters
 * (ESC among them) are shown as escapes, so that a command is one line that paints nothing.
 */
function ghData(s: string): string {
  return visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One GitHub Actions workflow command line, with the escaping the runner needs. */
function githubCommand(level: 'error' | 'warning' | 'notice', props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${ghProperty(String(v))}`);
  return `::${level} ${list.join(',')}::${ghData(message)}\n`;
}

/** The SARIF 2.1.0 rule list: one rule per diagnostic code, in a stable order. */
function sarifRules() {
  return Object.entries(CODES).map(([id, text]) => ({
    id,
    name: id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text },
    helpUri: helpUri(id),
  }));
}

/** Where each code is explained: one section per code, whose heading is the code. */
export const DIAGNOSTICS_DOC = 'https://github.com/drone-compose/drone-compose/blob/main/docs/diagnostics.md';

/** The documentation anchor of a code (`…/docs/diagnostics.md#untrusted-option`). */
export function helpUri(code: string): string {
  return `${DIAGNOSTICS_DOC}#${code}`;
}

/**
 * Renders diagnostics in a format, each format one whole document. `text`: `FILE:LINE:COL: error[CODE]: message`
 * with a code frame, notes for related places, and a summary (coloured when `color`); `json`: `{ version: 1,
 * diagnostics: [...], errors, warnings, omitted? }`; `github`: workflow commands
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`); `sarif`: SARIF 2.1.0.
 * At most `limit` (default `MAX_SHOWN`) diagnostics are printed (`selectShown`); the counts cover all of them,
 * and every format says how many it left out: a line in text, a notice in github, `omitted` in json, the run's
 * `properties.omitted` in sarif.
 */
export function formatDiagnostics(list: readonly Reported[], format: Format, options: { color?: boolean; version?: string; limit?: number } = {}): string {
  const cut = selectShown(list, options.limit);
  const omitted = cut.omittedErrors + cut.omittedWarnings;
  switch (format) {
    case 'text': {
      if (list.length === 0) return '';
      let text = cut.shown.map((r) => renderText(r.diagnostic, r.source, r.file)).join('');
      if (omitted > 0) text += `drone-compose: ${cutLine(cut)}\n`;
      text += `drone-compose: ${counts(cut.errors, cut.warnings)}\n`;
      return options.color ? colorize(text) : text;
    }
    case 'json': {
      const diagnostics = cut.shown.map((r) => {
        const d = r.diagnostic;
        const related = d.related && d.related.length > 0 ? { related: relatedPlaces(r) } : {};
        return { severity: d.severity, code: d.code, message: visible(d.message), ...(d.hint ? { hint: visible(d.hint) } : {}), ...place(r), ...related };
      });
      const doc = { version: 1, diagnostics, errors: cut.errors, warnings: cut.warnings, ...(omitted > 0 ? { omitted } : {}) };
      return `${JSON.stringify(doc, null, 2)}\n`;
    }
    case 'github': {
      const lines = cut.shown.map((r) => {
        const p = place(r);
        // Escaped first: no character of the input can end the command; the line breaks here are escaped below.
        const parts = [visible(r.diagnostic.message)];
        if (r.diagnostic.hint) parts.push(visible(r.diagnostic.hint));
        // An annotation has one place: the related ones are named in its text.
        for (const x of relatedPlaces(r)) parts.push(`note: ${x.message} (${x.file}${x.line !== undefined ? `:${x.line}:${x.column}` : ''})`);
        return githubCommand(r.diagnostic.severity, { file: p.file, line: p.line, col: p.column, endLine: p.endLine, endColumn: p.endColumn, title: r.diagnostic.code }, parts.join('\n'));
      });
      if (omitted > 0) lines.push(githubCommand('notice', { title: 'drone-compose' }, cutLine(cut)));
      return lines.join('');
    }
    case 'sarif': {
      const rules = sarifRules();
      const index = new Map(rules.map((r, i) => [r.id, i]));
      const results = cut.shown.map((r) => {
        const p = place(r);
        const d = r.diagnostic;
        const related = relatedPlaces(r);
        return {
          ruleId: d.code,
          ruleIndex: index.get(d.code),
          level: d.severity,
          message: { text: visible(d.hint ? `${d.message}. ${d.hint}` : d.message) },
          locations: [sarifLocation(p)],
          ...(related.length > 0 ? { relatedLocations: related.map((x, i) => ({ id: i + 1, ...sarifLocation(x), message: { text: x.message } })) } : {}),
        };
      });
      const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'drone-compose', version: options.version ?? '0.0.0', informationUri: 'https://www.npmjs.com/package/drone-compose', rules } },
            results,
            ...(omitted > 0 ? { properties: { omitted } } : {}),
          },
        ],
      };
      return `${JSON.stringify(sarif, null, 2)}\n`;
    }
  }
}

/** A SARIF location: the file as a URI with forward slashes, and the region when there is one. */
function sarifLocation(p: Place) {
  return {
    physicalLocation: {
      artifactLocation: { uri: p.file.replace(/\\/g, '/') },
      ...(p.line !== undefined ? { region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } } : {}),
    },
  };
}
