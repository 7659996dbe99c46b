/**
 * Compiles later-format text the way the command does (`compile()`: every YAML document parsed, the dialect
 * chosen by shape, the project emitted by the targets asked for), and says which dialect read it.
 */
import { compile } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { Dialect, FrontOptions } from '../../src/dialects/dialect.js';
import { pickDialect } from '../../src/dialects/index.js';
import { Diagnostics } from '../../src/diagnostics.js';
import type { Project, Target } from '../../src/ir.js';
import { parseYamlDocuments } from '../../src/parse/index.js';
import type { SourceFile } from '../../src/source.js';

export interface LaterResult {
  readonly dialect?: Dialect;
  readonly project?: Project;
  readonly outputs: Partial<Record<Target, string>>;
  readonly diagnostics: readonly Diagnostic[];
  readonly source: SourceFile;
}

export function compileLater(
  text: string,
  options: Partial<FrontOptions> & { filename?: string } = {},
): LaterResult {
  const r = compile(text, {
    filename: options.filename ?? '.drone.yml',
    repo: options.repo ?? 'github.com/example/project',
    name: options.name ?? 'project',
    holderImage: options.holderImage ?? 'busybox:1.36.1',
    trusted: options.trusted ?? false,
    targets: options.targets ?? ['sh', 'compose'],
    ...(options.pipeline !== undefined ? { pipeline: options.pipeline } : {}),
  });
  const documents = parseYamlDocuments(r.source, new Diagnostics());
  const dialect = documents.length > 0 ? pickDialect(documents) : undefined;
  return { ...(dialect ? { dialect } : {}), ...(r.project ? { project: r.project } : {}), outputs: r.outputs, diagnostics: r.diagnostics, source: r.source };
}

/** A diagnostic as `line:col code: message`, for assertions and reports. */
export function brief(d: Diagnostic, source: SourceFile): string {
  const at = d.span ? source.position(d.span[0]) : undefined;
  return `${at ? `${at.line}:${at.column} ` : ''}${d.severity} ${d.code}: ${d.message}`;
}
