import runtime from 'handlebars/runtime.js';
import * as templates from '../generated/templates.js';
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
env.registerHelper('shVar', (x: string) => shellName(x));
env.registerHelper('sh', (x: Word | readonly Word[]) => {
  if (x.length > 0 && Array.isArray(x[0])) return (x as readonly Word[]).map(shellWord).join(' ');
  return shellWord(x as Word);
});
env.registerHelper('yaml', (x: readonly Part[]) => yamlValue(x));
env.registerHelper('yamlKey', (x: string) => yamlKey(x));
env.registerHelper('comment', (x: string) => commentText(x));
/** A whole number, for YAML and sh alike: digits only, or the render fails. */
env.registerHelper('int', (x: number) => {
  if (!Number.isSafeInteger(x) || x < 0) throw new Error(`not a whole number: ${String(x)}`);
  return String(x);
});

type Template = (context: unknown) => string;
const compiled = new Map<string, Template>();

export function render(name: 'sh' | 'compose' | 'kube', view: unknown): string {
  let t = compiled.get(name);
  if (!t) {
    t = env.template(templates[name]);
    compiled.set(name, t);
  }
  return t(view);
}
