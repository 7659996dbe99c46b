import { pickDialect, type DialectId } from './dialects/index.js';
import { Diagnostics, sortDiagnostics, strictify, type Diagnostic } from './diagnostics.js';
import { emitCompose } from './emit/compose.js';
import { emitSh } from './emit/sh.js';
import { assertNever, type Project, type Target } from './ir.js';
import { parseImage } from './lower/image.js';
import { DEFAULT_LIMITS, parseYaml, type ParseLimits } from './parse/index.js';
import { SourceFile } from './source.js';

/** The holder image: a pinned busybox that only sleeps; it owns the shared network namespace. */
export const DEFAULT_HOLDER_IMAGE = 'busybox:1.36.1';

export interface CompileOptions {
  /** Targets to emit; default `['sh']`. */
  readonly targets?: readonly Target[];
  /** Name of the input in diagnostics; default `.drone.yml`. */
  readonly filename?: string;
  /** Name of the input in the generated header; default the filename. */
  readonly sourceName?: string;
  /** Repository path (`github.com/octocat/hello-world`); required. */
  readonly repo?: string;
  /** Project name (container and volume prefix); default from the repository name. */
  readonly name?: string;
  readonly holderImage?: string;
  /** The workspace folder relative to the output's folder; default `.`. */
  readonly workspaceDir?: string;
  /** Allow trusted-only options (privileged, volumes, devices, net, dns, extra_hosts). */
  readonly trusted?: boolean;
  /** Every warning is an error. */
  readonly strict?: boolean;
  readonly limits?: Partial<ParseLimits>;
  /** The input format; default: detected from the file's shape (see src/dialects/index.ts). */
  readonly dialect?: DialectId;
  /** The pipeline to compile, for formats with several pipelines in one file. */
  readonly pipeline?: string;
}

export interface CompileResult {
  /** The emitted artifacts by target; empty when there is an error. */
  readonly outputs: Partial<Record<Target, string>>;
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
 * Compiles the text of a .drone.yml: parse → pick the dialect → its decode, rules and lowering → emit. Pure: no file system, no process state.
 * Never throws for bad input; every mistake is a diagnostic, and outputs are empty when any is an error.
 */
export function compile(text: string, options: CompileOptions = {}): CompileResult {
  const source = new SourceFile(options.filename ?? '.drone.yml', text.replace(/^\uFEFF/, ''));
  const diags = new Diagnostics();
  let secrets: string[] = [];
  const finish = (outputs: Partial<Record<Target, string>> = {}, project?: Project): CompileResult => {
    let list: Diagnostic[] = diags.list;
    if (options.strict) list = strictify(list);
    const failed = list.some((d) => d.severity === 'error');
    return { outputs: failed ? {} : outputs, diagnostics: sortDiagnostics(list), source, secrets, ...(project ? { project } : {}) };
  };

  const file = parseYaml(source, diags, { ...DEFAULT_LIMITS, ...options.limits });
  if (!file) return finish();
  const dialect = pickDialect([file], options.dialect);
  if (!dialect) {
    diags.error('usage', `--dialect ${JSON.stringify(options.dialect)} is not a format this drone-compose reads`);
    return finish();
  }

  const repo = options.repo;
  const name = options.name ?? projectNameFrom(repo ?? '');
  const holderImage = options.holderImage ?? DEFAULT_HOLDER_IMAGE;
  const targets = options.targets ?? ['sh'];
  const front = dialect.compile([file], source, {
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
  if (targets.includes('compose') && (options.workspaceDir ?? '.').includes(':')) {
    diags.error('usage', `the workspace folder ${JSON.stringify(options.workspaceDir)} contains \`:\`, which a compose file cannot mount`, undefined, 'rename the folder, or use the sh target');
  }
  const project: Project = { ...front.project, source: options.sourceName ?? source.name, workspaceDir: options.workspaceDir ?? '.' };
  if (diags.hasErrors || (options.strict && diags.list.length > 0)) return finish({}, project);
  const outputs: Partial<Record<Target, string>> = {};
  for (const target of targets) outputs[target] = emit(target, project);
  return finish(outputs, project);
}

export function emit(target: Target, project: Project): string {
  switch (target) {
    case 'sh':
      return emitSh(project);
    case 'compose':
      return emitCompose(project);
    default:
      return assertNever(target);
  }
}
