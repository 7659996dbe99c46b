import type { Part } from '../ir.js';
import { type Word } from './quote.js';
/**
 * The quoting helpers, the only way a template prints a value: `sh` (a word or a line of words for POSIX sh),
 * `shVar` (a shell variable name), `yaml` (a double-quoted YAML scalar), `yamlKey`, `comment` (text for a `#`
 * line) and `int` (a whole number, digits only, or the render fails). scripts/generate.mjs precompiles the
 * templates with exactly these names as known helpers (test/templates.test.ts holds the two lists equal).
 */
export declare const HELPERS: {
    readonly sh: (x: Word | readonly Word[]) => string;
    readonly shVar: (x: string) => string;
    readonly yaml: (x: readonly Part[]) => string;
    readonly yamlKey: (x: string) => string;
    readonly comment: (x: string) => string;
    readonly int: (x: number) => string;
};
/** A template of templates/ as scripts/generate.mjs precompiles it: `template` of src/generated/templates/<name>.ts. */
export type TemplateSpec = object;
/** Renders a template with its view model (each emitter declares its view's interface). */
export declare function render(spec: TemplateSpec, view: object): string;
