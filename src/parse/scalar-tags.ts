import type { Tags } from 'yaml';

/**
 * The characters a plain scalar can start with and still match each YAML 1.1 scalar tag of the `yaml` package:
 * null, the booleans, the integers, the floats, the sexagesimal numbers and the timestamps, keyed by the source of the tag's
 * pattern as the package writes it. Each list is read off its pattern; test/unit/scalar-tags.test.ts checks
 * every pattern against strings of all first characters.
 */
export const FIRST_CHARACTERS: Readonly<Record<string, string>> = {
  '^(?:~|[Nn]ull|NULL)?$': '~Nn',
  '^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$': 'YyTtOo',
  '^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$': 'NnFfOo',
  '^[-+]?0b[0-1_]+$': '-+0',
  '^[-+]?0[0-7_]+$': '-+0',
  '^[-+]?[0-9][0-9_]*$': '-+0123456789',
  '^[-+]?0x[0-9a-fA-F_]+$': '-+0',
  '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$': '-+.',
  '^[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+$': '-+.0123456789eE',
  '^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*$': '-+.0123456789',
  '^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$': '-+0123456789',
  '^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*$': '-+0123456789',
  '^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$':
    '0123456789',
};

const BINARY = 'tag:yaml.org,2002:binary';

/**
 * `!!binary` as the package's Node.js build reads it: base64 decoded by Node.js's Buffer, which skips what is not
 * base64 and never fails. The bundles hold the package's ES-module build (scripts/build.mjs), which decodes with
 * `atob` and makes an error of text `atob` refuses; with this, both builds read every file alike.
 */
function decodeBinary(src: string): Uint8Array {
  return Buffer.from(src, 'base64');
}

/**
 * The YAML 1.1 tags drone-compose reads with (the `customTags` option of the package): the package's own, with a
 * first-character check before each pattern listed in FIRST_CHARACTERS. A tag is chosen exactly as before: the
 * check only skips patterns that cannot match. What it saves is start-up time: most plain scalars of a Drone file (`postgres`, `go test ./...`, `image`) are
 * strings, and every pattern the package tries on them is compiled by V8 at its first use, then compiled again
 * to machine code at its second. Tags whose pattern is not listed (a later `yaml` may write one differently)
 * are kept as they are. `!!binary` decodes as in the package's Node.js build (decodeBinary).
 */
export function yaml11Tags(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag !== 'object') return tag;
    if (tag.tag === BINARY) return { ...tag, resolve: decodeBinary } as typeof tag;
    const pattern = 'test' in tag ? tag.test : undefined;
    const first = pattern instanceof RegExp ? FIRST_CHARACTERS[pattern.source] : undefined;
    if (!pattern || first === undefined) return tag;
    // The package only ever calls test() on it.
    const test = { test: (s: string) => (s === '' || first.includes(s[0]!)) && pattern.test(s) } as unknown as RegExp;
    return { ...tag, test } as typeof tag;
  });
}
