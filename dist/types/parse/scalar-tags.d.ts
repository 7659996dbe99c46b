import type { Tags } from 'yaml';
/**
 * The characters a plain scalar can start with and still match each YAML 1.1 scalar tag of the `yaml` package:
 * null, the booleans, the integers, the floats, the sexagesimal numbers and the timestamps, keyed by the source of the tag's
 * pattern as the package writes it. Each list is read off its pattern; test/unit/scalar-tags.test.ts checks
 * every pattern against strings of all first characters.
 */
export declare const FIRST_CHARACTERS: Readonly<Record<string, string>>;
/**
 * The YAML 1.1 tags drone-compose reads with (the `customTags` option of the package): the package's own, with a
 * first-character check before each pattern listed in FIRST_CHARACTERS. A tag is chosen exactly as before: the
 * check only skips patterns that cannot match. What it saves is start-up time: most plain scalars of a Drone file (`postgres`, `go test ./...`, `image`) are
 * strings, and every pattern the package tries on them is compiled by V8 at its first use, then compiled again
 * to machine code at its second. Tags whose pattern is not listed (a later `yaml` may write one differently)
 * are kept as they are. `!!binary` decodes as in the package's Node.js build (decodeBinary).
 */
export declare function yaml11Tags(tags: Tags): Tags;
