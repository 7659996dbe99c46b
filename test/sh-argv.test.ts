/**
 * Proves quoting by execution: emitted scripts run under real shells against a fake docker that records its
 * argv, and what docker received is compared with what the IR says, with `$$NAME` references resolved from
 * the environment the script ran with. Nothing here reads the script's text.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compile } from '../src/compile.js';
import type { Container, Project, Value } from '../src/ir.js';
import { fakeDocker, flagValues, runScript, splitRun, type Call } from './fakedocker.js';
import { FIXTURES, have, tempDir } from './helpers.js';

const SHELLS = ['sh', 'dash', 'bash', 'busybox sh'].filter((s) => have(s.split(' ')[0]!));
const TRICKY = `a b*c $(touch CANARY) \`touch CANARY\` "q" 'q' \\ ; | & > <\n-x ~ # 'x'\\''`;

function resolve(v: Value, env: Record<string, string>): string {
  return v.map((p) => (typeof p === 'string' ? p : env[p.env]!)).join('');
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

const CASES = ['seed-overview', 'environment-as-written', 'dollar-substitution', 'keys-all', 'seed-auth', 'seed-pull', 'build-single', 'build-steps', 'yaml-anchors', 'seed-volumes', 'seed-devices', 'seed-privileged', 'extra-hosts-bare'];

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
        const env = envFor(project);
        const up = runScript(shell, script, ['up'], fake, env, dir);
        assert.equal(up.status, 0, up.stderr);
        const calls = fake.calls();
        for (const s of project.services) checkContainer(runOf(calls, `${project.name}-${s.name}`), s, project, env);
        const holder = runOf(calls, `${project.name}-holder`);
        assert.deepEqual(flagValues(holder, '--dns'), project.holder.dns.map((d) => resolve(d, env)));
        assert.deepEqual(flagValues(holder, '--add-host'), project.holder.extraHosts.map((h) => `${h.host}:${h.address}`));
        if (project.build.length) {
          const build = runScript(shell, script, ['build'], fake, env, dir);
          assert.equal(build.status, 0, build.stderr);
          const after = fake.calls();
          for (const step of project.build) {
            const argv = runOf(after, `${project.name}-${step.name}`);
            checkContainer(argv, step, project, env, ['CI=true', 'CI_NAME=drone', 'DRONE=true', `DRONE_DIR=${project.workspacePath}`].filter((e) => !step.environment.some((x) => e.startsWith(`${x.name}=`))));
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
          const config = flagValues(login.argv, '--config')[0]!;
          assert.ok(fake.calls().some((x) => x.argv[0] === '--config' && x.argv[1] === config && x.argv[2] === 'pull'), 'pulls with that config');
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

  it('up names every missing variable at once and starts nothing', () => {
    const fake = fakeDocker();
    const r = runScript('sh', script, ['up'], fake, { GITHUB_TOKEN: 'x' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /BRANCH BUILD_NUMBER DB_PASSWORD MYSQL_VERSION PHP_VERSION/);
    assert.deepEqual(fake.calls(), []);
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
            for (const verb of ['up', 'build', 'run', 'ps', 'logs', 'down']) {
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
