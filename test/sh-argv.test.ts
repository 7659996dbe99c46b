/**
 * Proves quoting by execution: emitted scripts run under real shells against a fake docker that records its
 * argv, and what docker received is compared with what the IR says, with `$$NAME` references resolved from
 * the environment the script ran with. Nothing here reads the script's text.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compile } from '../src/compile.js';
import { buildEnvironment, repoName } from '../src/emit/script.js';
import type { Container, Project, Value } from '../src/ir.js';
import { applyOperation } from '../src/lower/values.js';
import { fakeDocker, flagValues, runScript, splitRun, type Call } from './fakedocker.js';
import { distinctShells, FIXTURES, have, SHARED, tempDir } from './helpers.js';

// Each shell program once: where /bin/sh is dash, `dash` is not run again under its own name.
const SHELLS = distinctShells(['sh', 'dash', 'bash', 'busybox sh']);
const TRICKY = `a b*c $(touch CANARY) \`touch CANARY\` "q" 'q' \\ ; | & > <\n-x ~ # 'x'\\''`;

/** What the script's build variables are, given the host environment, in a folder that is no git checkout. */
function runtimeEnv(project: Project, host: Record<string, string>): Record<string, string> {
  const env = { ...host };
  const set = (name: string, value: string) => {
    if (env[name] === undefined) env[name] = value;
  };
  set('DRONE_REPO', repoName(project.repo));
  for (const name of ['DRONE_COMMIT', 'DRONE_BRANCH', 'DRONE_TAG', 'DRONE_PULL_REQUEST', 'CI_BUILD_URL']) set(name, '');
  set('DRONE_BUILD_NUMBER', '0');
  set('DRONE_JOB_NUMBER', '1');
  set('BUILD_NUMBER', env['DRONE_BUILD_NUMBER']!);
  set('COMMIT', env['DRONE_COMMIT']!);
  set('BRANCH', env['DRONE_BRANCH']!);
  set('TAG', env['DRONE_TAG']!);
  return env;
}

/** A value as docker must receive it: references read from `env`, operations applied as Drone did. */
function resolve(v: Value, env: Record<string, string>): string {
  return v.map((p) => (typeof p === 'string' ? p : applyOperation(p, env[p.env]))).join('');
}

/** The build variables a build container gets before its own environment, as `NAME=value`. */
function buildEnv(project: Project, env: Record<string, string>, step?: Container): string[] {
  return buildEnvironment(project, (name) => [{ env: name }])
    .filter((e) => !step?.environment.some((x) => x.name === e.name))
    .map((e) => `${e.name}=${resolve(e.value, env)}`);
}

function envFor(project: Project): Record<string, string> {
  const env: Record<string, string> = {};
  project.variables.forEach((name, i) => {
    // Image references must stay valid, so variables used in an image get a plain value.
    const inImage = [...project.services, ...project.build].some((c) => c.image.some((p) => typeof p !== 'string' && p.env === name));
    env[name] = inImage ? `v${i}` : `${TRICKY} ${name}`;
  });
  return env;
}

function runOf(calls: Call[], name: string): readonly string[] {
  const call = calls.find((c) => c.argv[0] === 'run' && flagValues(c.argv, '--name').includes(name));
  assert.ok(call, `docker run --name ${name} was called`);
  return call.argv;
}

function checkContainer(argv: readonly string[], c: Container, project: Project, env: Record<string, string>, extraEnv: string[] = []): void {
  const expectedEnv = [...extraEnv, ...c.environment.map((e) => `${e.name}=${resolve(e.value, env)}`)];
  assert.deepEqual(flagValues(argv, '--env'), expectedEnv, `environment of ${c.name}`);
  assert.deepEqual(flagValues(argv, '--network'), [`container:${project.name}-holder`]);
  const volumes = flagValues(argv, '--volume');
  assert.equal(volumes[0], `${project.name}-drone:/drone`);
  assert.match(volumes[1]!, new RegExp(`^/.*:${project.workspacePath.replace(/\./g, '\\.')}$`));
  assert.deepEqual(
    volumes.slice(2),
    c.volumes.map((m) => `${m.volume !== undefined ? `${project.name}-${m.volume}` : (m.relative ? `${volumes[1]!.split(':')[0]}/` : '') + resolve(m.host, env)}:${resolve(m.container, env)}${m.mode ? `:${m.mode}` : ''}`),
    `volumes of ${c.name}`,
  );
  const { image, args } = splitRun(argv);
  assert.equal(image, resolve(c.image, env), `image of ${c.name}`);
  if (c.privileged) assert.ok(argv.includes('--privileged'));
  if (c.memLimit) assert.deepEqual(flagValues(argv, '--memory'), [c.memLimit]);
  if (c.cpuset) assert.deepEqual(flagValues(argv, '--cpuset-cpus'), [resolve(c.cpuset, env)]);
  if ('commands' in c) return;
  const entry = c.entrypoint ?? [];
  assert.deepEqual(flagValues(argv, '--entrypoint'), entry.length ? [resolve(entry[0]!, env)] : []);
  assert.deepEqual(args, [...entry.slice(1), ...(c.command ?? [])].map((v) => resolve(v, env)), `arguments of ${c.name}`);
}

const CASES = ['seed-overview', 'environment-as-written', 'dollar-substitution', 'keys-all', 'seed-auth', 'seed-pull', 'build-single', 'build-steps', 'yaml-anchors', 'seed-volumes', 'seed-devices', 'seed-privileged', 'extra-hosts-bare', 'drone-operations'];

describe('sh target under a recording docker', { concurrency: true }, () => {
  for (const shell of SHELLS) {
    for (const name of CASES) {
      it(`${name} with ${shell}: docker receives exactly the IR's values`, () => {
        const text = readFileSync(join(FIXTURES, name, '.drone.yml'), 'utf8');
        const result = compile(text, { repo: 'github.com/octocat/hello-world', trusted: true, targets: ['sh'] });
        const project = result.project!;
        assert.ok(result.outputs.sh, 'compiles');
        const dir = tempDir('dc-argv-');
        const script = join(dir, 'services.sh');
        writeFileSync(script, result.outputs.sh);
        const fake = fakeDocker();
        const host = envFor(project);
        const env = runtimeEnv(project, host);
        const up = runScript(shell, script, ['up'], fake, host, dir);
        assert.equal(up.status, 0, up.stderr);
        const calls = fake.calls();
        for (const s of project.services) checkContainer(runOf(calls, `${project.name}-${s.name}`), s, project, env);
        const holder = runOf(calls, `${project.name}-holder`);
        assert.deepEqual(flagValues(holder, '--dns'), project.holder.dns.map((d) => resolve(d, env)));
        assert.deepEqual(flagValues(holder, '--add-host'), project.holder.extraHosts.map((h) => `${h.host}:${h.address}`));
        if (project.build.length) {
          const build = runScript(shell, script, ['build'], fake, host, dir);
          assert.equal(build.status, 0, build.stderr);
          const after = fake.calls();
          for (const step of project.build) {
            const argv = runOf(after, `${project.name}-${step.name}`);
            checkContainer(argv, step, project, env, buildEnv(project, env, step));
            const { args } = splitRun(argv);
            assert.deepEqual(args.slice(0, 2), ['-e', '-c']);
            for (const command of step.commands) assert.ok(args[2]!.includes(`\n${resolve(command, env)}\n`), 'the script runs each command as written');
          }
        }
        for (const c of [...project.services, ...project.build]) {
          if (!c.auth) continue;
          const user = resolve(c.auth.username, env);
          const password = resolve(c.auth.password, env);
          const login = fake.calls().find((x) => x.argv.includes('login') && flagValues(x.argv, '--username')[0] === user);
          assert.ok(login, 'logs in');
          assert.equal(login.stdin, password, 'the password goes on standard input');
          assert.ok(!fake.calls().some((x) => x.argv.some((a) => a === password || a.includes(` ${password}`))), 'never on the command line');
          const config = login.config!;
          assert.ok(config, 'logs in with a temporary DOCKER_CONFIG');
          assert.equal(login.authFile, `${config}/auth.json`, 'and the same folder for podman');
          assert.ok(fake.calls().some((x) => x.config === config && x.argv[0] === 'pull'), 'pulls with that config');
          assert.ok(!existsSync(config), 'the temporary docker config is removed');
        }
        assert.ok(!existsSync(join(dir, 'CANARY')), 'no value was evaluated by the shell');
      });
    }
  }
});

describe('sh target verbs', () => {
  const text = readFileSync(join(FIXTURES, 'dollar-substitution', '.drone.yml'), 'utf8');
  const result = compile(text, { repo: 'github.com/octocat/hello-world', targets: ['sh'] });
  const dir = tempDir('dc-verbs-');
  const script = join(dir, 'services.sh');
  writeFileSync(script, result.outputs.sh!);

  it('up names every missing variable its services use at once and starts nothing', () => {
    const fake = fakeDocker();
    const r = runScript('sh', script, ['up'], fake, { GITHUB_TOKEN: 'x' });
    assert.equal(r.status, 2);
    // BUILD_NUMBER is one of the build variables the script defines; PHP_VERSION is only the build's.
    assert.match(r.stderr, /\(set them first\): DB_PASSWORD MYSQL_VERSION\n$/);
    assert.deepEqual(fake.calls(), []);
  });

  it('each verb requires only the variables it uses', () => {
    const fake = fakeDocker();
    assert.equal(runScript('sh', script, ['up'], fake, { DB_PASSWORD: 'p', MYSQL_VERSION: '5' }).status, 0, 'up without the build variables');
    const build = runScript('sh', script, ['build'], fake, { DB_PASSWORD: 'p' });
    assert.equal(build.status, 2);
    assert.match(build.stderr, /\(set them first\): GITHUB_TOKEN PHP_VERSION\n$/, 'build names its own, not the services\'');
    assert.equal(runScript('sh', script, ['build'], fake, { GITHUB_TOKEN: 't', PHP_VERSION: '7' }).status, 0, 'build without the services\' variables');
    assert.equal(runScript('sh', script, ['run', 'alpine:3', 'true'], fake, {}).status, 0, 'run needs none');
  });

  it('an image read at run time is never an option of docker run, pull or inspect (a git tag named --privileged)', () => {
    const tagged = compile('compose:\n  app:\n    image: $$TAG\n    pull: true\nbuild:\n  image: $$TAG\n  commands: [x]\n', { repo: 'github.com/octocat/hello-world', targets: ['sh'] });
    const file = join(dir, 'tagged.sh');
    writeFileSync(file, tagged.outputs.sh!);
    for (const verb of ['up', 'build']) {
      const fake = fakeDocker();
      const r = runScript('sh', file, [verb], fake, { TAG: '--privileged' });
      assert.equal(r.status, 0, r.stderr);
      const calls = fake.calls().filter((c) => c.argv.includes('--privileged'));
      assert.ok(calls.length > 0, `${verb} used the image`);
      for (const c of calls) assert.equal(c.argv[c.argv.indexOf('--privileged') - 1], '--', `${verb}: ${c.argv.join(' ')}`);
    }
  });

  it('down succeeds when nothing is there, services before the holder, then the volume', () => {
    const fake = fakeDocker();
    const r = runScript('sh', script, ['down'], fake, { FAKE_DOCKER_MISSING: '1' });
    assert.equal(r.status, 0, r.stderr);
    const order = fake.calls().map((c) => c.argv.filter((a) => !a.startsWith('-')).join(' '));
    assert.deepEqual(order, ['rm hello-world-build', 'rm hello-world-database', 'rm hello-world-holder', 'volume rm hello-world-drone']);
  });

  it('a service that fails to start makes up exit non-zero and remove what it started', () => {
    const fake = fakeDocker();
    const env = { BRANCH: 'b', BUILD_NUMBER: '1', DB_PASSWORD: 'p', GITHUB_TOKEN: 't', MYSQL_VERSION: '5', PHP_VERSION: '7', FAKE_DOCKER_FAIL_RUN: 'hello-world-database' };
    const r = runScript('sh', script, ['up'], fake, env);
    assert.notEqual(r.status, 0);
    const calls = fake.calls().map((c) => c.argv.filter((a) => !a.startsWith('-'))[0] + ' ' + (flagValues(c.argv, '--name')[0] ?? c.argv[c.argv.length - 1]));
    const failed = calls.indexOf('run hello-world-database');
    assert.ok(failed > 0);
    assert.deepEqual(calls.slice(failed + 1), ['rm hello-world-build', 'rm hello-world-database', 'rm hello-world-holder', 'volume hello-world-drone']);
  });

  it('DRONE_COMPOSE_PROJECT renames every container and the volume at run time', () => {
    const fake = fakeDocker();
    const env = { BRANCH: 'b', BUILD_NUMBER: '1', DB_PASSWORD: 'p', GITHUB_TOKEN: 't', MYSQL_VERSION: '5', PHP_VERSION: '7', DRONE_COMPOSE_PROJECT: 'job-42' };
    assert.equal(runScript('sh', script, ['up'], fake, env).status, 0);
    const names = fake.calls().flatMap((c) => flagValues(c.argv, '--name'));
    assert.deepEqual(names, ['job-42-holder', 'job-42-database']);
    assert.ok(fake.calls().some((c) => c.argv.join(' ') === 'volume create --label io.drone-compose.project=job-42 job-42-drone'));
  });

  it('run passes the image and command through, in the namespace and the workspace', () => {
    const fake = fakeDocker();
    const r = runScript('sh', script, ['run', 'alpine:3', 'sh', '-c', 'echo "$HOME" *'], fake, { DRONE_COMPOSE_WORKSPACE: dir });
    assert.equal(r.status, 0, r.stderr);
    const run = fake.calls().find((c) => c.argv[0] === 'run')!.argv;
    assert.deepEqual(run.slice(-4), ['alpine:3', 'sh', '-c', 'echo "$HOME" *']);
    assert.ok(flagValues(run, '--volume').includes(`${dir}:/drone/src/github.com/octocat/hello-world`));
    assert.deepEqual(flagValues(run, '--workdir'), ['/drone/src/github.com/octocat/hello-world']);
  });

  it('build refuses to run when the services are not up', () => {
    const fake = fakeDocker();
    const env = { BRANCH: 'b', GITHUB_TOKEN: 't', PHP_VERSION: '7', FAKE_DOCKER_NO_HOLDER: '1' };
    const r = runScript('sh', script, ['build'], fake, env);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /not up; run: .* up/);
  });

  it('an unknown verb prints the usage and exits 2', () => {
    const r = runScript('sh', script, ['upp'], fakeDocker());
    assert.equal(r.status, 2);
    assert.match(r.stderr, /usage: /);
  });
});

describe("Drone's build variables in build and run", { concurrency: true }, () => {
  const text = [
    'compose:',
    '  db:',
    '    image: postgres:9.6',
    'build:',
    '  deploy:',
    '    image: alpine:3.4',
    '    environment:',
    '      - RELEASE=$$BRANCH-$$BUILD_NUMBER',
    '      - SHORT=$${COMMIT:0:7}',
    '    commands:',
    '      - echo $$TAG',
    '    when:',
    '      branch: master',
    '',
  ].join('\n');
  const result = compile(text, { repo: 'github.com/octocat/hello-world', targets: ['sh'] });
  const project = result.project!;
  const envOf = (calls: Call[], name: string) => new Map(flagValues(runOf(calls, name), '--env').map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  const runEnv = (calls: Call[]) => new Map(flagValues(calls.find((c) => c.argv[0] === 'run' && !c.argv.includes('--name'))!.argv, '--env').map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));

  it('the variable the unconditional-step help tells users to test is set in the build container', () => {
    const hint = result.diagnostics.find((d) => d.code === 'unconditional-step')!.hint!;
    const named = /"\$([A-Z_]+)"/.exec(hint)![1]!;
    const dir = tempDir('dc-hint-');
    writeFileSync(join(dir, 'services.sh'), result.outputs.sh!);
    const fake = fakeDocker();
    assert.equal(runScript('sh', join(dir, 'services.sh'), ['build'], fake, { DRONE_BRANCH: 'master' }, dir).status, 0);
    assert.equal(envOf(fake.calls(), 'hello-world-build-deploy').get(named), 'master', `${named} reaches the step`);
  });

  for (const shell of SHELLS) {
    it(`host values reach build and run byte for byte, and $$BRANCH, $$BUILD_NUMBER follow them, with ${shell}`, () => {
      const dir = tempDir('dc-vars-');
      const script = join(dir, 'services.sh');
      writeFileSync(script, result.outputs.sh!);
      const host: Record<string, string> = {
        DRONE_REPO: `${TRICKY} repo`, DRONE_BRANCH: `${TRICKY} branch`, DRONE_COMMIT: '0123456789abcdef0123456789abcdef01234567', DRONE_BUILD_NUMBER: '42',
        DRONE_PULL_REQUEST: '7', DRONE_JOB_NUMBER: '3', DRONE_TAG: `${TRICKY} tag`, CI_BUILD_URL: 'https://ci.example/42',
      };
      const fake = fakeDocker();
      const build = runScript(shell, script, ['build'], fake, host, dir);
      assert.equal(build.status, 0, build.stderr);
      assert.equal(runScript(shell, script, ['run', 'alpine:3', 'env'], fake, host, dir).status, 0);
      const calls = fake.calls();
      for (const env of [envOf(calls, 'hello-world-build-deploy'), runEnv(calls)]) {
        for (const [name, value] of Object.entries(host)) assert.equal(env.get(name), value, name);
        for (const name of ['REPO', 'BRANCH', 'COMMIT', 'BUILD_NUMBER', 'PULL_REQUEST', 'JOB_NUMBER', 'TAG']) assert.equal(env.get(`CI_${name}`), host[`DRONE_${name}`], `CI_${name}`);
        assert.equal(env.get('CI'), 'true');
        assert.equal(env.get('CI_NAME'), 'drone');
        assert.equal(env.get('DRONE'), 'true');
        assert.equal(env.get('DRONE_DIR'), project.workspacePath);
        assert.equal(env.get('CI_BUILD_DIR'), project.workspacePath);
      }
      const step = envOf(calls, 'hello-world-build-deploy');
      assert.equal(step.get('RELEASE'), `${TRICKY} branch-42`);
      assert.equal(step.get('SHORT'), '0123456');
      assert.ok(splitRun(runOf(calls, 'hello-world-build-deploy')).args[2]!.includes(`\necho ${TRICKY} tag\n`));
      assert.ok(!existsSync(join(dir, 'CANARY')), 'no value was evaluated by the shell');
    });
  }

  it('$$CI_BRANCH, $$DRONE_DIR, $$CI and the other names the build sees require nothing and read what the build sees', () => {
    const text = 'build:\n  image: alpine:3.4\n  commands:\n    - echo $$CI_BRANCH $$CI_COMMIT $$DRONE_DIR $$CI_BUILD_DIR $$CI $$DRONE $$CI_NAME\n';
    const compiled = compile(text, { repo: 'github.com/octocat/hello-world', targets: ['sh'] });
    const dir = tempDir('dc-ci-names-');
    writeFileSync(join(dir, 'services.sh'), compiled.outputs.sh!);
    const fake = fakeDocker();
    // The host's CI_BRANCH is another CI's: the build sees DRONE_BRANCH under that name, and so does $$CI_BRANCH.
    const r = runScript('sh', join(dir, 'services.sh'), ['build'], fake, { DRONE_BRANCH: 'main', DRONE_COMMIT: 'abc', CI_BRANCH: 'other' }, dir);
    assert.equal(r.status, 0, r.stderr);
    const path = compiled.project!.workspacePath;
    assert.ok(splitRun(runOf(fake.calls(), 'hello-world-build')).args[2]!.includes(`\necho main abc ${path} ${path} true true drone\n`));
  });

  it('without host values, branch, commit and tag come from git in the workspace, and the rest from defaults', () => {
    const dir = tempDir('dc-git-');
    const git = (...args: string[]) => {
      const r = spawnSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim();
    };
    git('init', '-q');
    git('symbolic-ref', 'HEAD', 'refs/heads/feature/x');
    git('commit', '-q', '--allow-empty', '-m', 'first');
    git('tag', 'v1.0');
    const sha = git('rev-parse', 'HEAD');
    writeFileSync(join(dir, 'services.sh'), result.outputs.sh!);
    const fake = fakeDocker();
    const r = runScript('sh', join(dir, 'services.sh'), ['build'], fake, { BUILD_NUMBER: '9' }, dir);
    assert.equal(r.status, 0, r.stderr);
    const env = envOf(fake.calls(), 'hello-world-build-deploy');
    assert.equal(env.get('DRONE_BRANCH'), 'feature/x');
    assert.equal(env.get('DRONE_COMMIT'), sha);
    assert.equal(env.get('DRONE_TAG'), 'v1.0');
    assert.equal(env.get('DRONE_BUILD_NUMBER'), '0');
    assert.equal(env.get('DRONE_JOB_NUMBER'), '1');
    assert.equal(env.get('DRONE_PULL_REQUEST'), '');
    assert.equal(env.get('DRONE_REPO'), 'octocat/hello-world');
    assert.equal(env.get('RELEASE'), 'feature/x-9', '$$BRANCH follows DRONE_BRANCH; a host BUILD_NUMBER wins');
    assert.equal(env.get('SHORT'), sha.slice(0, 7), '$${COMMIT:0:7} follows DRONE_COMMIT');
    assert.ok(splitRun(runOf(fake.calls(), 'hello-world-build-deploy')).args[2]!.includes('\necho v1.0\n'), '$$TAG follows DRONE_TAG');
  });
});

describe('the presslabs/zinc file of the corpus ($${BRANCH/master/latest})', () => {
  const file = join(SHARED, 'corpus', 'drone04', 'presslabs__zinc__d7978aa1e8.yml');
  const skip = existsSync(file) ? false : `${file} is absent`;

  it('compiles, and its build gets its values and Drone\'s replace, computed from the branch', { skip }, () => {
    const original = readFileSync(file, 'utf8');
    assert.ok(original.includes('tag: $${BRANCH/master/latest}'), 'the file uses the replace operation (in publish:)');
    assert.ok(compile(original, { repo: 'github.com/presslabs/zinc', targets: ['sh', 'compose'] }).outputs.sh, 'the file as it is compiles');
    // The same text where drone-compose compiles it: in the build step's environment.
    const line = '      - ZINC_AWS_SECRET=$$ZINC_AWS_SECRET\n';
    const text = original.replace(line, () => `${line}      - TAG=$\${BRANCH/master/latest}\n`);
    assert.notEqual(text, original);
    const result = compile(text, { repo: 'github.com/presslabs/zinc', targets: ['sh'] });
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error'), []);
    const dir = tempDir('dc-zinc-');
    writeFileSync(join(dir, 'services.sh'), result.outputs.sh!);
    for (const [branch, tag] of [['master', 'latest'], ['feature/master-fix', 'feature/latest-fix'], ['dev', 'dev']] as const) {
      const fake = fakeDocker();
      const env = { DOCKER_PASSWORD: `${TRICKY} pw`, ZINC_AWS_KEY: `${TRICKY} key`, ZINC_AWS_SECRET: 'secret', DRONE_BRANCH: branch };
      for (const verb of ['up', 'build']) assert.equal(runScript('sh', join(dir, 'services.sh'), [verb], fake, env, dir).status, 0, verb);
      const run = runOf(fake.calls(), 'zinc-build-zinc');
      const got = flagValues(run, '--env');
      assert.ok(got.includes(`TAG=${tag}`), `BRANCH=${branch}: TAG=${tag} in ${JSON.stringify(got.filter((e) => e.startsWith('TAG=')))}`);
      assert.ok(got.includes(`ZINC_AWS_KEY=${TRICKY} key`));
      assert.ok(got.includes('DJANGO_SETTINGS_MODULE=zinc.test_settings'));
      assert.equal(fake.calls().find((c) => c.argv.includes('login'))!.stdin, `${TRICKY} pw`, 'the password goes on standard input');
    }
    assert.ok(!existsSync(join(dir, 'CANARY')));
  });
});


/** Folder names a repository can carry: none may reach the shell as code, each must arrive at docker byte for byte. */
const HOSTILE_FOLDERS = ['$(touch CANARY)', '`touch CANARY`', 'a b', 'two  spaces', `q'uote"d`, "x'$(touch CANARY)'", 'new\nline', 'trailing\n', '-leading', '$HOME', '${HOME}', '~user', '*', 'back\\slash', 'semi;touch CANARY'];

describe('the workspace folder name is data', { concurrency: true }, () => {
  const text = 'compose:\n  db:\n    image: postgres:9.6\nbuild:\n  image: golang:1.6\n  commands:\n    - go test\n';
  const mount = (dir: string) => `${dir}:/drone/src/github.com/octocat/hello-world`;
  for (const shell of SHELLS) {
    for (const folder of HOSTILE_FOLDERS) {
      it(`${JSON.stringify(folder)} with ${shell}, beside the script and holding it`, () => {
        const base = tempDir('dc-folder-');
        try {
          const workspace = join(base, folder);
          mkdirSync(join(workspace, 'ci'), { recursive: true });
          // The script in a sibling folder (the name is in the relative path) and in a subfolder (the name is in its own location).
          const layouts = [
            { script: join(base, 'out', 'services.sh'), workspaceDir: `../${folder}` },
            { script: join(workspace, 'ci', 'services.sh'), workspaceDir: '..' },
          ];
          mkdirSync(join(base, 'out'));
          for (const { script, workspaceDir } of layouts) {
            const result = compile(text, { repo: 'github.com/octocat/hello-world', targets: ['sh'], workspaceDir });
            writeFileSync(script, result.outputs.sh!);
            // Under sh, the verbs that mount the folder, and for the first names also verbs that work without it;
            // under the other shells, one that mounts it (every verb finds the folder through the same lines, and
            // build as up and run do).
            const verbs = shell !== 'sh' ? ['run'] : HOSTILE_FOLDERS.indexOf(folder) < 4 ? ['up', 'run', 'logs', 'down'] : ['up', 'run'];
            for (const verb of verbs) {
              const fake = fakeDocker();
              try {
                const r = runScript(shell, script, verb === 'run' ? ['run', 'alpine:3', 'true'] : [verb], fake, {}, base);
                assert.equal(r.status, 0, `${verb}: ${r.stderr}`);
                const runs = fake.calls().filter((c) => c.argv[0] === 'run');
                if (verb === 'up' || verb === 'build' || verb === 'run') {
                  assert.ok(runs.length > 0, `${verb} runs a container`);
                  for (const call of runs.filter((c) => !flagValues(c.argv, '--name').includes('hello-world-holder'))) {
                    assert.equal(flagValues(call.argv, '--volume')[1], mount(workspace), `${verb} mounts the workspace byte for byte`);
                  }
                }
              } finally {
                rmSync(fake.bin, { recursive: true, force: true });
              }
              assert.ok(!existsSync(join(base, 'CANARY')), `${verb} ran a command from the folder name`);
            }
          }
        } finally {
          rmSync(base, { recursive: true, force: true });
        }
      });
    }
  }
});

describe('verbs without the workspace folder', () => {
  const text = readFileSync(join(FIXTURES, 'build-steps', '.drone.yml'), 'utf8');
  const result = compile(text, { repo: 'github.com/octocat/hello-world', targets: ['sh'], workspaceDir: '../gone' });

  for (const verb of ['down', 'ps', 'logs']) {
    it(`${verb} works when the workspace folder is not there (an always-run cleanup removes everything)`, () => {
      const dir = tempDir('dc-noworkspace-');
      const fake = fakeDocker();
      try {
        writeFileSync(join(dir, 'services.sh'), result.outputs.sh!);
        const r = runScript('sh', join(dir, 'services.sh'), [verb], fake, { FAKE_DOCKER_MISSING: '1' });
        assert.equal(r.status, 0, r.stderr);
        assert.ok(fake.calls().length > 0, 'docker was called');
        if (verb === 'down') assert.deepEqual(fake.calls().at(-1)!.argv, ['volume', 'rm', 'hello-world-drone']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(fake.bin, { recursive: true, force: true });
      }
    });
  }

  for (const verb of ['up', 'build', 'run']) {
    it(`${verb} mounts the workspace, so it refuses without it and starts nothing`, () => {
      const dir = tempDir('dc-noworkspace-');
      const fake = fakeDocker();
      try {
        writeFileSync(join(dir, 'services.sh'), result.outputs.sh!);
        const r = runScript('sh', join(dir, 'services.sh'), verb === 'run' ? ['run', 'alpine:3'] : [verb], fake);
        assert.equal(r.status, 2);
        assert.match(r.stderr, /the workspace folder is not where the script expects it; set DRONE_COMPOSE_WORKSPACE/);
        assert.deepEqual(fake.calls(), []);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(fake.bin, { recursive: true, force: true });
      }
    });
  }

  it('a workspace path with a colon is refused before docker would misread the mount', () => {
    const dir = tempDir('dc-colon-');
    const fake = fakeDocker();
    try {
      mkdirSync(join(dir, 'a:ro'));
      const colon = compile(text, { repo: 'github.com/octocat/hello-world', targets: ['sh'], workspaceDir: 'a:ro' });
      writeFileSync(join(dir, 'services.sh'), colon.outputs.sh!);
      const r = runScript('sh', join(dir, 'services.sh'), ['up'], fake);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /contains ':'/);
      assert.deepEqual(fake.calls(), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(fake.bin, { recursive: true, force: true });
    }
  });
});
