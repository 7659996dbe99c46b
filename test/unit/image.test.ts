import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
