/**
 * Compiles later-format text through the two dialects, as the front end will once the dialect registry and
 * parseYamlDocuments are in place: one ParsedFile per YAML document (the other documents' text blanked, so
 * that offsets stay those of the file), the dialect chosen by shape, the project emitted by both targets.
 */
import { Diagnostics, sortDiagnostics, type Diagnostic } from '../../src/diagnostics.js';
import type { Dialect, FrontOptions } from '../../src/dialects/dialect.js';
import { drone1 } from '../../src/dialects/drone1/index.js';
import { drone08 } from '../../src/dialects/drone08/index.js';
import { emitCompose } from '../../src/emit/compose.js';
import { emitSh } from '../../src/emit/sh.js';
import type { Project, Target } from '../../src/ir.js';
import { parseYaml, type ParsedFile } from '../../src/parse/index.js';
import { SourceFile } from '../../src/source.js';

/** The text of each YAML document of a file, the others blanked (every character but newlines a space). */
export function documentTexts(text: string): string[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let current: number[] = [];
  const docs: number[][] = [];
  lines.forEach((line, i) => {
    if (/^---(\s|$)/.test(line) || /^\.\.\.(\s|$)/.test(line)) {
      if (current.length > 0) docs.push(current);
      current = [];
      // `--- value` starts a document on the marker line: keep what follows the marker.
      if (/^---\s+\S/.test(line)) current.push(i);
      return;
    }
    current.push(i);
  });
  if (current.length > 0) docs.push(current);
  void starts;
  return docs
    .map((own) => {
      const keep = new Set(own);
      return lines.map((line, i) => (keep.has(i) ? (/^---\s/.test(line) ? '   ' + line.slice(3) : line) : line.replace(/[^\n]/g, ' '))).join('\n');
    })
    .filter((t) => t.trim() !== '');
}

export interface LaterResult {
  readonly dialect?: Dialect;
  readonly project?: Project;
  readonly outputs: Partial<Record<Target, string>>;
  readonly diagnostics: readonly Diagnostic[];
  readonly source: SourceFile;
}

export const DIALECTS: readonly Dialect[] = [drone1, drone08];

export function compileLater(
  text: string,
  options: Partial<FrontOptions> & { filename?: string } = {},
): LaterResult {
  const source = new SourceFile(options.filename ?? '.drone.yml', text);
  const diags = new Diagnostics();
  const documents: ParsedFile[] = [];
  for (const doc of documentTexts(text)) {
    const parsed = parseYaml(new SourceFile(source.name, doc), diags);
    if (parsed) documents.push(parsed);
  }
  const dialect = DIALECTS.find((d) => d.matches(documents));
  const front: FrontOptions = {
    repo: options.repo ?? 'github.com/example/project',
    name: options.name ?? 'project',
    holderImage: options.holderImage ?? 'busybox:1.36.1',
    trusted: options.trusted ?? false,
    targets: options.targets ?? ['sh', 'compose'],
    ...(options.pipeline !== undefined ? { pipeline: options.pipeline } : {}),
  };
  const outputs: Partial<Record<Target, string>> = {};
  let project: Project | undefined;
  if (dialect && !diags.hasErrors) {
    const r = dialect.compile(documents, source, front, diags);
    if (r.project) {
      project = { ...r.project, source: '.drone.yml', workspaceDir: '.' };
      if (!diags.hasErrors) {
        for (const t of front.targets) outputs[t] = t === 'sh' ? emitSh(project) : emitCompose(project);
      }
    }
  }
  return { ...(dialect ? { dialect } : {}), ...(project ? { project } : {}), outputs, diagnostics: sortDiagnostics(diags.list), source };
}

/** A diagnostic as `line:col code: message`, for assertions and reports. */
export function brief(d: Diagnostic, source: SourceFile): string {
  const at = d.span ? source.position(d.span[0]) : undefined;
  return `${at ? `${at.line}:${at.column} ` : ''}${d.severity} ${d.code}: ${d.message}`;
}
