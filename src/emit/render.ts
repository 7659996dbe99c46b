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
  registerHelper(name: string, fn: (...args: never[]) => string): void;
  template(spec: unknown): (context: unknown) => string;
}
const env = (runtime as unknown as HandlebarsRuntime).create();
env.registerHelper('shVar', (x: string) => shellName(x));
env.registerHelper('sh', (x: Word | readonly Word[]) => {
  if (x.length > 0 && Array.isArray(x[0])) return (x as readonly Word[]).map(shellWord).join(' ');
  return shellWord(x as Word);
});
env.registerHelper('yaml', (x: readonly Part[]) => yamlValue(x));
env.registerHelper('yamlKey', (x: string) => yamlKey(x));
env.registerHelper('comment', (x: string) => commentText(x));

type Template = (context: unknown) => string;
const compiled = new Map<string, Template>();

export function render(name: 'sh' | 'compose', view: unknown): string {
  let t = compiled.get(name);
  if (!t) {
    t = env.template(templates[name]);
    compiled.set(name, t);
  }
  return t(view);
}
