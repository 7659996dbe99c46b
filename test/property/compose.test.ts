/**
 * Property: the compose target carries any string exactly. The emitted file, read back as YAML 1.1 and 1.2 and
 * through compose's interpolation (`$$` is `$`, `${NAME}` a variable), gives every environment value, command
 * and entrypoint item and volume the input asked for, with `$$NAME` references as `${NAME}` and no other `$`
 * that compose would interpolate.
 */
import { isShellVariable } from '../../src/lower/values.js';
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compile } from '../../src/compile.js';
import { RUNTIME_VARIABLES } from '../../src/emit/script.js';
import { checkBuildScript, composeDecode, marked, type Part } from './check.js';
import {
  badOperation, caseArb, checkFailure, droneData, expectedEnv, IMAGES, invalidEnv, model, params, readYaml, refEnvironment, refsOf, resolveParts, runs,
  sameData, shown, valueTexts, volumeText, yamlText, type Case, type ServiceSpec,
} from './gen.js';

const REPO = 'github.com/o/r';
const WORKSPACE_PATH = `/drone/src/${REPO}`;

function decode(v: unknown, what: string): Part[] {
  assert.equal(typeof v, 'string', `${what} is a string: ${JSON.stringify(v)}`);
  const d = composeDecode(v as string);
  assert.ok('parts' in d, `${what}: ${'error' in d ? d.error : ''}`);
  return d.parts;
}

const m = (v: unknown, what: string) => marked(decode(v, what));

/** Every string value of the file (not keys) reads through compose's interpolation without surprise. */
function walk(x: unknown, names: ReadonlySet<string>, path: string): void {
  if (x instanceof Map) for (const [k, v] of x) walk(v, names, `${path}/${String(k)}`);
  else if (Array.isArray(x)) x.forEach((v, i) => walk(v, names, `${path}/${i}`));
  else if (typeof x === 'string') {
    for (const ref of refsOf(decode(x, path))) assert.ok(names.has(ref), `${path}: \${${ref}} was not asked for`);
  }
}

function asMap(x: unknown, what: string): Map<unknown, unknown> {
  assert.ok(x instanceof Map, `${what} is a mapping`);
  return x;
}

function list(x: unknown, what: string): unknown[] {
  assert.ok(Array.isArray(x), `${what} is a list`);
  return x;
}

function checkVolumes(svc: Map<unknown, unknown>, s: ServiceSpec, env: Record<string, string>): void {
  const vols = list(svc.get('volumes'), `volumes of ${s.name}`);
  assert.deepEqual(vols.slice(0, 2), ['drone:/drone', `.:${WORKSPACE_PATH}`]);
  assert.equal(vols.length, 2 + s.volumes.length, `volumes of ${s.name}`);
  s.volumes.forEach((v, i) => {
    const got = decode(vols[2 + i], `volume ${i} of ${s.name}`);
    const want = model(volumeText(v));
    if (!v.host.startsWith('.')) {
      assert.equal(marked(got), marked(want), `volume ${i} of ${s.name}`);
      return;
    }
    // A relative host path is rewritten relative to the compose file: the same path once compose resolves it.
    assert.deepEqual(refsOf(got), refsOf(want), `references of volume ${i} of ${s.name}`);
    const suffix = `:${resolveParts(model(`${v.container}${v.mode ? `:${v.mode}` : ''}`), env)}`;
    const gotText = resolveParts(got, env);
    assert.ok(gotText.endsWith(suffix), `volume ${i} of ${s.name} ends with its container path: ${JSON.stringify(gotText)}`);
    const host = gotText.slice(0, gotText.length - suffix.length);
    const wantHost = resolveParts(model(v.host), env);
    assert.ok(host.startsWith('.'), `volume ${i} of ${s.name} stays relative: ${JSON.stringify(host)}`);
    assert.equal(posix.normalize(host), posix.normalize(wantHost), `host path of volume ${i} of ${s.name}: ${JSON.stringify(v.host)} written as ${JSON.stringify(host)}`);
  });
}

function checkFile(c: Case, out: string, names: ReadonlySet<string>, env: Record<string, string>): void {
  for (const version of ['1.1', '1.2'] as const) {
    const doc = asMap(readYaml(out, version), `the file (YAML ${version})`);
    walk(doc, new Set([...names, ...RUNTIME_VARIABLES]), '');
    const services = asMap(doc.get('services'), 'services');
    for (const s of c.services) {
      const svc = asMap(services.get(s.name), `service ${s.name} (YAML ${version})`);
      assert.deepEqual(decode(svc.get('image'), 'image'), [IMAGES[s.image]!.expected]);
      const want = expectedEnv(s.env).map((e) => [e.name, marked(e.value)]);
      if (want.length === 0) assert.equal(svc.get('environment'), undefined);
      else assert.deepEqual([...asMap(svc.get('environment'), 'environment')].map(([k, v]) => [k, m(v, `environment ${String(k)}`)]), want, `environment of ${s.name} (YAML ${version})`);
      if (s.entrypoint) assert.deepEqual(list(svc.get('entrypoint'), 'entrypoint').map((v) => m(v, 'entrypoint')), s.entrypoint.map((t) => marked(model(t))), `entrypoint of ${s.name}`);
      else assert.equal(svc.get('entrypoint'), undefined);
      if (s.command?.length) assert.deepEqual(list(svc.get('command'), 'command').map((v) => m(v, 'command')), s.command.map((t) => marked(model(t))), `command of ${s.name}`);
      else assert.ok(svc.get('command') === undefined || sameData(svc.get('command'), []), `no command for ${s.name}`);
      checkVolumes(svc, s, env);
    }
    if (c.build) {
      const b = asMap(services.get('build'), 'the build service');
      assert.deepEqual(b.get('entrypoint'), ['/bin/sh', '-e', '-c']);
      const merged = new Map<string, string>([['CI', 'true'], ['CI_NAME', 'drone'], ['DRONE', 'true'], ['DRONE_DIR', WORKSPACE_PATH]]);
      // Drone's build variables, from docker-compose's environment, with the README's defaults.
      const read = (name: string, fallback = '') => `\0{${name}:-${fallback}}\0`;
      const drone: [string, string][] = [['REPO', 'o/r'], ['BRANCH', ''], ['COMMIT', ''], ['BUILD_NUMBER', '0'], ['PULL_REQUEST', ''], ['JOB_NUMBER', '1'], ['TAG', '']];
      for (const [n, d] of drone) merged.set(`DRONE_${n}`, read(`DRONE_${n}`, d));
      for (const [n, d] of drone) merged.set(`CI_${n}`, read(`DRONE_${n}`, d));
      merged.set('CI_BUILD_DIR', WORKSPACE_PATH);
      merged.set('CI_BUILD_URL', read('CI_BUILD_URL'));
      for (const e of expectedEnv(c.build.env)) merged.set(e.name, marked(e.value));
      assert.deepEqual([...asMap(b.get('environment'), 'build environment')].map(([k, v]) => [k, m(v, `build environment ${String(k)}`)]), [...merged], 'build environment');
      const command = list(b.get('command'), 'build command');
      assert.equal(command.length, 1);
      checkBuildScript(m(command[0], 'build script'), c.build.commands.map((t) => ({ shown: shown(model(t)), body: marked(model(t)) })));
    }
  }
}


function check(c: Case, mustCompile: boolean): boolean {
  const data = droneData(c);
  const text = yamlText(data);
  assert.ok(sameData(readYaml(text, '1.1'), data), 'harness: YAML round trip');
  const { names, env } = refEnvironment(c);
  let result: ReturnType<typeof compile>;
  try {
    result = compile(text, { repo: REPO, trusted: true, targets: ['compose'] });
  } catch (e) {
    assert.fail(`compile threw ${String((e as Error).stack ?? e)}\ninput: ${JSON.stringify(text)}`);
  }
  const out = result.outputs.compose;
  // Compose interpolation knows no operation but a default without `$`; every other is refused for this target.
  const inexpressible = valueTexts(c).some((t) => badOperation(t) || model(t).some((p) => typeof p !== 'string' && p.op !== undefined && !(p.op.kind === 'default' && !p.op.word.includes('$'))));
  const mustFail = inexpressible || names.some((n) => n.startsWith('dc_') || isShellVariable(n)) || c.services.some((s) => invalidEnv(s.env)) || (c.build ? invalidEnv(c.build.env) : false);
  if (mustFail) assert.equal(out, undefined, 'a reserved name or an invalid environment name compiled');
  if (out === undefined) {
    const why = checkFailure(result.diagnostics);
    assert.equal(why, undefined, `${why}\ninput: ${JSON.stringify(text)}`);
    assert.ok(!mustCompile || mustFail, `a valid input does not compile: ${JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error'))}\ninput: ${JSON.stringify(text)}`);
    return false;
  }
  checkFile(c, out, new Set(names), env);
  return true;
}

describe('compose target: any string survives YAML and interpolation (property)', () => {
  it('valid inputs compile, and the compose file reads back as the intended values (YAML 1.1 and 1.2)', () => {
    fc.assert(
      fc.property(caseArb({ valid: true }), (c) => {
        check(c, true);
      }),
      params(runs(400)),
    );
  });

  it('free-form inputs either compile to exact values or fail with placed errors', () => {
    let compiled = 0;
    let total = 0;
    fc.assert(
      fc.property(caseArb({ valid: false }), (c) => {
        total++;
        if (check(c, false)) compiled++;
      }),
      params(runs(300, 0.5)),
    );
    console.log(`# free-form compose cases: ${compiled} of ${total} compiled`);
    assert.ok(compiled > 0 && compiled < total, 'both outcomes are exercised');
  });
});

describe('compose target: regressions found by the properties', () => {
  const compileVolume = (volume: string) =>
    compile(`compose:\n  db:\n    image: alpine:3\n    volumes:\n      - ${JSON.stringify(volume)}\n`, { repo: REPO, trusted: true, targets: ['compose'] });

  it('a relative volume path ending in `/.` before a $$NAME keeps its meaning', () => {
    for (const [input, want] of [['./a/.$$X:/c', 'a/.V'], ['./a/..$$X:/c', 'a/..V']] as const) {
      const out = compileVolume(input).outputs.compose!;
      const vols = list(asMap(asMap(asMap(readYaml(out, '1.2'), 'file').get('services'), 'services').get('db'), 'db').get('volumes'), 'volumes');
      const host = resolveParts(decode(vols[2], 'volume'), { X: 'V' }).replace(/:\/c$/, '');
      assert.equal(posix.normalize(host), want, `${input} is written ${JSON.stringify(vols[2])}`);
    }
  });

  it('keys that the yaml package reads as floats in YAML 1.1 (`e0`) are quoted', () => {
    const out = compile('compose:\n  e0:\n    image: alpine:3\n    environment:\n      E1: x\n', { repo: REPO, targets: ['compose'] }).outputs.compose!;
    const services = asMap(asMap(readYaml(out, '1.1'), 'file').get('services'), 'services');
    assert.ok(services.has('e0'), `service keys: ${JSON.stringify([...services.keys()].map(String))}`);
    assert.ok(asMap(asMap(services.get('e0'), 'e0').get('environment'), 'environment').has('E1'));
  });
});
