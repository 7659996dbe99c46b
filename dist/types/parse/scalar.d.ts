/**
 * Plain and quoted scalars as YAML 1.1 reads them, for the block reader (block.ts).
 * The tag tests and their order are those of YAML 1.1's type repository as the `yaml` package applies them;
 * test/property/parse-block.test.ts checks the results against that package.
 */
/** What a plain scalar means: a string, or another type with the text as written. */
export type PlainValue = string | number | boolean | null;
/**
 * The value of a plain scalar that is not a mapping key: null, a boolean, a number, or the text itself.
 * Dates are returned as their text; the caller records the text as written for every non-string.
 * The second element is false when the text is an ordinary string.
 */
export declare function resolvePlain(text: string): [value: PlainValue, typed: boolean];
/**
 * The value of a double-quoted scalar written on one line, `body` being the text between the quotes.
 * Returns undefined for an escape YAML does not define (the full reader reports those).
 */
export declare function unescapeDouble(body: string): string | undefined;
