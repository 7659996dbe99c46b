import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseImage, type ImageRef } from '../../src/lower/image.js';

const HEX64 = '0123456789abcdef'.repeat(4);

function ok(text: string): ImageRef {
  const r = parseImage(text);
  if ('error' in r) assert.fail(`${JSON.stringify(text)} rejected: ${r.error}`);
  return r;
}

function bad(text: string): string {
  const r = parseImage(text);
  if (!('error' in r)) assert.fail(`${JSON.stringify(text)} accepted: ${JSON.stringify(r)}`);
  return r.error;
}

describe('parseImage: accepted references', () => {
  const cases: [string, ImageRef][] = [
    ['postgres', { path: 'postgres' }],
    ['postgres:9.2', { path: 'postgres', tag: '9.2' }],
    ['library/postgres:9.2', { path: 'library/postgres', tag: '9.2' }],
    ['index.docker.io/library/postgres:9.2', { domain: 'index.docker.io', path: 'library/postgres', tag: '9.2' }],
    ['localhost:5000/a/b:tag', { domain: 'localhost:5000', path: 'a/b', tag: 'tag' }],
    ['quay.io/coreos/etcd:v2.2.1', { domain: 'quay.io', path: 'coreos/etcd', tag: 'v2.2.1' }],
    [`postgres@sha256:${HEX64}`, { path: 'postgres', digest: `sha256:${HEX64}` }],
    [`postgres:9.2@sha256:${HEX64}`, { path: 'postgres', tag: '9.2', digest: `sha256:${HEX64}` }],
    [`quay.io/a/b:t@sha256:${HEX64}`, { domain: 'quay.io', path: 'a/b', tag: 't', digest: `sha256:${HEX64}` }],
    ['a/b/c/d', { path: 'a/b/c/d' }],
    ['my-image_x.y__z', { path: 'my-image_x.y__z' }],
    ['a--b', { path: 'a--b' }],
    ['redis:Latest_1-x.y', { path: 'redis', tag: 'Latest_1-x.y' }],
    ['redis:_tag', { path: 'redis', tag: '_tag' }],
    [`redis:${'t'.repeat(128)}`, { path: 'redis', tag: 't'.repeat(128) }],
    ['[::1]:5000/foo', { domain: '[::1]:5000', path: 'foo' }],
    ['127.0.0.1:5000/foo:1', { domain: '127.0.0.1:5000', path: 'foo', tag: '1' }],
  ];
  for (const [text, expected] of cases) {
    it(text.length > 60 ? `${text.slice(0, 60)}…` : text, () => assert.deepEqual(parseImage(text), expected));
  }
});

describe('parseImage: registry detection as Docker does it', () => {
  it('reads a first component without dot, port or capitals as part of the path', () => {
    assert.deepEqual(ok('foo/bar'), { path: 'foo/bar' });
    assert.deepEqual(ok('library/redis'), { path: 'library/redis' });
    assert.deepEqual(ok('my-registry/a/b'), { path: 'my-registry/a/b' });
  });

  it('reads a first component with a dot as a registry', () => {
    assert.deepEqual(ok('foo.com/bar'), { domain: 'foo.com', path: 'bar' });
  });

  it('reads a first component with a port as a registry', () => {
    assert.deepEqual(ok('registry:5000/bar'), { domain: 'registry:5000', path: 'bar' });
  });

  it('reads localhost as a registry', () => {
    assert.deepEqual(ok('localhost/bar'), { domain: 'localhost', path: 'bar' });
  });

  it('reads a first component with capitals as a registry', () => {
    assert.deepEqual(ok('MyRegistry/bar'), { domain: 'MyRegistry', path: 'bar' });
    assert.deepEqual(ok('Quay.IO/coreos/etcd'), { domain: 'Quay.IO', path: 'coreos/etcd' });
  });

  it('never reads a single component as a registry', () => {
    assert.deepEqual(ok('localhost'), { path: 'localhost' });
    assert.deepEqual(ok('localhost:5000'), { path: 'localhost', tag: '5000' });
  });
});

describe('parseImage: rejected references', () => {
  it('rejects uppercase repository names', () => {
    for (const text of ['Postgres', 'library/Postgres', 'Postgres/Server:9', 'quay.io/CoreOS/etcd', 'localhost:5000/A']) {
      assert.match(bad(text), /lowercase/, text);
    }
  });

  it('rejects tags that start with - or . or are too long', () => {
    for (const text of ['postgres:-9', 'postgres:.9', `redis:${'t'.repeat(129)}`, 'redis:a+b']) assert.match(bad(text), /tag/, text);
  });

  it('rejects blanks', () => {
    for (const text of ['postgres 9', ' postgres', 'postgres\t', 'post\ngres', 'postgres\u00a0']) assert.match(bad(text), /blanks/, JSON.stringify(text));
  });

  it('rejects malformed or short digests', () => {
    for (const text of ['postgres@sha256:abc', 'postgres@sha256', 'postgres@', `postgres@sha256:${'a'.repeat(31)}`, `postgres@256:${HEX64}`, `postgres@sha256:${HEX64.slice(0, 63)}g`]) {
      assert.match(bad(text), /digest/, text);
    }
  });

  it('rejects the empty reference', () => {
    assert.match(bad(''), /empty/);
  });

  it('rejects other malformed references', () => {
    for (const text of ['postgres:', ':9.2', '/postgres', 'postgres/', 'a//b', 'a___b', '-a', 'a-', '_a', 'a..b', 'quay.io/', 'https://quay.io/a', 'a:b/c', '.a/b', 'foo@bar']) {
      bad(text);
    }
  });

  it('rejects overlong references and repository names', () => {
    bad('a'.repeat(500));
    assert.match(bad(`a/${'b'.repeat(254)}`), /255/);
  });

  it('rejects a sha256 digest that is not 64 hex digits, as Docker does', () => {
    bad(`postgres@sha256:${'a'.repeat(32)}`);
    bad(`postgres@sha256:${HEX64}0`);
  });

  it('rejects an uppercase sha256 digest, as Docker does', () => {
    bad(`postgres@sha256:${HEX64.toUpperCase()}`);
  });

  it('rejects a name longer than 255 characters counting the registry, as Docker does', () => {
    bad(`a.com/${'b'.repeat(252)}`);
  });
});

describe('parseImage: the grammar, checked part by part', () => {
  // parseImage checks the parts of a reference one character at a time; it once matched this one regular
  // expression of Docker's grammar, which stays here as the reference both must agree with.
  const DC = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
  const DOMAIN = `(?:${DC}(?:\\.${DC})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
  const PATH = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
  const TAG = '[\\w][\\w.-]{0,127}';
  const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
  const REFERENCE = new RegExp(`^(?:(${DOMAIN})/)?(${PATH}(?:/${PATH})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
  /** parseImage as it was, on the regular expression: the error of a reference the grammar refuses is only `grammar`. */
  const byRegex = (text: string): ImageRef | { error: string } => {
    if (text === '' || text.length > 255 + 129 + 80 || /\s/.test(text)) return parseImage(text);
    const m = REFERENCE.exec(text);
    if (!m) return { error: 'grammar' };
    let [, domain, path] = m as unknown as [string, string | undefined, string];
    const [, , , tag, digest] = m;
    if (domain !== undefined && !/[.:]/.test(domain) && domain !== 'localhost' && domain.toLowerCase() === domain) {
      path = `${domain}/${path}`;
      domain = undefined;
    }
    if ((domain ? `${domain}/${path}` : path).length > 255) return { error: 'the repository name is longer than 255 characters' };
    if (digest) {
      const [algorithm, hex] = digest.split(':') as [string, string];
      const length = ({ sha256: 64, sha384: 96, sha512: 128 } as Record<string, number>)[algorithm];
      if (length === undefined) return { error: `the digest algorithm ${algorithm} is not one Docker supports (sha256, sha384, sha512)` };
      if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) return { error: `a ${algorithm} digest is ${length} lowercase hex digits` };
    }
    return { ...(domain ? { domain } : {}), path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
  };
  /** parseImage, its explanations of a refusal by the grammar (describe) read as `grammar`. */
  const byParts = (text: string): ImageRef | { error: string } => {
    const r = parseImage(text);
    if ('error' in r && /^(repository names must be lowercase|the digest after|a tag may only|it does not follow)/.test(r.error)) return { error: 'grammar' };
    return r;
  };
  const pieces = [
    'a', 'z', 'A', 'Q', '0', '9', 'f', 'F', 'x1', 'localhost', 'quay', 'io', 'app', 'my-app', 'a__b', 'a___b', 'b--c',
    '-', '_', '__', '.', '..', ':', '/', '//', '@', '[', ']', '[::1]', '[fe80::1]', '[]', ':5000', ':0', ':x', '+',
    'sha256', 'sha256:', 'SHA', 'v1.2', '_t', '.t', '-t', '0123456789abcdef', '0123456789ABCDEF', '\u00e9', ' ', 'K',
  ];
  const reference = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));
  const shaped = fc
    .tuple(
      fc.constantFrom('', 'quay.io/', 'localhost:5000/', '[::1]:5000/', 'Registry/', 'a-b.c-d:80/', 'a_b/', 'x-/', '[g]/', 'a.-b/'),
      fc.array(fc.constantFrom('app', 'a', 'a.b', 'a__b', 'a-b', 'a---b', 'A', 'a_', '_a', 'a..b', ''), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('', ':1', ':latest', ':_x', ':.x', ':x/y', ':', `:${'t'.repeat(128)}`, `:${'t'.repeat(129)}`),
      fc.constantFrom('', `@sha256:${HEX64}`, `@sha256:${'a'.repeat(31)}`, `@a+b.c_d-e:${'A'.repeat(32)}`, '@1a:' + HEX64, '@sha256:', `@x@sha256:${HEX64}`),
    )
    .map(([registry, path, tag, digest]) => `${registry}${path.join('/')}${tag}${digest}`);

  it('agrees with the regular expression on random references', () => {
    fc.assert(
      fc.property(fc.oneof(reference, shaped), (text) => {
        assert.deepEqual(byParts(text), byRegex(text), JSON.stringify(text));
      }),
      { numRuns: 20000 },
    );
  });
});
