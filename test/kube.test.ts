/**
 * The Kubernetes target. Every fixture that compiles is emitted as a manifest, which must validate against the
 * Kubernetes API schema (kubernetes-models: Job, ConfigMap, and the Secrets the user creates), have no field the
 * API does not know, and keep our own invariants: services are sidecars before the build steps, every container
 * mounts /drone, build steps run their script in /drone/src/<repo>, no secret value is in the text, names are
 * DNS-1123 labels, values survive the kubelet's `$(VAR)` expansion, and the same input gives the same bytes.
 * The golden runner (test/golden.test.ts) keeps every fixture's `kube` run byte for byte. No cluster runs here: this is all the proof there is short of one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Job } from 'kubernetes-models/batch/v1';
import { ConfigMap, Secret } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { compile, type CompileResult } from '../src/compile.js';
import { sortDiagnostics, strictify, type Diagnostic } from '../src/diagnostics.js';
import { DEFAULT_CLONE_IMAGE, emitKube, kubeMemory, kubeNames, seconds, type KubeResult } from '../src/emit/kube.js';
import type { Project, Value } from '../src/ir.js';
import { applyOperation, isLiteral } from '../src/lower/values.js';
import { FIXTURES, fixtureNames, have, ROOT, SHARED, sharedAvailable, tempDir } from './helpers.js';

const REPO = 'github.com/octocat/hello-world';
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

interface Run {
  readonly compiled: CompileResult;
  readonly kube?: KubeResult;
  readonly diagnostics: Diagnostic[];
}

/** The compile options a fixture's arguments ask for (the flags that matter to the IR). */
function optionsOf(name: string): { trusted: boolean; strict: boolean; name?: string } | undefined {
  const dir = join(FIXTURES, name);
  if (existsSync(join(dir, 'runs.json'))) return undefined;
  const args = existsSync(join(dir, 'args.json')) ? (JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as string[]) : [];
  const at = args.indexOf('--name');
  return { trusted: args.includes('--trusted'), strict: args.includes('--strict'), ...(at !== -1 ? { name: args[at + 1]! } : {}) };
}

function run(text: string, options: { trusted?: boolean; strict?: boolean; name?: string } = {}, cloneImage?: string): Run {
  const compiled = compile(text, { repo: REPO, targets: ['sh'], ...options });
  if (!compiled.project || compiled.diagnostics.some((d) => d.severity === 'error')) return { compiled, diagnostics: [...compiled.diagnostics] };
  const kube = emitKube(compiled.project, { source: '.drone.yml', workspaceDir: '.', ...(cloneImage ? { cloneImage } : {}) });
  let diagnostics = sortDiagnostics([...compiled.diagnostics, ...kube.diagnostics]);
  if (options.strict) diagnostics = strictify(diagnostics);
  return { compiled, kube, diagnostics };
}

// ---- the API schema, and no unknown fields --------------------------------------------------------------

const MODELS = join(ROOT, 'node_modules', 'kubernetes-models');
const typeFiles = new Map<string, { props: Map<string, string | undefined> } | undefined>();

/**
 * The fields of a kubernetes-models interface, read from its declaration file: each with the file of its type
 * when that is another model of the package (so that nested objects are checked too), else undefined.
 */
function fieldsOf(file: string): Map<string, string | undefined> | undefined {
  if (typeFiles.has(file)) return typeFiles.get(file)?.props;
  const text = readFileSync(file, 'utf8');
  const imports = new Map<string, string>();
  for (const m of text.matchAll(/^import \{ (\w+) \} from "(\.[^"]+)";$/gm)) imports.set(m[1]!, join(dirname(file), `${m[2]!}.d.ts`));
  const body = /^export interface I\w+ \{\n([\s\S]*?)^\}/m.exec(text)?.[1];
  if (body === undefined) {
    typeFiles.set(file, undefined);
    return undefined;
  }
  const props = new Map<string, string | undefined>();
  for (const m of body.matchAll(/^ {4}"([^"]+)"\??: (?:Array<)?(\w+)/gm)) props.set(m[1]!, imports.get(m[2]!));
  typeFiles.set(file, { props });
  return props;
}

/** Every key of an object (and of the objects in it) is a field of its API type. */
function knownFields(obj: unknown, file: string, path: string): void {
  if (Array.isArray(obj)) {
    obj.forEach((x, i) => knownFields(x, file, `${path}/${i}`));
    return;
  }
  if (obj === null || typeof obj !== 'object') return;
  const fields = fieldsOf(file);
  if (!fields) return;
  for (const [key, value] of Object.entries(obj)) {
    assert.ok(fields.has(key), `${path}/${key} is not a field of ${file.slice(MODELS.length)}`);
    const inner = fields.get(key);
    if (inner) knownFields(value, inner, `${path}/${key}`);
  }
}

interface Container {
  name: string;
  image: string;
  restartPolicy?: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } } }[];
  volumeMounts: { name: string; mountPath: string; subPath?: string }[];
  startupProbe?: { exec: { command: string[] } };
}
interface Manifest {
  configMap: { metadata: { name: string }; data: Record<string, string> };
  job: {
    metadata: { name: string };
    spec: { template: { spec: { initContainers: Container[]; containers: Container[]; volumes: { name: string; configMap?: { name: string } }[]; imagePullSecrets?: { name: string }[] } } };
  };
}

/** Parses a manifest and validates each object against the API schema and its fields. */
function validate(text: string): Manifest {
  const docs = parseAllDocuments(text);
  assert.ok(Array.isArray(docs), 'the manifest parses as YAML documents');
  for (const d of docs) assert.deepEqual(d.errors, [], 'the manifest is valid YAML');
  const [configMap, job] = docs.map((d) => d.toJS() as Record<string, unknown>);
  assert.equal(docs.length, 2);
  assert.equal(configMap!['kind'], 'ConfigMap');
  assert.equal(job!['kind'], 'Job');
  new ConfigMap(configMap as never).validate();
  new Job(job as never).validate();
  knownFields(configMap, join(MODELS, 'v1', 'ConfigMap.d.ts'), 'ConfigMap');
  knownFields(job, join(MODELS, 'batch', 'v1', 'Job.d.ts'), 'Job');
  return { configMap, job } as unknown as Manifest;
}

/** The kubelet's `$(VAR)` expansion of command, args and env values: `$$` is `$`, `$(NAME)` a variable. */
function kubeletExpand(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '$' || i + 1 >= s.length) {
      out += s[i];
      continue;
    }
    const next = s[i + 1];
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '(') {
      const close = s.indexOf(')', i + 2);
      assert.equal(close, -1, `the manifest must not reference a variable: ${s}`);
      out += s.slice(i);
      break;
    } else out += '$';
  }
  return out;
}

/** Our invariants over one manifest of a project. */
function invariants(m: Manifest, p: Project, compiled: CompileResult, text: string): void {
  const names = kubeNames(p.name);
  const pod = m.job.spec.template.spec;
  const all = [...pod.initContainers, ...pod.containers];
  for (const n of [m.job.metadata.name, m.configMap.metadata.name, ...Object.values(names), ...all.map((c) => c.name), ...pod.volumes.map((v) => v.name)]) {
    assert.match(n, LABEL, `${n} is a DNS-1123 label`);
    assert.ok(n.length <= 63, `${n} is at most 63 characters`);
  }
  assert.equal(new Set(all.map((c) => c.name)).size, all.length, 'container names are unique');
  // The clone first, then the services as sidecars in order, then the build steps in order, the last as the main container.
  assert.equal(pod.initContainers[0]!.name, 'clone');
  const sidecars = pod.initContainers.filter((c) => c.restartPolicy === 'Always');
  assert.deepEqual(pod.initContainers.slice(1, 1 + p.services.length), sidecars, 'sidecars come right after the clone, before every step');
  assert.equal(sidecars.length, p.services.length);
  const steps = [...pod.initContainers.slice(1 + p.services.length), ...pod.containers];
  assert.equal(pod.containers.length, 1);
  // A file without a build gets one step that runs nothing in the holder's image: the Job ends once the services are ready.
  const images = p.build.length > 0 ? p.build.map((b) => b.image.join('')) : [p.holder.image];
  assert.equal(steps.length, images.length);
  p.services.forEach((s, i) => assert.equal(sidecars[i]!.image, s.image.join('')));
  const drone = pod.volumes.find((v) => v.name === 'drone');
  assert.ok(drone, 'the pod has the /drone volume');
  for (const c of all) assert.ok(c.volumeMounts.some((v) => v.name === 'drone' && v.mountPath === '/drone' && v.subPath === undefined), `${c.name} mounts /drone`);
  for (const [i, c] of steps.entries()) {
    assert.equal(c.workingDir, p.workspacePath, `${c.name} works in the workspace`);
    assert.deepEqual(c.command, ['/bin/sh', `/drone-compose/${c.name}.sh`]);
    assert.equal(c.image, images[i]);
    assert.ok(c.volumeMounts.some((v) => v.mountPath === '/drone-compose' && pod.volumes.find((x) => x.name === v.name)?.configMap?.name === m.configMap.metadata.name));
    assert.equal(typeof m.configMap.data[`${c.name}.sh`], 'string', `the script of ${c.name} is in the ConfigMap`);
  }
  assert.match(m.configMap.data['clone.sh']!, new RegExp(`cd ${p.workspacePath.replace(/\./g, '\\.')}\n`), 'the clone checks out into the workspace');
  const fixed: Record<string, string> = { CI: 'true', CI_NAME: 'drone', DRONE: 'true', DRONE_DIR: p.workspacePath, CI_BUILD_DIR: p.workspacePath };
  // Values: what the kubelet makes of each literal is the IR's value; a reference is never text.
  p.services.forEach((s, i) => {
    for (const e of s.environment) {
      const out = sidecars[i]!.env?.find((x) => x.name === e.name);
      assert.ok(out, `${s.name} has ${e.name}`);
      if (isLiteral(e.value)) assert.equal(kubeletExpand(out.value!), e.value.join(''));
      else if (e.value.length === 1 && Object.hasOwn(fixed, (e.value[0] as { env: string }).env)) {
        // Drone's fixed build values are known when the file is compiled.
        assert.equal(out.value, fixed[(e.value[0] as { env: string }).env]);
      } else {
        assert.equal(out.value, undefined, `${e.name} of ${s.name} is not written as text`);
        assert.ok(out.valueFrom?.secretKeyRef ?? out.valueFrom?.configMapKeyRef);
      }
    }
    // `entrypoint: ""` clears the image's entrypoint: the words after it are the whole command.
    const cleared = s.entrypoint !== undefined && s.entrypoint[0]?.join('') === '';
    const args = [...(s.entrypoint ?? []).slice(cleared ? 1 : 0), ...(s.command ?? [])];
    const written = [...(sidecars[i]!.command ?? []), ...(sidecars[i]!.args ?? [])].map(kubeletExpand);
    assert.deepEqual(written, args.map((w) => w.join('')));
  });
  for (const c of all) for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef) assert.equal(e.valueFrom.secretKeyRef.name, names.secrets);
  // Registry credentials never reach the manifest: it is the same whatever they are.
  const other = <T extends { auth?: { username: Value; password: Value } }>(c: T): T => (c.auth ? { ...c, auth: { ...c.auth, username: ['someone-else'], password: ['an0ther-passw0rd'] } } : c);
  const blind = emitKube({ ...p, services: p.services.map(other), build: p.build.map(other) }, { source: '.drone.yml', workspaceDir: '.' });
  assert.equal(blind.text, text, 'the manifest does not depend on registry credentials');
  for (const secret of compiled.secrets) assert.ok(!text.replace(/--docker-password=PASSWORD/g, '').includes(secret), 'no credential in the manifest');
  const usesAuth = [...p.services, ...p.build].some((c) => c.auth);
  assert.deepEqual(pod.imagePullSecrets, usesAuth ? [{ name: names.registry }] : undefined);
  // The Secrets the user creates for it are valid objects with the keys the manifest reads.
  const keys = [...new Set(all.flatMap((c) => (c.env ?? []).flatMap((e) => (e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef.key] : []))))];
  new Secret({ metadata: { name: names.secrets }, stringData: Object.fromEntries(keys.map((k) => [k, 'x'])) }).validate();
  new Secret({ metadata: { name: names.registry }, type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': '{}' } }).validate();
  new ConfigMap({ metadata: { name: names.build }, data: { DRONE_REMOTE: 'https://example.com/r.git', DRONE_COMMIT: 'abc' } }).validate();
}

/** Every script of every manifest, checked by shellcheck at the end in one run. */
const scripts: string[] = [];

describe('the kube target on every fixture', () => {
  for (const name of fixtureNames()) {
    const options = optionsOf(name);
    if (!options) continue;
    it(name, () => {
      const text = readFileSync(join(FIXTURES, name, '.drone.yml'), 'utf8');
      const r = run(text, options);
      const failed = r.diagnostics.some((d) => d.severity === 'error');
      if (!r.kube || failed) return;
      assert.ok(r.kube.text.startsWith('# Code generated by drone-compose from .drone.yml; DO NOT EDIT.\n'));
      const m = validate(r.kube.text);
      invariants(m, r.compiled.project!, r.compiled, r.kube.text);
      assert.equal(run(text, options).kube!.text, r.kube.text, 'same input, same bytes');
      for (const s of Object.values(m.configMap.data)) scripts.push(s);
    });
  }

  it('every script passes shellcheck', (t) => {
    if (!have('shellcheck')) {
      if (process.env['CI'] === 'true') assert.fail('shellcheck is not installed');
      t.skip('shellcheck is not installed');
      return;
    }
    assert.ok(scripts.length > 20, 'the fixtures gave scripts to check');
    const dir = tempDir('dc-kube-sh-');
    const files = scripts.map((s, i) => {
      const f = join(dir, `${i}.sh`);
      writeFileSync(f, s);
      return f;
    });
    const r = spawnSync('shellcheck', ['--shell=sh', '--severity=warning', ...files], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});

describe('kube: values', () => {
  it('converts Docker memory sizes to the same number of bytes', () => {
    assert.equal(kubeMemory('512m'), '512Mi');
    assert.equal(kubeMemory('512M'), '512Mi');
    assert.equal(kubeMemory('2g'), '2Gi');
    assert.equal(kubeMemory('64k'), '64Ki');
    assert.equal(kubeMemory('536870912'), '536870912');
    assert.equal(kubeMemory('100b'), '100');
    assert.equal(kubeMemory('1.5g'), String(1.5 * 1024 ** 3));
    assert.equal(kubeMemory('0.1k'), '102', 'Docker truncates the bytes of a fraction');
  });

  it('reads Go durations in whole seconds, rounded up', () => {
    assert.equal(seconds('1s'), 1);
    assert.equal(seconds('1m30s'), 90);
    assert.equal(seconds('500ms'), 1);
    assert.equal(seconds('2.5s'), 3);
    assert.equal(seconds('1h'), 3600);
    // Go reads microseconds as `us`, with the micro sign (U+00B5) and with the Greek mu (U+03BC).
    assert.equal(seconds('1500000\u00b5s'), 2);
    assert.equal(seconds('1500000\u03bcs'), 2);
    assert.equal(seconds('1500000us'), 2);
    assert.equal(seconds(undefined), undefined);
    assert.equal(seconds('0s'), 0);
  });

  it("keeps Docker's health-check defaults and its first check after one interval", () => {
    const probe = (hc: string) => {
      const r = run(`compose:\n  db:\n    image: postgres\n    healthcheck: ${hc}\nbuild:\n  image: alpine\n  commands: [x]\n`);
      const job = parseAllDocuments(r.kube!.text).map((d) => d.toJS() as { kind: string; spec?: { template: { spec: { initContainers: { name: string; startupProbe?: Record<string, unknown> }[] } } } }).find((o) => o.kind === 'Job')!;
      const { exec: _exec, ...fields } = job.spec!.template.spec.initContainers.find((c) => c.startupProbe)!.startupProbe!;
      return fields;
    };
    // retries 0 and interval 0s are Docker's defaults (3 failures, 30 s), not a probe that gives up at once.
    assert.deepEqual(probe('{test: [CMD, pg_isready], retries: 0, interval: 0s}'), { initialDelaySeconds: 30, periodSeconds: 30, timeoutSeconds: 30, failureThreshold: 3 });
    assert.deepEqual(probe('{test: [CMD, pg_isready], interval: 2s, timeout: 1s, retries: 5, start_period: 10s}'), { initialDelaySeconds: 2, periodSeconds: 2, timeoutSeconds: 1, failureThreshold: 10 });
  });

  it('refuses, located, a health check longer than a probe can say', () => {
    const r = run('compose:\n  db:\n    image: postgres\n    healthcheck: {test: [CMD, pg_isready], interval: 999999h}\nbuild:\n  image: alpine\n  commands: [x]\n');
    const [d] = r.kube!.diagnostics;
    assert.equal(d?.code, 'unsupported-option');
    assert.ok(d!.span, 'located');
  });

  it('pins the clone image, and takes another from the context', () => {
    const text = 'build:\n  image: golang:1.5\n  commands: [go test]\n';
    assert.match(run(text).kube!.text, new RegExp(`image: "${DEFAULT_CLONE_IMAGE}"`));
    assert.match(run(text, {}, 'registry.example.com/git:1').kube!.text, /image: "registry.example.com\/git:1"/);
  });

  it('refuses a clone image that is not one image reference', () => {
    const r = run('build:\n  image: golang:1.5\n  commands: [go test]\n', {}, '--privileged');
    assert.equal(r.kube!.text, '');
    assert.deepEqual(r.kube!.diagnostics.map((d) => [d.severity, d.code]), [['error', 'usage']]);
  });

  it('refuses scripts that a ConfigMap cannot hold, at the build', () => {
    const text = `build:\n  image: golang:1.5\n  commands:\n    - echo ${'x'.repeat(600 * 1024)}\n`;
    const r = run(text);
    assert.equal(r.kube!.text, '');
    const [d] = r.kube!.diagnostics;
    assert.equal(d?.code, 'unsupported-option');
    assert.match(d!.message, /more than the 1048576 a ConfigMap may hold/);
    assert.equal(text.slice(d!.span![0], d!.span![1]), 'commands');
  });

  it('derives DNS-1123 names from the project name', () => {
    const text = 'build:\n  image: golang:1.5\n  commands: [go test]\n';
    const r = run(text, { name: 'my_project-' + 'x'.repeat(80) });
    const m = validate(r.kube!.text);
    assert.match(m.job.metadata.name, /^my-project-x+$/);
    assert.ok(`${m.job.metadata.name}-registry`.length <= 63);
  });

  it('substitutes $$ references into build commands and computed environment values as Drone did, whatever their values', () => {
    const text = [
      'build:',
      '  image: golang:1.5',
      '  environment:',
      '    - COMPUTED=v$${TOKEN##pre}-$$BRANCH',
      '    - PLAIN=as $$ written $(x)',
      '  commands:',
      '    - echo $$TOKEN "$$TOKEN" $${UNSET=fallback} $${TOKEN##pre} $${TOKEN%%post} $$DRONE_REPO $$COMMIT',
      '    - echo $${TOKEN/ /_} $${TOKEN:2} $${TOKEN:1:3} $${COMMIT:0:4}',
    ].join('\n');
    const r = run(text);
    const m = validate(r.kube!.text);
    const script = m.configMap.data['build.sh']!;
    const step = r.compiled.project!.build[0]!;
    const values = ['pre\'"$`\\ x; $(touch /tmp/no) post', 'plain', '', 'é ü \n two lines'];
    for (const token of values) {
      // Run the script as the container would, with /bin/sh -e -c replaced by printing the text it would run and the environment.
      const probe = script.replace('exec /bin/sh -e -c ', "exec /bin/sh -c 'printf %s \"$1\"; printf \"[%s]\\n\" \"$COMPUTED\"; env' sh ");
      assert.notEqual(probe, script);
      const out = spawnSync('sh', ['-c', probe], { encoding: 'utf8', env: { PATH: process.env['PATH']!, dc_secret_TOKEN: token, dc_build_DRONE_COMMIT: 'c0ffee', dc_build_DRONE_BRANCH: 'main' } });
      assert.equal(out.status, 0, out.stderr);
      const run = { TOKEN: token, DRONE_REPO: 'octocat/hello-world', COMMIT: 'c0ffee', BRANCH: 'main' } as Record<string, string>;
      const substitute = (v: Value) => v.map((p) => (typeof p === 'string' ? p : applyOperation(p, run[p.env]))).join('');
      for (const command of step.commands) {
        const expected = substitute(command);
        assert.ok(out.stdout.includes(`\n${expected}\n`), `${JSON.stringify(out.stdout)} has the command as Drone substituted it: ${JSON.stringify(expected)}`);
      }
      const computed = substitute(step.environment.find((e) => e.name === 'COMPUTED')!.value);
      assert.ok(out.stdout.includes(`[${computed}]\n`), `COMPUTED is ${JSON.stringify(computed)}`);
      assert.doesNotMatch(out.stdout, /^dc_(secret|build)_/m, 'the run\'s values are not left in the build\'s environment');
      assert.match(out.stdout, /^DRONE_BRANCH=main$/m);
      assert.match(out.stdout, /^DRONE_BUILD_NUMBER=0$/m);
      assert.match(out.stdout, /^CI_COMMIT=c0ffee$/m);
    }
    const env = m.job.spec.template.spec.containers[0]!.env!;
    assert.deepEqual(env.find((e) => e.name === 'dc_secret_TOKEN')?.valueFrom?.secretKeyRef, { name: 'hello-world-secrets', key: 'TOKEN' });
    assert.equal(env.find((e) => e.name === 'dc_secret_UNSET')?.valueFrom?.secretKeyRef?.key, 'UNSET');
    assert.equal(kubeletExpand(env.find((e) => e.name === 'PLAIN')!.value!), 'as $$ written $(x)');
    assert.equal(env.find((e) => e.name === 'COMPUTED'), undefined, 'a computed value is set by the script, not the pod');
  });

  it("reads Drone's substitutions from the same ConfigMap key in services and in steps", () => {
    const r = run('compose:\n  app:\n    image: alpine\n    environment:\n      - N=$$BUILD_NUMBER\nbuild:\n  image: alpine\n  commands:\n    - echo "n=$$BUILD_NUMBER"\n');
    const m = validate(r.kube!.text);
    const sidecar = m.job.spec.template.spec.initContainers!.find((c) => c.name === 'app')!;
    assert.deepEqual(sidecar.env!.find((e) => e.name === 'N')!.valueFrom!.configMapKeyRef, { name: 'hello-world-build', key: 'DRONE_BUILD_NUMBER', optional: true });
    const probe = m.configMap.data['build.sh']!.replace('exec /bin/sh -e -c ', "exec /bin/sh -c 'printf %s \"$1\"' sh ");
    for (const [env, want] of [[{ dc_build_DRONE_BUILD_NUMBER: '7' }, 'n=7'], [{ dc_build_BUILD_NUMBER: '9' }, 'n=0']] as const) {
      const out = spawnSync('sh', ['-c', probe], { encoding: 'utf8', env: { PATH: process.env['PATH']!, ...env } });
      assert.equal(out.status, 0, out.stderr);
      assert.ok(out.stdout.includes(`echo ${want}`) || out.stdout.includes(want), `${JSON.stringify(env)}: ${out.stdout}`);
    }
  });
});

describe('kube: the real world and arbitrary values', () => {
  const corpus = join(SHARED, 'corpus', 'drone04');
  const files = sharedAvailable() ? readdirSync(corpus).filter((f) => f.endsWith('.yml')).sort() : [];

  it('every corpus file gives a valid manifest or only located diagnostics', { skip: sharedAvailable() ? false : `../shared is not beside the checkout (looked for ${SHARED})` }, () => {
    let manifests = 0;
    for (const file of files) {
      const text = readFileSync(join(corpus, file), 'utf8');
      const r = run(text, { trusted: true });
      assert.ok(r.kube, `${file} compiles`);
      for (const d of r.kube.diagnostics) {
        if (d.code === 'empty-build') continue;
        assert.ok(d.span, `${file}: ${d.message} has a place`);
      }
      if (r.kube.text === '') continue;
      manifests++;
      invariants(validate(r.kube.text), r.compiled.project!, r.compiled, r.kube.text);
    }
    // Three files read a $$ variable in an image, which a manifest cannot carry; the rest give manifests.
    assert.ok(manifests >= 50, `${manifests} of ${files.length} corpus files give a manifest (50 of 53 when this was written)`);
  });

  it('carries any literal string in environment values and commands through the kubelet unchanged', () => {
    const runs = Number(process.env['FUZZ_RUNS'] ?? 300);
    const char = fc.oneof(fc.constantFrom('$', '(', ')', '{', '}', '"', "'", '\\', '\n', '\t', ' ', '#', ':', '-', 'é', '\u2028', '😀', 'a', 'Z', '0'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
    const literal = fc.array(char, { maxLength: 20 }).map((cs) => cs.join('')).filter((s) => !s.includes('$$') && !s.includes('\0'));
    fc.assert(
      fc.property(literal, literal, literal, (value, arg, stepValue) => {
        const text = [
          'compose:',
          '  svc:',
          '    image: alpine:3.4',
          `    environment: {V: ${JSON.stringify(value)}}`,
          `    command: [run, ${JSON.stringify(arg)}]`,
          '    expose: []',
          'build:',
          '  image: golang:1.5',
          `  environment: {W: ${JSON.stringify(stepValue)}}`,
          '  commands: [go test]',
        ].join('\n');
        const r = run(text);
        assert.ok(r.kube && r.kube.text !== '', JSON.stringify(r.diagnostics.map((d) => d.message)));
        const m = validate(r.kube.text);
        const pod = m.job.spec.template.spec;
        const svc = pod.initContainers.find((c) => c.name === 'svc')!;
        assert.equal(kubeletExpand(svc.env!.find((e) => e.name === 'V')!.value!), value);
        assert.deepEqual(svc.args!.map(kubeletExpand), ['run', arg]);
        assert.equal(kubeletExpand(pod.containers[0]!.env!.find((e) => e.name === 'W')!.value!), stepValue);
      }),
      { numRuns: runs },
    );
  });
});
