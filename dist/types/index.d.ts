/** drone-compose as a library: `compile(text, options)` returns `{ outputs, diagnostics }` and touches nothing else. */
export { compile, emit, projectNameFrom, DEFAULT_HOLDER_IMAGE, type Artifact, type CompileOptions, type CompileResult, type OutputRequest } from './compile.js';
export type { EmitContext } from './targets/index.js';
export { CODES, renderText, type Diagnostic, type DiagnosticCode, type Severity } from './diagnostics.js';
export type { Project, Target, Value, Part, Container, BuildStep, Holder } from './ir.js';
