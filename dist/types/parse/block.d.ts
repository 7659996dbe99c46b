import type { Span } from '../source.js';
import { type ParsedFile, type ParseLimits } from './model.js';
/**
 * The block reader: a one-pass, line-by-line reader for the plain block YAML that nearly every .drone.yml is
 * written in (block mappings and lists, plain scalars, one-line quoted scalars and flow lists, comments).
 *
 * Guarantee: when it returns a result, that result — data, key order, every location, every warning — is exactly
 * what the full reader (yaml.ts, the `yaml` package) gives for the same text. When the text uses anything else
 * (anchors, tags, block scalars, flow mappings, multi-line quoted scalars, tabs, CRLF, syntax errors, limits), it returns
 * undefined without reporting anything, and the caller uses the full reader. test/property/parse-block.test.ts
 * compares the two on every fixture, every corpus file and generated documents.
 *
 * Where collections end and where nulls sit follow the parser of the `yaml` package 2.9.1 as the full reader
 * calls it (YAML 1.1, `strict: false`, which also lets quoted keys be longer than 1024 characters). That is
 * why package.json pins the package exactly: an upgrade must pass the differential test first.
 */
export interface BlockResult {
    readonly file: ParsedFile;
    /** Duplicate keys, to be reported as warnings: message, hint and the later key's span. */
    readonly duplicates: readonly {
        message: string;
        hint: string;
        span: Span;
    }[];
}
export declare function readBlock(text: string, limits: ParseLimits, lineOf: (offset: number) => number): BlockResult | undefined;
