import type { Diagnostics } from '../diagnostics.js';
import type { SourceFile } from '../source.js';
import { type ParsedFile, type ParseLimits } from './model.js';
/**
 * Reads a file that holds one YAML document. Any YAML 1.1 is accepted and converted to plain data with the
 * location of every value. Never throws for bad input: YAML errors, duplicate keys, unknown aliases and exceeded
 * limits become diagnostics, and the result is undefined when nothing usable was read. A second document is a
 * `yaml-syntax` error at its start (use `readYamlDocuments` for formats with several).
 */
export declare function readYaml(source: SourceFile, diags: Diagnostics, limits: ParseLimits): ParsedFile | undefined;
/**
 * Reads a YAML stream of any number of documents (separated by `---`, each optionally ended by `...`): one
 * `ParsedFile` per document, in order, whose pointers start at its own root and whose spans are offsets in the
 * whole file. The limits apply to the file as a whole (nesting, and the values all documents expand to
 * together; the caller checks the size); anchors are those of the document itself, as YAML defines. A file with no document (empty, or
 * only comments) gives an empty list, and so does one that cannot be read (a syntax error or an exceeded limit,
 * reported).
 */
export declare function readYamlDocuments(source: SourceFile, diags: Diagnostics, limits: ParseLimits): ParsedFile[];
/**
 * The offset of the first collection that certainly nests more than `max` levels deep (see `NestingGuard`), or
 * undefined. Uses only the YAML lexer, which keeps no tree: linear time, constant memory.
 */
export declare function deepNesting(text: string, max: number): number | undefined;
