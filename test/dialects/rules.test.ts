/**
 * The rules of the later formats as data: input text → expected findings (code and the text they point at),
 * and the IR the accepted inputs lower to. One case per rule, the trust refusals of the 1.x linter (and of
 * 0.5–0.8, which refused every volume) in each spelling.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Target } from '../../src/ir.js';
import { compileLater, type LaterResult } from './harness.js';

/** Each finding as `code @ text it points at`. */
function findings(r: LaterResult, severity?: 'error' | 'warning'): string[] {
  return r.diagnostics
    .filter((d) => severity === undefined || d.severity === severity)
    .map((d) => `${d.code} @ ${d.span ? r.source.text.slice(d.span[0], d.span[1]) : ''}`);
}

const pipeline = (body: string) => `kind: pipeline\nname: default\n${body}`;
const untrusted = (text: string, targets: Target[] = ['sh', 'compose']) => compileLater(text, { trusted: false, targets });

describe('trust: the 1.x linter refuses, located, without --trusted', () => {
  const cases: [string, string, string[]][] = [
    ['privileged', 'steps:\n- name: a\n  image: alpine\n  privileged: true\n  commands: [x]\n', ['untrusted-option @ privileged']],
    ['privileged, YAML 1.1 spelling', 'services:\n- name: a\n  image: alpine\n  privileged: yes\n', ['untrusted-option @ privileged']],
    ['devices', 'services:\n- name: a\n  image: alpine\n  devices: [{name: dev, path: /dev/x}]\nvolumes:\n- name: dev\n  host: {path: /dev/x}\n', ['untrusted-option @ devices', 'untrusted-option @ host']],
    ['dns', 'services:\n- name: a\n  image: alpine\n  dns: 8.8.8.8\n', ['untrusted-option @ dns']],
    ['an empty dns string', 'services:\n- name: a\n  image: alpine\n  dns: ""\n', ['untrusted-option @ dns']],
    ['dns_search', 'services:\n- name: a\n  image: alpine\n  dns_search: [example.com]\n', ['untrusted-option @ dns_search']],
    ['extra_hosts', 'services:\n- name: a\n  image: alpine\n  extra_hosts: ["x:1.2.3.4"]\n', ['untrusted-option @ extra_hosts']],
    ['network_mode', 'services:\n- name: a\n  image: alpine\n  network_mode: host\n', ['untrusted-option @ network_mode']],
    ['a host volume, used or not', 'steps:\n- name: a\n  image: alpine\n  commands: [x]\nvolumes:\n- name: sock\n  host: {path: /var/run/docker.sock}\n', ['untrusted-option @ host']],
    ['an in-memory volume', 'steps:\n- name: a\n  image: alpine\n  commands: [x]\n  volumes: [{name: mem, path: /m}]\nvolumes:\n- name: mem\n  temp: {medium: memory}\n', ['untrusted-option @ medium']],
  ];
  for (const [what, body, expected] of cases) {
    it(what, () => {
      const r = untrusted(pipeline(body));
      assert.deepEqual(findings(r, 'error'), expected);
      assert.deepEqual(r.outputs, {});
      const trusted = compileLater(pipeline(body), { trusted: true });
      assert.deepEqual(findings(trusted, 'error'), [], what);
    });
  }

  it('a temp volume is not trusted-only', () => {
    const r = untrusted(pipeline('steps:\n- name: a\n  image: alpine\n  commands: [x]\n  volumes: [{name: cache, path: /cache}]\nvolumes:\n- name: cache\n  temp: {}\n'));
    assert.deepEqual(findings(r, 'error'), []);
    assert.deepEqual(r.project!.build[0]!.volumes, [{ host: [], relative: false, volume: 'cache', container: ['/cache'] }]);
  });

  it('0.5–0.8 refuses every volume, and privileged', () => {
    const r = untrusted('pipeline:\n  a:\n    image: alpine\n    commands: [x]\n    volumes: [cache:/cache]\nservices:\n  d:\n    image: docker:dind\n    privileged: true\n');
    assert.deepEqual(findings(r, 'error'), ['untrusted-option @ volumes', 'untrusted-option @ privileged']);
  });
});

describe('networking: one namespace, every service by name and at 127.0.0.1', () => {
  it('maps each service name, and keeps the trusted extra_hosts', () => {
    const r = compileLater(pipeline('services:\n- name: db\n  image: postgres:9.6\n- name: cache\n  image: redis\n  extra_hosts: ["api:10.0.0.1"]\nsteps:\n- name: t\n  image: alpine\n  commands: [ping db]\n'), { trusted: true });
    assert.deepEqual(r.project!.holder.extraHosts, [{ host: 'db', address: '127.0.0.1' }, { host: 'api', address: '10.0.0.1' }, { host: 'cache', address: '127.0.0.1' }]);
    assert.deepEqual(r.project!.services.map((s) => s.readiness), [
      { kind: 'ports', ports: [[5432]], from: 'image' },
      { kind: 'ports', ports: [[6379]], from: 'image' },
    ]);
  });

  it('two services on one port: an error when both declare it, a warning when the table guessed it', () => {
    const declared = compileLater(pipeline('services:\n- name: a\n  image: alpine\n  ports: [8080]\n- name: b\n  image: alpine\n  ports: ["8080/tcp"]\n'));
    assert.deepEqual(findings(declared), ['port-conflict @ "8080/tcp"']);
    const guessed = compileLater(pipeline('services:\n- name: a\n  image: postgres:9\n- name: b\n  image: postgis/postgis\n'));
    assert.deepEqual(findings(guessed), ['port-guess @ postgis/postgis']);
  });

  it('a name mapped elsewhere by extra_hosts is a conflict', () => {
    const r = compileLater(pipeline('services:\n- name: db\n  image: postgres\n  extra_hosts: ["db:10.0.0.1"]\n'), { trusted: true });
    assert.deepEqual(findings(r, 'error'), ['conflict @ "db:10.0.0.1"']);
  });
});

describe('substitution: ${} forms are run-time references, $$ is a literal $', () => {
  const env = (cmd: string, targets: Target[] = ['sh']) => compileLater(pipeline(`steps:\n- name: a\n  image: alpine\n  commands: ['${cmd}']\n`), { targets });
  it('${VAR}, $$ and a plain $', () => {
    const r = env('echo ${DRONE_COMMIT} $${HOME} $$x $PATH');
    assert.deepEqual(findings(r), []);
    assert.deepEqual(r.project!.build[0]!.commands[0], ['echo ', { env: 'DRONE_COMMIT', written: '${DRONE_COMMIT}' }, ' ${HOME} $x $PATH']);
    assert.deepEqual(r.project!.variables, ['DRONE_COMMIT']);
  });
  it('operations Drone 0.4 also had become IR operations', () => {
    const r = env('${A##v} ${B%%-rc} ${C=dev} ${D:-x} ${E:0:8} ${F//a/b}');
    assert.deepEqual(findings(r), []);
    const refs = r.project!.build[0]!.commands[0]!.filter((p) => typeof p !== 'string');
    assert.deepEqual(refs, [
      { env: 'A', op: { op: 'prefix', word: 'v' }, written: '${A##v}' },
      { env: 'B', op: { op: 'suffix', word: '-rc' }, written: '${B%%-rc}' },
      { env: 'C', op: { op: 'default', word: 'dev' }, written: '${C=dev}' },
      { env: 'D', op: { op: 'default', word: 'x' }, written: '${D:-x}' },
      { env: 'E', op: { op: 'substring', start: 0, length: 8 }, written: '${E:0:8}' },
      { env: 'F', op: { op: 'replace', old: 'a', new: 'b' }, written: '${F//a/b}' },
    ]);
  });
  it('forms compose cannot compute are errors for that target only, at the value', () => {
    assert.deepEqual(findings(env('v=${C:0:8}', ['sh'])), []);
    assert.deepEqual(findings(env('v=${C:0:8}', ['compose'])), ['unsupported-operation @ ${C:0:8}']);
    assert.deepEqual(findings(env('v=${C:-x}', ['compose'])), []);
  });
  for (const form of ['${A^^}', '${#A}', '${A/x/y}', '${A#v*}', '${A:-${B}}', '${A', '${1A}', '${dc_x}', '${PWD}']) {
    it(`${form} is a located error`, () => {
      const r = env(`x ${form}`);
      assert.equal(findings(r, 'error').length, 1, findings(r).join('; '));
      assert.equal(r.diagnostics[0]!.code, form === '${dc_x}' ? 'reserved-variable' : 'invalid-operation');
      assert.ok(r.diagnostics[0]!.hint, 'with a hint');
    });
  }
});

describe('secrets: run-time references to the host variable named as the secret', () => {
  it('1.x from_secret', () => {
    const r = compileLater(pipeline('steps:\n- name: a\n  image: alpine\n  commands: [x]\n  environment:\n    TOKEN:\n      from_secret: api_token\n    PLAIN: "1"\n'));
    assert.deepEqual(r.project!.build[0]!.environment, [{ name: 'TOKEN', value: [{ env: 'api_token' }] }, { name: 'PLAIN', value: ['1'] }]);
    assert.ok(!r.outputs.sh!.includes('api_token=') && r.outputs.sh!.includes('api_token'));
  });
  it('0.5–0.8 secrets, by name and with source/target', () => {
    const r = compileLater('pipeline:\n  a:\n    image: alpine\n    commands: [x]\n    secrets: [ssh_key, {source: prod_token, target: token}]\n');
    assert.deepEqual(r.project!.build[0]!.environment, [
      { name: 'SSH_KEY', value: [{ env: 'ssh_key' }] },
      { name: 'TOKEN', value: [{ env: 'prod_token' }] },
    ]);
  });
  it('a secret name no variable can have is refused', () => {
    const r = compileLater(pipeline('steps:\n- name: a\n  image: alpine\n  commands: [x]\n  environment:\n    T:\n      from_secret: my-token\n'));
    assert.deepEqual(findings(r, 'error'), ['invalid-secret @ my-token']);
  });
});

describe('steps', () => {
  it('plugin steps are skipped with one warning naming them; commands run in order', () => {
    const r = compileLater(pipeline('steps:\n- name: test\n  image: alpine\n  commands: [a, b]\n- name: publish\n  image: plugins/docker\n  settings: {repo: x}\n- name: notify\n  image: plugins/slack\n'));
    assert.deepEqual(findings(r), ['skipped-step @ publish']);
    assert.ok(r.diagnostics[0]!.message.includes('`publish`, `notify`'));
    assert.deepEqual(r.project!.build.map((s) => [s.name, s.commands]), [['build-test', [['a'], ['b']]]]);
  });
  it('depends_on orders steps; clone is implicit; a cycle is an error', () => {
    const r = compileLater(pipeline('steps:\n- name: b\n  image: alpine\n  commands: [b]\n  depends_on: [a]\n- name: a\n  image: alpine\n  commands: [a]\n  depends_on: [clone]\n'));
    assert.deepEqual(r.project!.build.map((s) => s.name), ['build-a', 'build-b']);
    const cycle = compileLater(pipeline('steps:\n- name: a\n  image: alpine\n  commands: [a]\n  depends_on: [b]\n- name: b\n  image: alpine\n  commands: [b]\n  depends_on: [a]\n'));
    assert.deepEqual(findings(cycle, 'error'), ['invalid-pipeline @ depends_on']);
  });
  it('a detached step runs as a service; when: is unconditional', () => {
    const r = compileLater(pipeline('steps:\n- name: server\n  image: nginx\n  detach: true\n- name: t\n  image: alpine\n  commands: [curl server]\n  when: {branch: master}\n'));
    assert.deepEqual(r.project!.services.map((s) => s.name), ['server']);
    assert.deepEqual(findings(r), ['unconditional-step @ when']);
  });
  it('a step may depend on a detached step, which starts with the services', () => {
    const r = compileLater(pipeline('steps:\n- name: db\n  image: postgres\n  detach: true\n- name: test\n  image: alpine\n  commands: [x]\n  depends_on: [db]\n'));
    assert.deepEqual(findings(r, 'error'), []);
    assert.deepEqual(r.project!.build.map((s) => s.name), ['build-test']);
  });
  it('many unknown depends_on names cost linear work: the hint names a few steps', () => {
    const n = 2000;
    const steps = Array.from({ length: n }, (_, i) => `- name: s${i}\n  image: alpine\n  commands: [x]\n  depends_on: [nope${i}]\n`).join('');
    const r = compileLater(pipeline(`steps:\n${steps}`), { targets: ['sh'] });
    assert.equal(findings(r, 'error').length, n);
    const hints = r.diagnostics.reduce((sum, d) => sum + (d.hint?.length ?? 0), 0);
    assert.ok(hints < 100 * n, `hints hold ${hints} characters for ${n} errors`);
    assert.match(r.diagnostics[0]!.hint!, /\(2000 in all\)$/);
  });
  it("the pipeline's environment is lowered once, and refused when copying it into every container is too large", () => {
    const bad = compileLater(pipeline('environment:\n  A: x\n  "B=": y\nsteps:\n- name: a\n  image: alpine\n  commands: [x]\n- name: b\n  image: alpine\n  commands: [x]\n'));
    assert.deepEqual(findings(bad, 'error'), ['invalid-environment @ "B="'], 'reported once, not once per container');
    const env = Array.from({ length: 400 }, (_, i) => `  V${i}: x\n`).join('');
    const steps = Array.from({ length: 300 }, (_, i) => `- name: s${i}\n  image: alpine\n  commands: [x]\n`).join('');
    const big = compileLater(pipeline(`environment:\n${env}steps:\n${steps}`), { targets: ['sh'] });
    assert.deepEqual(findings(big, 'error'), ['too-large @ V0']);
  });
  it('a service with commands runs them with /bin/sh -e', () => {
    const r = compileLater(pipeline('services:\n- name: nsq\n  image: nsqio/nsq\n  commands: [/nsqd]\n'));
    assert.deepEqual([r.project!.services[0]!.entrypoint, r.project!.services[0]!.command], [[['/bin/sh'], ['-e'], ['-c']], [['/nsqd']]]);
  });
  it('unknown keys get a did-you-mean; 0.5–0.8 plugin parameters only when close to a key', () => {
    assert.deepEqual(findings(compileLater(pipeline('steps:\n- name: a\n  image: alpine\n  comands: [x]\n  commands: [y]\n'))), ['unknown-key @ comands']);
    assert.deepEqual(findings(compileLater('pipeline:\n  a:\n    image: alpine\n    commands: [x]\n    repo: foo\n    enviroment: {A: b}\n')), ['unknown-key @ enviroment']);
  });
});

describe('several documents', () => {
  const text = [
    'kind: pipeline\ntype: exec\nname: host\nsteps:\n- name: a\n  commands: [x]\n',
    'kind: pipeline\nname: first\nsteps:\n- name: a\n  image: alpine\n  commands: [one]\n',
    'kind: pipeline\nname: second\nsteps:\n- name: a\n  image: alpine\n  commands: [two]\n',
    'kind: secret\nname: token\nget: {path: x, name: y}\n',
  ].join('---\n') + '...\n';
  it('by default the first container pipeline, with a warning naming the others', () => {
    const r = compileLater(text);
    assert.deepEqual(r.project!.build[0]!.commands, [['one']]);
    assert.deepEqual(findings(r).map((f) => f.split(' @')[0]), ['skipped-pipeline']);
    assert.match(r.diagnostics[0]!.message, /pipeline `host` \(type exec.*pipeline `second`, a `secret` document/);
  });
  it('--pipeline chooses; an unknown or non-container one is a usage error', () => {
    assert.deepEqual(compileLater(text, { pipeline: 'second' }).project!.build[0]!.commands, [['two']]);
    assert.deepEqual(findings(compileLater(text, { pipeline: 'nope' }), 'error'), ['usage @ ']);
    assert.deepEqual(findings(compileLater(text, { pipeline: 'host' }), 'error'), ['usage @ exec']);
    assert.deepEqual(findings(compileLater('pipeline:\n  a:\n    image: alpine\n    commands: [x]\n', { pipeline: 'a' }), 'error'), ['usage @ ']);
    assert.deepEqual(findings(compileLater('compose:\n  db:\n    image: redis\n', { pipeline: 'a' }), 'error'), ['usage @ '], 'a 0.4 file too');
  });
  it('pipeline names as written; two of one name are an error at the second, naming the first', () => {
    const one = 'steps:\n- name: a\n  image: alpine\n  commands: [x]\n';
    const numbered = `kind: pipeline\nname: 1.10\n${one}---\nkind: pipeline\nname: 1.9\n${one}`;
    assert.equal(compileLater(numbered, { pipeline: '1.10' }).project?.build.length, 1);
    const twice = `kind: pipeline\nname: test\n${one}---\nkind: pipeline\nname: test\n${one}`;
    const r = compileLater(twice);
    assert.deepEqual(findings(r, 'error'), ['invalid-pipeline @ test']);
    assert.equal(r.source.position(r.diagnostics.find((d) => d.severity === 'error')!.span![0]).line, 9);
    assert.equal(r.diagnostics.find((d) => d.severity === 'error')!.related?.length, 1);
    assert.deepEqual(findings(compileLater(`kind: pipeline\nname: {a: b}\n${one}`), 'error'), ['invalid-type @ {a: b}']);
  });
  it('a 0.5–0.8 file of several documents compiles the first and says so', () => {
    const r = compileLater('pipeline:\n  a:\n    image: alpine\n    commands: [x]\n---\npipeline:\n  b:\n    image: alpine\n    commands: [y]\n');
    assert.deepEqual(findings(r).map((f) => f.split(' @')[0]), ['skipped-pipeline']);
  });
});

describe('workspace', () => {
  const ws = (text: string) => {
    const p = compileLater(text, { repo: 'github.com/o/r' }).project!;
    return [p.workspacePath, p.workspaceBase];
  };
  const step = 'steps:\n- name: a\n  image: alpine\n  commands: [x]\n';
  it('1.x: /drone/src by default; an absolute path; base and path', () => {
    assert.deepEqual(ws(pipeline(step)), ['/drone/src', undefined]);
    assert.deepEqual(ws(pipeline(`workspace:\n  path: /go/src/x\n${step}`)), ['/go/src/x', undefined]);
    assert.deepEqual(ws(pipeline(`workspace:\n  base: /go\n  path: src/x\n${step}`)), ['/go/src/x', '/go']);
  });
  it('0.5–0.8: /drone/src/<repo> by default; base and path joined', () => {
    const s = 'pipeline:\n  a:\n    image: alpine\n    commands: [x]\n';
    assert.deepEqual(ws(s), ['/drone/src/github.com/o/r', undefined]);
    assert.deepEqual(ws(`workspace:\n  base: /go\n  path: src/github.com/o/r\n${s}`), ['/go/src/github.com/o/r', '/go']);
  });
  it('a workspace docker cannot mount is refused', () => {
    const r = compileLater(pipeline(`workspace:\n  path: "/a:b"\n${step}`));
    assert.deepEqual(findings(r, 'error').map((f) => f.split(' @')[0]), ['invalid-pipeline']);
  });
});
