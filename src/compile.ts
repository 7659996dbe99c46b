import { Diagnostics, sortDiagnostics, strictify, type Diagnostic } from './diagnostics.js';
import { pickDialect, type DialectId } from './dialects/index.js';
import type { Project } from './ir.js';
import { parseImage } from './lower/image.js';
import { DEFAULT_LIMITS, parseYaml, parseYamlDocuments, type ParsedFile, type ParseLimits } from './parse/index.js';
import { SourceFile } from './source.js';
import { DEFAULT_CONTEXT, DEFAULT_TARGET, describeTarget, type EmitContext, type Target } from './targets/index.js';

/** The holder image: a pinned busybox that only sleeps; it owns the shared network namespace. */
export const DEFAULT_HOLDER_IMAGE = 'busybox:1.36.1';

/** One artifact to emit: a target, and where the input and the workspace are as seen from the artifact. */
export interface OutputRequest {
  readonly target: Target;
  /** Default: the input named as `sourceName`, the workspace at `workspaceDir` (see CompileOptions). */
  readonly context?: Partial<EmitContext>;
}

/** One emitted artifact, in the order of the requests. */
export interface Artifact {
  readonly target: Target;
  readonly context: EmitContext;
  readonly text: string;
}

export interface CompileOptions {
  /**
   * The artifacts to emit from the one lowered project, each with its own context. Default: one per `targets`,
   * all with the context of `sourceName` and `workspaceDir`.
   */
  readonly outputs?: readonly OutputRequest[];
  /** Targets to emit when `outputs` is not given; default `['sh']`. */
  readonly targets?: readonly Target[];
  /** Name of the input in diagnostics; default `.drone.yml`. */
  readonly filename?: string;
  /** Name of the input in the generated header, for outputs that do not say; default the filename. */
  readonly sourceName?: string;
  /** Repository path (`github.com/octocat/hello-world`); required. */
  readonly repo?: string;
  /** Project name (container and volume prefix); default from the repository name. */
  readonly name?: string;
  readonly holderImage?: string;
  /** The image that clones the repository in a Kubernetes Job (the kube target); default a pinned alpine/git. */
  readonly cloneImage?: string;
  /** The workspace folder relative to the output's folder, for outputs that do not say; default `.`. */
  readonly workspaceDir?: string;
  /** Allow trusted-only options (privileged, volumes, devices, net, dns, extra_hosts). */
  readonly trusted?: boolean;
  /** Every warning is an error. */
  readonly strict?: boolean;
  readonly limits?: Partial<ParseLimits>;
  /** The input format (`--dialect`); default: detected from the file. */
  readonly dialect?: DialectId;
  /** The pipeline to compile of a file with several (`--pipeline NAME`). */
  readonly pipeline?: string;
}

export interface CompileResult {
  /** The emitted artifacts by target (the first output of each); empty when there is an error. */
  readonly outputs: Partial<Record<Target, string>>;
  /** Every emitted artifact, in the order of the requests; empty when there is an error. */
  readonly artifacts: readonly Artifact[];
  /** Errors and warnings in source order. */
  readonly diagnostics: readonly Diagnostic[];
  /** The input as read (BOM removed), for rendering diagnostics. */
  readonly source: SourceFile;
  /** The IR, when lowering ran. */
  readonly project?: Project;
  /** Literal credentials written in the input: never to be shown in a diagnostic or a diff. */
  readonly secrets: readonly string[];
}

const REPO = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** A project name from a repository path: its last part, lowercased, other characters as `-`. */
export function projectNameFrom(repo: string): string {
  const last = repo.split('/').pop() ?? '';
  const name = last.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '').replace(/-+$/, '');
  return name || 'drone';
}

/**
 * Compiles the text of a .drone.yml: parse → pick the dialect → its decode, rules and lowering → emit once per output. Pure: no file system, no process state.
 * Never throws for bad input; every mistake is a diagnostic, and outputs are empty when any is an error.
 */
export function compile(text: string, options: CompileOptions = {}): CompileResult {
  const source = new SourceFile(options.filename ?? '.drone.yml', text.replace(/^\uFEFF/, ''));
  const diags = new Diagnostics();
  let secrets: string[] = [];
  const finish = (artifacts: readonly Artifact[] = [], project?: Project): CompileResult => {
    let list: Diagnostic[] = diags.list;
    if (options.strict) list = strictify(list);
    const failed = list.some((d) => d.severity === 'error');
    const emitted = failed ? [] : artifacts;
    const outputs: Partial<Record<Target, string>> = {};
    for (const a of emitted) outputs[a.target] ??= a.text;
    return { outputs, artifacts: emitted, diagnostics: sortDiagnostics(list), source, secrets, ...(project ? { project } : {}) };
  };

  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let documents: readonly ParsedFile[] = parseYamlDocuments(source, diags, limits);
  if (documents.length === 0) {
    if (diags.hasErrors) return finish();
    // A file without documents (empty, or only comments): read as one null document, which the rules explain.
    const file = parseYaml(source, diags, limits);
    if (!file) return finish();
    documents = [file];
  }
  const dialect = pickDialect(documents, options.dialect);
  if (!dialect) {
    diags.error('usage', `--dialect ${JSON.stringify(options.dialect)} is not a format this drone-compose reads`);
    return finish();
  }
  const requests: readonly OutputRequest[] = options.outputs ?? (options.targets ?? [DEFAULT_TARGET]).map((target) => ({ target }));
  const targets = [...new Set(requests.map((r) => r.target))];

  const repo = options.repo;
  const name = options.name ?? projectNameFrom(repo ?? '');
  const holderImage = options.holderImage ?? DEFAULT_HOLDER_IMAGE;
  const front = dialect.compile(documents, source, {
    repo: repo ?? 'unknown',
    name,
    holderImage,
    trusted: options.trusted ?? false,
    targets,
    ...(options.pipeline !== undefined ? { pipeline: options.pipeline } : {}),
  }, diags);
  secrets = [...front.secrets];
  if (!front.project) return finish();

  if (repo === undefined || repo === '') {
    diags.error('missing-repo', 'the repository path is not known', undefined, 'pass --repo github.com/OWNER/NAME, or run where the git remote origin names it');
  } else if (!REPO.test(repo) || repo.split('/').includes('..')) {
    diags.error('usage', `--repo ${JSON.stringify(repo)} is not a repository path such as github.com/octocat/hello-world`);
  }
  if (!PROJECT_NAME.test(name)) {
    diags.error('usage', `--name ${JSON.stringify(name)} must be lowercase letters, digits, \`_\` and \`-\`, starting with a letter or digit`);
  }
  const holderRef = parseImage(holderImage);
  if ('error' in holderRef) {
    diags.error('usage', `--holder-image ${JSON.stringify(holderImage)} is not a valid image reference: ${holderRef.error}`, undefined, `an image such as ${DEFAULT_HOLDER_IMAGE}`);
  }
  const fallback: EmitContext = {
    source: options.sourceName ?? source.name,
    workspaceDir: options.workspaceDir ?? DEFAULT_CONTEXT.workspaceDir,
    ...(options.cloneImage !== undefined ? { cloneImage: options.cloneImage } : {}),
  };
  const project: Project = { ...front.project, format: dialect.label };
  if (diags.hasErrors) return finish([], project);
  // Lowered once, emitted once per output. A target says the same about the project for every output of it:
  // a diagnostic is kept once.
  const seen = new Set<string>();
  const artifacts: Artifact[] = [];
  for (const request of requests) {
    const context: EmitContext = { ...fallback, ...request.context };
    const emitted = describeTarget(request.target).emit(project, context);
    for (const d of emitted.diagnostics) {
      const key = JSON.stringify([d.severity, d.code, d.span, d.message]);
      if (seen.has(key)) continue;
      seen.add(key);
      diags.list.push(d);
    }
    artifacts.push({ target: request.target, context, text: emitted.text });
  }
  return finish(artifacts, project);
}

/** Emits one target from a lowered project (library use); throws when the target reports an error. */
export function emit(target: Target, project: Project, context: EmitContext = DEFAULT_CONTEXT): string {
  const emitted = describeTarget(target).emit(project, context);
  const error = emitted.diagnostics.find((d) => d.severity === 'error');
  if (error) throw new Error(error.message);
  return emitted.text;
}
