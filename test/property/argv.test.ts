/**
 * Property: whatever strings a .drone.yml carries (environment names and values, command and entrypoint words,
 * volume paths, registry credentials, and the values of `$$NAME` references), the emitted sh script hands them
 * to docker byte for byte under every shell, never evaluates them, and sends the password only on stdin.
 * Expected values come from the generated input and the README's rules, not from the compiler's IR.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compile } from '../../src/compile.js';
import { fakeDocker, runScript, splitRun, type Call } from '../fakedocker.js';
import { distinctShells, have, tempDir } from '../helpers.js';
import { checkBuildScript } from './check.js';
import {
  badOperation, caseArb, checkFailure, droneData, expectedEnv, IMAGES, invalidEnv, model, params, readYaml, refEnvironment, resolveParts, runs,
  sameData, shellManaged, shown, valueTexts, volumeText, yamlText, type Case, type Part,
} from './gen.js';

const REPO = 'github.com/o/r';
const PROJECT = 'r';
const WORKSPACE_PATH = `/drone/src/${REPO}`;
// Each shell program once: where /bin/sh is dash, `dash` is not run again under its own name.
const OTHER_SHELLS = distinctShells(['sh', 'dash', 'bash', 'busybox sh']).filter((s) => s !== 'sh');

/** Flags of docker run that take a value (as in test/fakedocker.ts). */
const VALUE_FLAGS = new Set(['--name', '--label', '--network', '--volume', '--env', '--device', '--memory', '--cpuset-cpus', '--entrypoint', '--workdir', '--dns', '--add-host']);

/** A recorded `docker run`, its flags read pairwise (a value that looks like a flag stays a value). */
function parseRun(argv: readonly string[]) {
  const flags: [string, string | undefined][] = [];
  let i = 1;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    if (VALUE_FLAGS.has(argv[i]!)) {
      flags.push([argv[i]!, argv[i + 1]]);
      i += 2;
    } else {
      flags.push([argv[i]!, undefined]);
      i += 1;
    }
  }
  const { image, args } = splitRun(argv);
  assert.equal(image, argv[i], 'splitRun and the pairwise reading agree on the image');
  const values = (flag: string) => flags.filter(([f]) => f === flag).map(([, v]) => v!);
  return { flags, values, image, args };
}

function runCall(calls: readonly Call[], name: string): ReturnType<typeof parseRun> {
  const found = calls.filter((c) => c.argv[0] === 'run').map((c) => parseRun(c.argv)).filter((r) => r.values('--name').includes(name));
  assert.equal(found.length, 1, `one docker run --name ${name}`);
  return found[0]!;
}

interface Outcome {
  readonly compiled: boolean;
}

/** Compiles one case and, when it compiles, runs `up` (and `build`) under `shell`, checking every argv. */
function check(c: Case, shell: string, mustCompile: boolean): Outcome {
  const data = droneData(c);
  const text = yamlText(data);
  // The harness's own YAML must say what it meant, in both dialects.
  assert.ok(sameData(readYaml(text, '1.1'), data), `harness: YAML 1.1 round trip of ${JSON.stringify(text)}`);

  let result: ReturnType<typeof compile>;
  try {
    result = compile(text, { repo: REPO, trusted: true, targets: ['sh'] });
  } catch (e) {
    assert.fail(`compile threw ${String((e as Error).stack ?? e)}\ninput: ${JSON.stringify(text)}`);
  }
  const { names, env } = refEnvironment(c);
  // `$$` and a name can also meet by chance (`$$` + `_`); names the shell manages are probed separately.
  fc.pre(!names.some((n) => shellManaged(n) && !(n.startsWith('dc_') && !mustCompile)));
  const reserved = names.filter((n) => n.startsWith('dc_'));
  const badEnv = c.services.some((s) => invalidEnv(s.env)) || (c.build ? invalidEnv(c.build.env) : false);
  const script = result.outputs.sh;
  const badOp = valueTexts(c).some(badOperation);
  if (reserved.length || badEnv || badOp) assert.equal(script, undefined, 'a reserved name, an invalid environment name or an unknown operation compiled');
  // A bad name is reported and its value is not read; a reserved name elsewhere is reported as such.
  if (badEnv) assert.ok(result.diagnostics.some((d) => d.severity === 'error' && d.code === 'invalid-environment'), 'an invalid environment name is refused');
  else if (reserved.length) assert.ok(result.diagnostics.some((d) => d.severity === 'error' && d.code === 'reserved-variable'), `$$${reserved[0]} is refused`);
  if (script === undefined) {
    const why = checkFailure(result.diagnostics);
    assert.equal(why, undefined, `${why}\ninput: ${JSON.stringify(text)}`);
    assert.ok(!mustCompile || badOp, `a valid input does not compile: ${JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error'))}\ninput: ${JSON.stringify(text)}`);
    return { compiled: false };
  }

  const dir = tempDir('dc-prop-argv-');
  try {
    const path = join(dir, 'services.sh');
    writeFileSync(path, script);
    const fake = fakeDocker();
    try {
      const canary = join(dir, 'CANARY');
      const up = runScript(shell, path, ['up'], fake, env, dir);
      assert.ok(!existsSync(canary), 'up evaluated a value: CANARY exists');
      assert.equal(up.status, 0, `up failed: ${up.stderr}`);
      let calls = fake.calls();
      checkUp(c, calls, env, dir);
      if (c.build) {
        const build = runScript(shell, path, ['build'], fake, env, dir);
        assert.ok(!existsSync(canary), 'build evaluated a value: CANARY exists');
        assert.equal(build.status, 0, `build failed: ${build.stderr}`);
        calls = fake.calls();
        const lines = checkBuild(c, calls, env, dir);
        const [cmd, ...pre] = shell.split(' ');
        const echo = spawnSync(cmd!, [...pre, '-c', lines.join('\n')], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } });
        assert.ok(!existsSync(canary), 'an echo line evaluated the command: CANARY exists');
        assert.equal(echo.stdout, c.build.commands.map((t) => `+ ${shown(model(t, true))}\n`).join(''), 'the echo lines print each command as written');
      }
    } finally {
      rmSync(fake.bin, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { compiled: true };
}

const r = (parts: Part[], env: Record<string, string>) => resolveParts(parts, env);

function checkUp(c: Case, calls: readonly Call[], env: Record<string, string>, dir: string): void {
  const intended = new Set<string>();
  for (const s of c.services) {
    const run = runCall(calls, `${PROJECT}-${s.name}`);
    const envs = expectedEnv(s.env).map((e) => `${e.name}=${r(e.value, env)}`);
    assert.deepEqual(run.values('--env'), envs, `environment of ${s.name}`);
    assert.equal(run.image, IMAGES[s.image]!.expected, `image of ${s.name}`);
    const entry = (s.entrypoint ?? []).map((t) => r(model(t), env));
    assert.deepEqual(run.values('--entrypoint'), entry.slice(0, 1), `entrypoint of ${s.name}`);
    const args = [...entry.slice(1), ...(s.command ?? []).map((t) => r(model(t), env))];
    assert.deepEqual(run.args, args, `arguments of ${s.name}`);
    const mounts = s.volumes.map((v) => {
      const whole = r(model(volumeText(v)), env);
      return v.host.startsWith('.') ? `${dir}/${whole}` : whole;
    });
    assert.deepEqual(run.values('--volume'), [`${PROJECT}-drone:/drone`, `${dir}:${WORKSPACE_PATH}`, ...mounts], `volumes of ${s.name}`);
    assert.deepEqual(run.values('--network'), [`container:${PROJECT}-holder`]);
    assert.deepEqual(
      run.flags.map(([f]) => f),
      ['--detach', '--name', '--label', '--network', '--volume', '--volume', ...mounts.map(() => '--volume'), ...envs.map(() => '--env'), ...entry.slice(0, 1).map(() => '--entrypoint'), '--'],
      `no other flags for ${s.name}; \`--\` ends them before the image`,
    );
    for (const x of [...envs, ...args, ...mounts, ...entry]) intended.add(x);
  }

  // Pulls and registry logins, in service order.
  const logins = calls.filter((x) => x.argv.includes('login'));
  const withAuth = c.services.filter((s) => s.auth);
  assert.equal(logins.length, withAuth.length, 'one docker login per service with credentials');
  withAuth.forEach((s, i) => {
    const login = logins[i]!;
    const user = r(model(s.auth!.username), env);
    const password = r(model(s.auth!.password), env);
    const registry = IMAGES[s.image]!.registry;
    const config = login.config!;
    assert.ok(config, 'docker login with a temporary DOCKER_CONFIG');
    assert.equal(login.authFile, `${config}/auth.json`, 'and the same folder for podman');
    assert.deepEqual(login.argv, ['login', '--username', user, '--password-stdin', ...(registry ? [registry] : [])], 'docker login');
    assert.equal(login.stdin, password, 'the password goes on standard input, byte for byte');
    assert.ok(calls.some((x) => x.config === config && x.argv.join('\0') === ['pull', '--', IMAGES[s.image]!.expected].join('\0')), 'pulls with that config');
    assert.ok(!existsSync(config), 'the temporary docker config is removed');
    intended.add(user);
  });
  for (const s of withAuth) {
    const password = r(model(s.auth!.password), env);
    if (intended.has(password) || FIXED.has(password) || Object.values(IMAGES).some((i) => i.expected === password || i.registry === password)) continue;
    for (const x of calls) assert.ok(!x.argv.includes(password), `the password ${JSON.stringify(password)} is on a command line: ${JSON.stringify(x.argv)}`);
  }
  for (const s of c.services.filter((x) => x.pull && !x.auth)) {
    assert.ok(calls.some((x) => x.argv.join('\0') === `pull\0--\0${IMAGES[s.image]!.expected}`), `docker pull for ${s.name}`);
  }
}

/** Words the script itself passes to docker, whatever the input. */
const FIXED = new Set([
  'rm', '--force', '--volumes', 'volume', 'create', '--label', '--detach', '--name', '--network', '--volume', '--init', '--entrypoint', 'sleep',
  '2147483647', 'busybox:1.36.1', 'container', 'inspect', '--format', '{{.State.Running}}', 'pull', '--', 'image', 'login', '--username',
  '--password-stdin', 'run', '--rm', '--workdir', '/bin/sh', '-e', '-c', '--env', `${PROJECT}-drone`, `${PROJECT}-holder`, `container:${PROJECT}-holder`,
  `io.drone-compose.project=${PROJECT}`, `${PROJECT}-drone:/drone`, WORKSPACE_PATH,
]);

function checkBuild(c: Case, calls: readonly Call[], env: Record<string, string>, dir: string): string[] {
  const b = c.build!;
  const run = runCall(calls, `${PROJECT}-build`);
  const merged = new Map<string, string>([['CI', 'true'], ['CI_NAME', 'drone'], ['DRONE', 'true'], ['DRONE_DIR', WORKSPACE_PATH]]);
  // Drone's build variables: the host's, else the README's defaults (the folder is no git checkout).
  const drone: [string, string][] = [['REPO', 'o/r'], ['BRANCH', ''], ['COMMIT', ''], ['BUILD_NUMBER', '0'], ['PULL_REQUEST', ''], ['JOB_NUMBER', '1'], ['TAG', '']];
  for (const [n, d] of drone) merged.set(`DRONE_${n}`, env[`DRONE_${n}`] ?? d);
  for (const [n, d] of drone) merged.set(`CI_${n}`, env[`DRONE_${n}`] ?? d);
  merged.set('CI_BUILD_DIR', WORKSPACE_PATH);
  merged.set('CI_BUILD_URL', env['CI_BUILD_URL'] ?? '');
  for (const e of expectedEnv(b.env)) merged.set(e.name, r(e.value, env));
  assert.deepEqual(run.values('--env'), [...merged].map(([n, v]) => `${n}=${v}`), 'build environment: Drone’s, then the step’s, a later name in its place');
  assert.deepEqual(run.values('--volume'), [`${PROJECT}-drone:/drone`, `${dir}:${WORKSPACE_PATH}`]);
  assert.deepEqual(run.values('--workdir'), [WORKSPACE_PATH]);
  assert.deepEqual(run.values('--entrypoint'), ['/bin/sh']);
  assert.equal(run.image, b.image.includes(':') ? b.image : `${b.image}:latest`);
  assert.deepEqual(run.args.slice(0, 2), ['-e', '-c']);
  assert.equal(run.args.length, 3);
  return checkBuildScript(
    run.args[2]!,
    b.commands.map((t) => ({ shown: shown(model(t, true)), body: r(model(t, true), env) })),
  );
}

// ---- properties -------------------------------------------------------------------------------------------

describe('sh target: any string reaches docker byte for byte (property)', () => {
  it('valid inputs compile, and under /bin/sh docker receives exactly the intended values', () => {
    fc.assert(
      fc.property(caseArb({ valid: true }), (c) => {
        check(c, 'sh', true);
      }),
      params(runs(12)),
    );
  });

  for (const shell of OTHER_SHELLS) {
    it(`valid inputs under ${shell}`, () => {
      fc.assert(
        fc.property(caseArb({ valid: true }), (c) => {
          check(c, shell, true);
        }),
        params(runs(4, 0.2)),
      );
    });
  }

  it('free-form inputs (bad names, relative container paths, reserved names) either compile and run exactly, or fail with placed errors', () => {
    let compiled = 0;
    let total = 0;
    fc.assert(
      fc.property(caseArb({ valid: false }), (c) => {
        total++;
        if (check(c, 'sh', false).compiled) compiled++;
      }),
      params(runs(20, 0.3)),
    );
    console.log(`# free-form sh cases: ${compiled} of ${total} compiled`);
    assert.ok(compiled > 0 && compiled < total, 'both outcomes are exercised');
  });

  it('every text of a valid case is exercised (generator sanity)', () => {
    const sample = fc.sample(caseArb({ valid: true }), { numRuns: 200, seed: 1 });
    const texts = sample.flatMap(valueTexts);
    assert.ok(texts.some((t) => t.includes('$(touch CANARY)')), 'canary $(...)');
    assert.ok(texts.some((t) => t.includes('`touch CANARY`')), 'canary `...`');
    assert.ok(texts.some((t) => /\$\$\{?[A-Za-z_]/.test(t)), '$$NAME references');
    for (const [what, re] of [['substring', /\$\$\{\w+:\d+:\d+\}/], ['default', /\$\$\{\w+=/], ['prefix', /\$\$\{\w+##/], ['suffix', /\$\$\{\w+%%/], ['replace', /\$\$\{\w+\//], ['quoted', /"\$\$\{?\w+\}?"/]] as const) {
      assert.ok(texts.some((t) => re.test(t)), `Drone's ${what} operation`);
    }
    assert.ok(sample.some((c) => c.services.some((s) => s.auth)), 'credentials');
    assert.ok(sample.some((c) => c.build), 'build sections');
  });
});

describe('sh target: regressions found by the properties', () => {
  it('a $$ reference to a variable the shell sets itself is refused, since the script could not read it', () => {
    for (const name of ['_', 'PPID', 'IFS', 'LINENO', 'RANDOM', 'BASH_VERSION']) {
      const c: Case = { services: [{ name: 'db', image: 'alpine:3.19', pull: false, env: { form: 'list', entries: [['A', `$$${name}`]] }, volumes: [] }], refValues: ['VALUE'] };
      const result = compile(yamlText(droneData(c)), { repo: REPO, trusted: true, targets: ['sh'] });
      assert.deepEqual(result.outputs, {}, name);
      assert.ok(result.diagnostics.some((d) => d.code === 'reserved-variable' && d.span), name);
    }
  });
});

describe('sh target: any folder name is data (property)', () => {
  /** Folder names: any characters but `/` and NUL, shell-hostile ones and canaries weighted in. */
  const folderArb = fc
    .array(
      fc.oneof(
        fc.constantFrom('$(touch CANARY)', '`touch CANARY`', "'", '"', '\\', '$', '`', ' ', '\n', '\t', '-', '~', '*', '?', '[', ';', '&', '|', '#', '=', ':', '\r', 'x', '..', '%'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join('').replace(/[/\0]/g, '_'))
    .filter((name) => name !== '.' && name !== '..' && Buffer.byteLength(name) < 200);
  const text = 'compose:\n  db:\n    image: alpine:3.19\nbuild:\n  image: alpine:3.19\n  commands:\n    - true\n';

  for (const shell of ['sh', ...OTHER_SHELLS]) {
    it(`under ${shell}: up and build mount the folder byte for byte (or refuse a ':'), and nothing runs`, () => {
      fc.assert(
        fc.property(folderArb, fc.boolean(), (folder, inside) => {
          const base = tempDir('dc-prop-folder-');
          try {
            const workspace = join(base, folder);
            mkdirSync(join(workspace, 'ci'), { recursive: true });
            mkdirSync(join(base, 'out'));
            // The name in the script's own location, or in the relative path to the workspace.
            const script = inside ? join(workspace, 'ci', 'services.sh') : join(base, 'out', 'services.sh');
            const result = compile(text, { repo: REPO, targets: ['sh'], workspaceDir: inside ? '..' : `../${folder}` });
            writeFileSync(script, result.outputs.sh!);
            for (const verb of ['up', 'build', 'down']) {
              const fake = fakeDocker();
              try {
                const r = runScript(shell, script, [verb], fake, {}, base);
                assert.ok(!existsSync(join(base, 'CANARY')), `${verb} evaluated the folder name`);
                if (verb !== 'down' && workspace.includes(':')) {
                  assert.equal(r.status, 2, r.stderr);
                  assert.deepEqual(fake.calls(), []);
                  continue;
                }
                assert.equal(r.status, 0, `${verb}: ${r.stderr}`);
                for (const call of fake.calls().filter((c) => c.argv[0] === 'run' && !c.argv.includes(`${PROJECT}-holder`))) {
                  assert.equal(call.argv[call.argv.indexOf('--volume') + 3], `${workspace}:${WORKSPACE_PATH}`, `${verb} mounts the workspace`);
                }
              } finally {
                rmSync(fake.bin, { recursive: true, force: true });
              }
            }
          } finally {
            rmSync(base, { recursive: true, force: true });
          }
        }),
        params(runs(shell === 'sh' ? 8 : 3, 0.02)),
      );
    });
  }
});
