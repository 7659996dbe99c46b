/**
 * Docker image references, checked against the grammar of Docker's reference package
 * (name [":" tag] ["@" digest], lowercase path components, optional registry host with port).
 */

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);

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
  const m = REFERENCE.exec(text);
  if (!m) return { error: describe(text) };
  let [, domain, path, tag, digest] = m;
  // As in Docker: the first component is a registry only when it has a dot or a port, is localhost, or has capitals.
  if (domain !== undefined && !/[.:]/.test(domain) && domain !== 'localhost' && domain.toLowerCase() === domain) {
    path = `${domain}/${path}`;
    domain = undefined;
  }
  const name = domain ? `${domain}/${path}` : path!;
  if (name.length > 255) return { error: 'the repository name is longer than 255 characters' };
  if (digest) {
    const [algorithm, hex] = digest.split(':') as [string, string];
    const length = DIGEST_LENGTHS[algorithm];
    if (length === undefined) return { error: `the digest algorithm ${algorithm} is not one Docker supports (sha256, sha384, sha512)` };
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) return { error: `a ${algorithm} digest is ${length} lowercase hex digits` };
  }
  return { ...(domain ? { domain } : {}), path: path!, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

function describe(text: string): string {
  const name = text.split('@')[0]!.replace(/:[^/]*$/, '');
  if (/[A-Z]/.test(name.replace(/^[^/]*[.:][^/]*\//, ''))) return 'repository names must be lowercase';
  if (text.includes('@') && !/@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(text)) {
    return 'the digest after `@` must be ALGORITHM:HEX (at least 32 hex digits)';
  }
  if (/:[^/]*$/.test(text.split('@')[0]!) && !new RegExp(`:${TAG}(@|$)`).test(text)) {
    return 'a tag may only contain letters, digits, `_`, `.` and `-` (at most 128, not starting with `.` or `-`)';
  }
  return 'it does not follow Docker\'s reference grammar ([registry/]name[:tag][@digest], lowercase name)';
}
