/**
 * Docker image references, checked against the grammar of Docker's reference package
 * (name [":" tag] ["@" digest], lowercase path components, optional registry host with port).
 *
 * The grammar, as one regular expression (the reference the tests compare with):
 *   ^(?:(DOMAIN)/)?(PATH(?:/PATH)*)(?::(TAG))?(?:@(DIGEST))?$
 *   DOMAIN = (?:COMPONENT(?:\.COMPONENT)*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?, COMPONENT = [a-zA-Z0-9] or
 *     [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]; PATH = [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*;
 *   TAG = [\w][\w.-]{0,127}; DIGEST = [A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}
 * It is checked here part by part, character by character: V8 compiles a regular expression at every start,
 * that one for about 0.9M instructions (its bytecode, then its machine code), more than all the rest of
 * lowering a small file. The parts split without ambiguity, since none may hold the character that ends it: `@`
 * starts the digest (one at most), the first `/` ends the registry when what precedes it is one (else the path
 * starts there), and the last `:` after it starts the tag.
 */

const code = (s: string, i: number): number => s.charCodeAt(i);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLowerAlnum = (c: number): boolean => isLower(c) || isDigit(c);
const isAlnum = (c: number): boolean => isLowerAlnum(c) || isUpper(c);
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isWord = (c: number): boolean => isAlnum(c) || c === 95;
const DOT = 46;
const DASH = 45;
const UNDERSCORE = 95;
const COLON = 58;

/** Whether every character of s[from, to) passes `test`. */
function all(s: string, from: number, to: number, test: (c: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (!test(code(s, i))) return false;
  return true;
}

/** A registry host component: letters, digits and `-`, not at either end. */
function isDomainComponent(s: string): boolean {
  return s.length > 0 && isAlnum(code(s, 0)) && isAlnum(code(s, s.length - 1)) && all(s, 0, s.length, (c) => isAlnum(c) || c === DASH);
}

/** A registry: host names joined by dots, or a bracketed IPv6 address, with an optional `:port`. */
function isDomain(s: string): boolean {
  let host = s;
  let port: string | undefined;
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 2 || !all(s, 1, close, (c) => isHex(c) || c === COLON)) return false;
    if (close === s.length - 1) return true;
    if (code(s, close + 1) !== COLON) return false;
    port = s.slice(close + 2);
  } else {
    const colon = s.indexOf(':');
    if (colon >= 0) {
      host = s.slice(0, colon);
      port = s.slice(colon + 1);
    }
    if (!host.split('.').every(isDomainComponent)) return false;
  }
  return port === undefined || (port.length > 0 && all(port, 0, port.length, isDigit));
}

/** A path component: runs of lowercase letters and digits joined by `.`, `_`, `__` or any number of `-`. */
function isPathComponent(s: string): boolean {
  let i = 0;
  for (;;) {
    const run = i;
    while (i < s.length && isLowerAlnum(code(s, i))) i++;
    if (i === run) return false;
    if (i === s.length) return true;
    const c = code(s, i);
    if (c === DOT) i++;
    else if (c === UNDERSCORE) i += code(s, i + 1) === UNDERSCORE ? 2 : 1;
    else if (c === DASH) while (code(s, i) === DASH) i++;
    else return false;
  }
}

/** A tag: a letter, digit or `_`, then at most 127 of those, `.` and `-`. */
function isTag(s: string): boolean {
  return s.length >= 1 && s.length <= 128 && isWord(code(s, 0)) && all(s, 1, s.length, (c) => isWord(c) || c === DOT || c === DASH);
}

/** A digest: an algorithm (letter-led parts joined by one of `-_+.`), `:`, and at least 32 hex digits. */
function isDigest(s: string): boolean {
  const colon = s.indexOf(':');
  if (colon < 0 || s.length - colon - 1 < 32 || !all(s, colon + 1, s.length, isHex)) return false;
  let i = 0;
  for (;;) {
    if (i >= colon || !(isUpper(code(s, i)) || isLower(code(s, i)))) return false;
    i++;
    while (i < colon && isAlnum(code(s, i))) i++;
    if (i === colon) return true;
    const c = code(s, i);
    if (c !== DASH && c !== UNDERSCORE && c !== 43 && c !== DOT) return false;
    i++;
  }
}

/** `PATH(/PATH)*(:TAG)?` split into its path and tag, or undefined. */
function pathAndTag(s: string): { path: string; tag: string | undefined } | undefined {
  const colon = s.lastIndexOf(':');
  const path = colon < 0 ? s : s.slice(0, colon);
  const tag = colon < 0 ? undefined : s.slice(colon + 1);
  if (tag !== undefined && !isTag(tag)) return undefined;
  return path.split('/').every(isPathComponent) ? { path, tag } : undefined;
}

/** The parts of a reference as the grammar above reads them (the registry as written), or undefined. */
function split(text: string): { domain: string | undefined; path: string; tag: string | undefined; digest: string | undefined } | undefined {
  const at = text.indexOf('@');
  const name = at < 0 ? text : text.slice(0, at);
  const digest = at < 0 ? undefined : text.slice(at + 1);
  if (digest !== undefined && !isDigest(digest)) return undefined;
  const slash = name.indexOf('/');
  if (slash >= 0 && isDomain(name.slice(0, slash))) {
    const rest = pathAndTag(name.slice(slash + 1));
    return rest && { domain: name.slice(0, slash), ...rest, digest };
  }
  const rest = pathAndTag(name);
  return rest && { domain: undefined, ...rest, digest };
}

/** Hex length of each digest algorithm Docker accepts. */
const DIGEST_LENGTHS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

export interface ImageRef {
  /** Registry host and port when the reference names one (`quay.io`, `localhost:5000`). */
  readonly domain?: string;
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** Parses a reference, or says what is wrong with it. */
export function parseImage(text: string): ImageRef | { error: string } {
  if (text === '') return { error: 'the image reference is empty' };
  if (text.length > 255 + 129 + 80) return { error: 'the image reference is too long' };
  if (/\s/.test(text)) return { error: 'an image reference cannot contain blanks' };
  const parts = split(text);
  if (!parts) return { error: describe(text) };
  let { domain, path } = parts;
  const { tag, digest } = parts;
  // As in Docker: the first component is a registry only when it has a dot or a port, is localhost, or has capitals.
  if (domain !== undefined && !/[.:]/.test(domain) && domain !== 'localhost' && domain.toLowerCase() === domain) {
    path = `${domain}/${path}`;
    domain = undefined;
  }
  const name = domain ? `${domain}/${path}` : path;
  if (name.length > 255) return { error: 'the repository name is longer than 255 characters' };
  if (digest) {
    const [algorithm, hex] = digest.split(':') as [string, string];
    const length = DIGEST_LENGTHS[algorithm];
    if (length === undefined) return { error: `the digest algorithm ${algorithm} is not one Docker supports (sha256, sha384, sha512)` };
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) return { error: `a ${algorithm} digest is ${length} lowercase hex digits` };
  }
  return { ...(domain ? { domain } : {}), path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

function describe(text: string): string {
  const name = text.split('@')[0]!.replace(/:[^/]*$/, '');
  if (/[A-Z]/.test(name.replace(/^[^/]*[.:][^/]*\//, ''))) return 'repository names must be lowercase';
  if (text.includes('@') && !/@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(text)) {
    return 'the digest after `@` must be ALGORITHM:HEX (at least 32 hex digits)';
  }
  if (/:[^/]*$/.test(text.split('@')[0]!) && !/:[\w][\w.-]{0,127}(@|$)/.test(text)) {
    return 'a tag may only contain letters, digits, `_`, `.` and `-` (at most 128, not starting with `.` or `-`)';
  }
  return 'it does not follow Docker\'s reference grammar ([registry/]name[:tag][@digest], lowercase name)';
}
