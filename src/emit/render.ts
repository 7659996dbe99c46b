import runtime from 'handlebars/runtime.js';
import type { Part } from '../ir.js';
import { commentText, shellWord, shellName, yamlKey, yamlValue, type Word } from './quote.js';

/**
 * The Handlebars runtime with the only helpers templates may use; templates are precompiled by
 * scripts/generate.mjs with knownHelpersOnly, so a template cannot print a value without one of these.
 */
interface HandlebarsRuntime {
  create(): HandlebarsRuntime;
  createFrame(data: object): Frame;
  registerHelper(name: string, fn: (...args: never[]) => string): void;
  template(spec: unknown): (context: unknown) => string;
}
type Frame = { key?: number; index?: number; first?: boolean; last?: boolean };
interface BlockOptions {
  fn(context: unknown, options: { data: Frame | undefined }): string;
  inverse(context: unknown): string;
  data?: object;
}
const env = (runtime as unknown as HandlebarsRuntime).create();

/**
 * `#each` over the lists the view models hold: the output of Handlebars' own (the golden tests compare every
 * fixture byte for byte), without the block parameters and context paths our templates never use, which cost
 * allocations for every item of a large file, and without a chain of concatenations that lives until the end.
 * Anything but a list or nothing is a bug in a view model.
 */
env.registerHelper('each', function (this: unknown, list: unknown, options: BlockOptions): string {
  if (list === undefined || list === null || (Array.isArray(list) && list.length === 0)) return options.inverse(this);
  if (!Array.isArray(list)) throw new Error('#each is given something other than a list');
  const data = options.data ? env.createFrame(options.data) : undefined;
  // Joined, not concatenated: the result is one flat string, and the pieces die young.
  const parts: string[] = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) {
    if (data) {
      data.key = i;
      data.index = i;
      data.first = i === 0;
      data.last = i === list.length - 1;
    }
    parts[i] = options.fn(list[i], { data });
  }
  return parts.join('');
} as never);
/**
 * The quoting helpers, the only way a template prints a value: `sh` (a word or a line of words for POSIX sh),
 * `shVar` (a shell variable name), `yaml` (a double-quoted YAML scalar), `yamlKey`, `comment` (text for a `#`
 * line) and `int` (a whole number, digits only, or the render fails). scripts/generate.mjs precompiles the
 * templates with exactly these names as known helpers (test/templates.test.ts holds the two lists equal).
 */
export const HELPERS = {
  sh: (x: Word | readonly Word[]): string => {
    if (x.length > 0 && Array.isArray(x[0])) return (x as readonly Word[]).map(shellWord).join(' ');
    return shellWord(x as Word);
  },
  shVar: (x: string): string => shellName(x),
  yaml: (x: readonly Part[]): string => yamlValue(x),
  yamlKey: (x: string): string => yamlKey(x),
  comment: (x: string): string => commentText(x),
  int: (x: number): string => {
    if (!Number.isSafeInteger(x) || x < 0) throw new Error(`not a whole number: ${String(x)}`);
    return String(x);
  },
} as const;
for (const [name, fn] of Object.entries(HELPERS)) env.registerHelper(name, fn as (...args: never[]) => string);

type Template = (context: unknown) => string;
/** Each template's function, made on first use; keyed by the precompiled spec (a bundle has its own copy). */
const compiled = new Map<object, Template>();

/** A template of templates/ as scripts/generate.mjs precompiles it: `template` of src/generated/templates/<name>.ts. */
export type TemplateSpec = object;

/** Renders a template with its view model (each emitter declares its view's interface). */
export function render(spec: TemplateSpec, view: object): string {
  let t = compiled.get(spec);
  if (!t) {
    t = env.template(spec);
    compiled.set(spec, t);
  }
  return t(view);
}
