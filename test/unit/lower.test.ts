/** Lowering of Drone 0.4: from the decoded file to the IR's fields, without emitting anything. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../src/dialects/drone04/decode.js';
import { lower, type LowerOptions } from '../../src/dialects/drone04/lower.js';
import { Diagnostics } from '../../src/diagnostics.js';
import { DEFAULT_LIMITS, parseYaml } from '../../src/parse/index.js';
import { SourceFile } from '../../src/source.js';

const OPTIONS: LowerOptions = { repo: 'github.com/octocat/hello-world', name: 'hello-world', holderImage: 'busybox:1.36.1', trusted: true, targets: ['sh'] };

function lowered(text: string, options: Partial<LowerOptions> = {}) {
  const source = new SourceFile('.drone.yml', text);
  const diags = new Diagnostics();
  const file = parseYaml(source, diags, DEFAULT_LIMITS);
  assert.ok(file);
  const project = lower(decode(file), { ...OPTIONS, ...options }, diags, source);
  return { project, diags: diags.list, text };
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('lowering Drone 0.4', () => {
  it('names containers, services first, build steps prefixed, and sets the workspace from the repository', () => {
    const { project } = lowered(lines('build:', '  test: {image: golang, commands: [go test]}', 'compose:', '  db: {image: redis}'));
    assert.deepEqual(project.services.map((s) => s.name), ['db']);
    assert.deepEqual(project.build.map((b) => b.name), ['build-test']);
    assert.equal(project.workspacePath, '/drone/src/github.com/octocat/hello-world');
    assert.equal(project.holder.image, 'busybox:1.36.1');
  });

  it('tags an untagged image :latest, keeps a digest, and uses a service name as its image when there is none (the image rule warns)', () => {
    const { project, diags } = lowered(lines('compose:', '  db: {image: postgres}', '  pinned: {image: "memcached@sha256:' + 'a'.repeat(64) + '"}', '  redis: ~'));
    assert.deepEqual(project.services.map((s) => s.image.join('')), ['postgres:latest', `memcached@sha256:${'a'.repeat(64)}`, 'redis:latest']);
    assert.deepEqual(diags, []);
  });

  it('reads $$NAME as a run-time reference and collects the variables, sorted', () => {
    const { project } = lowered(lines('compose:', '  db:', '    image: redis', '    environment:', '      - B=$$TOKEN', '      - A=x$${USER}y'));
    assert.deepEqual(project.services[0]!.environment, [
      { name: 'B', value: [{ env: 'TOKEN' }] },
      { name: 'A', value: ['x', { env: 'USER' }, 'y'] },
    ]);
    assert.deepEqual(project.variables, ['TOKEN', 'USER']);
  });

  it('reads a mapping environment in source order, YAML 1.1 scalars as written', () => {
    const { project } = lowered(lines('compose:', '  db:', '    image: redis', '    environment:', '      Z: yes', '      A: 010'));
    assert.deepEqual(project.services[0]!.environment, [
      { name: 'Z', value: ['yes'] },
      { name: 'A', value: ['010'] },
    ]);
  });

  it('moves net, dns (once each) and extra_hosts onto the holder', () => {
    const { project } = lowered(
      lines('compose:', '  a:', '    image: redis', '    net: host', '    dns: [8.8.8.8]', '    extra_hosts: ["db:10.0.0.1"]', '  b:', '    image: redis', '    net: host', '    dns: [8.8.8.8, 1.1.1.1]', '    extra_hosts: [docker]'),
    );
    assert.equal(project.holder.network, 'host');
    assert.deepEqual(project.holder.dns, [['8.8.8.8'], ['1.1.1.1']]);
    assert.deepEqual(project.holder.extraHosts, [
      { host: 'db', address: '10.0.0.1' },
      { host: 'docker', address: '127.0.0.1' },
    ]);
  });

  it('does not lower a trusted-only option in an untrusted run (the trust rule refuses it)', () => {
    const text = lines('compose:', '  a:', '    image: redis', '    privileged: true', '    volumes: [/a:/a]', '    net: host', '    dns: [8.8.8.8]');
    const untrusted = lowered(text, { trusted: false }).project;
    assert.equal(untrusted.services[0]!.privileged, false);
    assert.deepEqual(untrusted.services[0]!.volumes, []);
    assert.equal(untrusted.holder.network, undefined);
    assert.deepEqual(untrusted.holder.dns, []);
    const trusted = lowered(text).project;
    assert.equal(trusted.services[0]!.privileged, true);
    assert.deepEqual(trusted.services[0]!.volumes, [{ host: ['/a'], relative: false, container: ['/a'] }]);
  });

  it('reads volumes: host paths, ./relative paths, named volumes (listed once) and modes', () => {
    const { project } = lowered(lines('compose:', '  a:', '    image: redis', '    volumes: [/h:/c:ro, ./d:/d, cache:/cache]', '  b:', '    image: redis', '    volumes: [cache:/other]'));
    assert.deepEqual(project.services[0]!.volumes, [
      { host: ['/h'], relative: false, container: ['/c'], mode: 'ro' },
      { host: ['./d'], relative: true, container: ['/d'] },
      { host: [], relative: false, volume: 'cache', container: ['/cache'] },
    ]);
    assert.deepEqual(project.volumes, ['cache']);
  });

  it('splits a command string into words and keeps a list as it is; a build container runs commands instead (a rule warns)', () => {
    const { project, diags } = lowered(lines('compose:', '  a:', '    image: x', '    command: server --flag "a b"', '    entrypoint: [/bin/sh, -c]', 'build:', '  image: golang', '  command: ignored', '  commands: [go test]'));
    assert.deepEqual(project.services[0]!.command, [['server'], ['--flag'], ['a b']]);
    assert.deepEqual(project.services[0]!.entrypoint, [['/bin/sh'], ['-c']]);
    assert.equal(project.build[0]!.command, undefined);
    assert.deepEqual(project.build[0]!.commands, [['go test']]);
    assert.deepEqual(diags, []);
  });

  it('keeps registry credentials only with a password or token, with the registry of the image', () => {
    const { project, diags } = lowered(lines('compose:', '  a:', '    image: quay.io/x/db', '    auth_config: {username: u, password: $$PASS}', '  b:', '    image: redis', '    auth_config: {username: u}'));
    assert.deepEqual(project.services[0]!.auth, { registry: 'quay.io', username: ['u'], password: [{ env: 'PASS' }] });
    assert.equal(project.services[1]!.auth, undefined);
    assert.deepEqual(diags, []);
  });

  it('records the key span of every option as written', () => {
    const { project, text } = lowered(lines('compose:', '  db:', '    image: redis', '    cpuset: "0-1"', '    mem_limit: 1g'));
    const at = project.services[0]!.at;
    assert.deepEqual(Object.keys(at), ['image', 'cpuset', 'mem_limit']);
    for (const key of Object.keys(at)) assert.equal(text.slice(...at[key]!), key);
    assert.equal(project.services[0]!.memLimit, '1g');
    assert.deepEqual(project.services[0]!.cpuset, ['0-1']);
  });

  it('decides readiness: health check first, then declared ports, then the table of images', () => {
    const { project } = lowered(
      lines('compose:', '  h:', '    image: x', '    healthcheck: {test: "true"}', '  p:', '    image: y', '    expose: [8080]', '  g:', '    image: postgres:9.6', '  n:', '    image: z'),
    );
    assert.deepEqual(project.services.map((s) => s.readiness), [
      { kind: 'health' },
      { kind: 'ports', ports: [[8080]], from: 'declared' },
      { kind: 'ports', ports: [[5432]], from: 'image' },
      { kind: 'image-health' },
    ]);
  });

  it('drops an empty list item with a warning at the item, and reports a NUL character at the value', () => {
    const { project, diags, text } = lowered(lines('build:', '  image: golang', '  commands:', '    -', '    - "a\\0b"', '    - go test'));
    assert.deepEqual(project.build[0]!.commands, [['go test']]);
    assert.deepEqual(diags.map((d) => d.code), ['dropped-item', 'invalid-character']);
    assert.equal(text.slice(...diags[1]!.span!), '"a\\0b"');
  });

  it('refuses half of a surrogate pair, which no UTF-8 file can hold, and keeps a whole one', () => {
    const { project, diags, text } = lowered(lines('build:', '  image: golang', '  commands:', '    - "a\\uD800b"', '    - "\\uDC00"', '    - "smile \\U0001F600"'));
    assert.deepEqual(diags.map((d) => d.code), ['invalid-character', 'invalid-character']);
    assert.equal(text.slice(...diags[0]!.span!), '"a\\uD800b"');
    assert.deepEqual(project.build[0]!.commands, [['smile \u{1F600}']]);
  });
});
