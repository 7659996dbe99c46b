import { CODES, renderText, visible, type Diagnostic } from './diagnostics.js';
import type { SourceFile } from './source.js';

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

function place(r: Reported): Place {
  const file = visible(r.file ?? r.source?.name ?? 'drone-compose');
  const span = r.diagnostic.span;
  if (!r.source || !span) return { file };
  const start = r.source.position(span[0]);
  const end = r.source.position(Math.max(span[0], span[1]));
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function summary(list: readonly Reported[]): string {
  const errors = list.filter((r) => r.diagnostic.severity === 'error').length;
  const warnings = list.length - errors;
  const parts = [errors ? `${errors} error${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : ''];
  return `drone-compose: ${parts.filter(Boolean).join(', ')}\n`;
}

const COLOR = { error: '\u001b[1;31m', warning: '\u001b[1;33m', dim: '\u001b[2m', reset: '\u001b[0m' };

function colorize(text: string): string {
  return text
    .replace(/^(.*?: )(error|warning)(\[[a-z-]+\])/gm, (_, where: string, sev: 'error' | 'warning', code: string) => `${COLOR.dim}${where}${COLOR.reset}${COLOR[sev]}${sev}${code}${COLOR.reset}`)
    .replace(/^(\s*)(\^+)$/gm, (_, pad: string, carets: string) => `${pad}${COLOR.error}${carets}${COLOR.reset}`);
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
function githubCommand(level: 'error' | 'warning', props: Record<string, string | number | undefined>, message: string): string {
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
    helpUri: `https://www.npmjs.com/package/drone-compose#diagnostics`,
  }));
}

/**
 * Renders diagnostics in a format. `text`: `FILE:LINE:COL: error[CODE]: message` with a code frame and a summary
 * (coloured when `color`); `json`: `{ version: 1, diagnostics: [...], errors, warnings }`; `github`: workflow
 * commands (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`); `sarif`: SARIF 2.1.0.
 */
export function formatDiagnostics(list: readonly Reported[], format: Format, options: { color?: boolean; version?: string } = {}): string {
  switch (format) {
    case 'text': {
      if (list.length === 0) return '';
      const text = list.map((r) => renderText(r.diagnostic, r.source, r.file)).join('') + summary(list);
      return options.color ? colorize(text) : text;
    }
    case 'json': {
      const diagnostics = list.map((r) => {
        const d = r.diagnostic;
        return { severity: d.severity, code: d.code, message: visible(d.message), ...(d.hint ? { hint: visible(d.hint) } : {}), ...place(r) };
      });
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      return `${JSON.stringify({ version: 1, diagnostics, errors, warnings: diagnostics.length - errors }, null, 2)}\n`;
    }
    case 'github':
      return list
        .map((r) => {
          const p = place(r);
          // Escaped first: no character of the input can end the command; the one line break here is escaped below.
          const message = r.diagnostic.hint ? `${visible(r.diagnostic.message)}\n${visible(r.diagnostic.hint)}` : visible(r.diagnostic.message);
          return githubCommand(r.diagnostic.severity, { file: p.file, line: p.line, col: p.column, endLine: p.endLine, endColumn: p.endColumn, title: r.diagnostic.code }, message);
        })
        .join('');
    case 'sarif': {
      const rules = sarifRules();
      const index = new Map(rules.map((r, i) => [r.id, i]));
      const results = list.map((r) => {
        const p = place(r);
        const d = r.diagnostic;
        return {
          ruleId: d.code,
          ruleIndex: index.get(d.code),
          level: d.severity,
          message: { text: visible(d.hint ? `${d.message}. ${d.hint}` : d.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: p.file.replace(/\\/g, '/') },
                ...(p.line !== undefined ? { region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } } : {}),
              },
            },
          ],
        };
      });
      const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'drone-compose', version: options.version ?? '0.0.0', informationUri: 'https://www.npmjs.com/package/drone-compose', rules } },
            results,
          },
        ],
      };
      return `${JSON.stringify(sarif, null, 2)}\n`;
    }
  }
}
