/**
 * The repository is untrusted beyond its .drone.yml: the config file cannot grant trust or aim outputs outside
 * its folder, and links and special files are never read or replaced. Machine formats stay one document.
 * The command runs in this process (run() of src/cli.ts, which does all the reading and writing), as the golden
 * tests run it; cli.test.ts and diagnostics-cli.test.ts prove that the bundled command behaves as run() does.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectWith, runInProcess, tempDir } from './helpers.js';

const INPUT = 'compose:\n  db:\n    image: postgres\n';
const REPO = ['--repo', 'github.com/octocat/hello-world'];
const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const project = (text = INPUT) => {
  const dir = projectWith(text, 'dc-untrusted-');
  made.push(dir);
  return dir;
};
const config = (dir: string, value: unknown) => writeFileSync(join(dir, 'drone-compose.config.json'), JSON.stringify(value));
/** A value only the host environment holds: it must never appear in what drone-compose prints. */
const CANARY = 'canary-7c1f0a';
const env = { DC_CANARY: CANARY };

describe('the config file cannot grant trust', () => {
  it('"trusted": true is refused with a clear io error, in plain runs and --check', async () => {
    const dir = project('compose:\n  dind:\n    image: docker:dind\n    privileged: true\n');
    config(dir, { repo: 'github.com/o/r', trusted: true, outputs: [{ path: 'services.sh' }] });
    for (const args of [[], ['--check'], ['--check', '--format', 'github']]) {
      const r = await runInProcess(args, { cwd: dir });
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stdout + r.stderr, /drone-compose\.config\.json.*"trusted" cannot be set in the config file.*pass --trusted on the command line/);
    }
    assert.ok(!existsSync(join(dir, 'services.sh')));
    config(dir, { repo: 'github.com/o/r', outputs: [{ path: 'services.sh' }] });
    assert.match((await runInProcess([], { cwd: dir })).stderr, /error\[untrusted-option\]/);
    assert.equal((await runInProcess(['--trusted'], { cwd: dir })).status, 0);
  });
});

describe('config output paths stay in the repository', () => {
  it('refuses absolute, ../, .git and control-character paths, and never prints a host file', async () => {
    for (const path of ['/proc/self/environ', '/etc/passwd', '../outside.sh', '.git/hooks/pre-commit', 'x\n::error file=a::injected.sh']) {
      const dir = project();
      config(dir, { repo: 'github.com/o/r', outputs: [{ path }] });
      for (const args of [['--check', '--format', 'github'], []]) {
        const r = await runInProcess(args, { cwd: dir, env });
        assert.equal(r.status, 2, `${JSON.stringify(path)} ${args.join(' ')}`);
        assert.match(r.stdout + r.stderr, /invalid config: outputs\[0\]\.path/);
        assert.doesNotMatch(r.stdout + r.stderr, new RegExp(`${CANARY}|root:x:0`));
        if (args.includes('github')) assert.equal((r.stdout.match(/^::/gm) ?? []).length, 1, 'one workflow command, none injected');
      }
      assert.ok(!existsSync(join(dir, '..', 'outside.sh')) && !existsSync(join(dir, '.git')));
    }
  });

  it('refuses a path through a symbolic link to a folder outside', async () => {
    const dir = project();
    const elsewhere = tempDir('dc-elsewhere-');
    made.push(elsewhere);
    symlinkSync(elsewhere, join(dir, 'ci'));
    config(dir, { repo: 'github.com/o/r', outputs: [{ path: 'ci/services.sh' }] });
    const r = await runInProcess([], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /leads through a symbolic link to .*, outside the config file's folder/);
    assert.ok(!existsSync(join(elsewhere, 'services.sh')));
  });

  it('refuses an output that is a link or not a regular file, in --check too, without reading it', async () => {
    const dir = project();
    symlinkSync('/proc/self/environ', join(dir, 'env.sh'));
    assert.equal(spawnSync('mkfifo', [join(dir, 'fifo.sh')]).status, 0);
    for (const path of ['env.sh', 'fifo.sh']) {
      config(dir, { repo: 'github.com/o/r', outputs: [{ path }] });
      for (const args of [['--check', '--format', 'github'], ['--force']]) {
        const r = await runInProcess(args, { cwd: dir, env });
        assert.equal(r.status, 2, `${path} ${args.join(' ')}`);
        assert.match(r.stdout + r.stderr, /is a symbolic link|is not a regular file/);
        assert.doesNotMatch(r.stdout + r.stderr, new RegExp(CANARY));
      }
    }
    assert.equal(readlinkSync(join(dir, 'env.sh')), '/proc/self/environ');
  });

  it('creates missing folders inside the config file\'s folder', async () => {
    const dir = project();
    config(dir, { repo: 'github.com/o/r', outputs: [{ path: 'ci/deep/services.sh' }] });
    const r = await runInProcess([], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(statSync(join(dir, 'ci', 'deep', 'services.sh')).isFile());
    assert.equal((await runInProcess(['--check'], { cwd: dir })).status, 0);
  });
});

describe('-o on the command line', () => {
  it('creates missing folders', async () => {
    const dir = project();
    const r = await runInProcess([...REPO, '-o', 'a/b/services.sh', '-o', 'c/docker-compose.yml'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'a', 'b', 'services.sh')) && existsSync(join(dir, 'c', 'docker-compose.yml')));
  });

  it('refuses to replace a symbolic link, even with --force, and leaves it as it was', async () => {
    const dir = project();
    writeFileSync(join(dir, 'target.sh'), '#!/bin/sh\n# Code generated by drone-compose from x; DO NOT EDIT.\n');
    symlinkSync('target.sh', join(dir, 'services.sh'));
    for (const extra of [[], ['--force'], ['--check']]) {
      const r = await runInProcess([...REPO, '-o', 'services.sh', ...extra], { cwd: dir });
      assert.equal(r.status, 2, extra.join(' '));
      assert.match(r.stderr, /services\.sh: error\[io\]: cannot read: is a symbolic link; name the file it points to instead/);
    }
    assert.equal(readlinkSync(join(dir, 'services.sh')), 'target.sh');
  });

  it('refuses a path with a control character', async () => {
    const r = await runInProcess([...REPO, '-o', 'a\u001b[2Kb.sh'], { cwd: project() });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /error\[usage\]: the output path "a\\u001b\[2Kb\.sh" contains a control character/);
    assert.doesNotMatch(r.stderr, /\u001b/);
  });
});

describe('the input', () => {
  it('a symbolic link to a file outside the repository is refused before it is read', async () => {
    const dir = project();
    rmSync(join(dir, '.drone.yml'));
    symlinkSync('/proc/self/environ', join(dir, '.drone.yml'));
    const r = await runInProcess(REPO, { cwd: dir, env });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^\.drone\.yml: error\[io\]: refusing to read the input: it is a symbolic link to \/proc\/\S*environ, outside the repository /);
    assert.doesNotMatch(r.stderr, new RegExp(CANARY));
  });

  it('a link inside the repository (the git top level) is read', async () => {
    const dir = project();
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('../.drone.yml', join(dir, 'sub', '.drone.yml'));
    const r = await runInProcess([...REPO, 'sub/.drone.yml'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
  });

  it('a FIFO or a device is refused, not read', async () => {
    const dir = project();
    assert.equal(spawnSync('mkfifo', [join(dir, 'fifo.yml')]).status, 0);
    const fifo = await runInProcess([...REPO, 'fifo.yml'], { cwd: dir });
    assert.equal(fifo.status, 2);
    assert.match(fifo.stderr, /fifo\.yml: error\[io\]: refusing to read the input: it is not a regular file/);
    const zero = await runInProcess([...REPO, '/dev/zero']);
    assert.equal(zero.status, 2);
    assert.match(zero.stderr, /\/dev\/zero: error\[io\]: refusing to read the input: it is not a regular file/);
  });

  it('a file over the limit is too large, read no further than the limit', async () => {
    const dir = project(INPUT + `# ${'x'.repeat(5000)}\n`);
    const r = await runInProcess([...REPO, '--max-bytes', '1000'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /error\[too-large\]: the file is larger than 1000 bytes/);
  });

  it('the default config file is a repository file too: a link outside is refused', async () => {
    const dir = project();
    const elsewhere = tempDir('dc-elsewhere-');
    made.push(elsewhere);
    writeFileSync(join(elsewhere, 'c.json'), JSON.stringify({ repo: 'github.com/o/r', outputs: [{ path: 's.sh' }] }));
    symlinkSync(join(elsewhere, 'c.json'), join(dir, 'drone-compose.config.json'));
    const r = await runInProcess([], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /drone-compose\.config\.json: error\[io\]: refusing to read the config file: it is a symbolic link/);
  });
});

describe('machine formats are one document on standard output', () => {
  const STALE = async (dir: string) => {
    assert.equal((await runInProcess([...REPO, '-o', 's.sh'], { cwd: dir })).status, 0);
    writeFileSync(join(dir, '.drone.yml'), INPUT.replace('postgres', 'postgres:9'));
  };

  it('--check --format json: stale files are stale-output errors, the diff goes to stderr, errors match the exit code', async () => {
    const dir = project();
    await STALE(dir);
    const r = await runInProcess([...REPO, '--check', '--format', 'json', '-o', 's.sh', '-o', 'missing.yml'], { cwd: dir });
    assert.equal(r.status, 1);
    const doc = JSON.parse(r.stdout) as { errors: number; diagnostics: { code: string; file: string; message: string }[] };
    assert.equal(doc.errors, 2);
    assert.deepEqual(
      doc.diagnostics.map((d) => [d.code, d.file, d.message]),
      [
        ['stale-output', 's.sh', 's.sh is stale'],
        ['stale-output', 'missing.yml', 'missing.yml is missing'],
      ],
    );
    assert.match(r.stderr, /^--- a\/s\.sh$/m);
  });

  it('--check --format sarif has a result for each stale file', async () => {
    const dir = project();
    await STALE(dir);
    const r = await runInProcess([...REPO, '--check', '--format', 'sarif', '-o', 's.sh'], { cwd: dir });
    assert.equal(r.status, 1);
    const sarif = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const run = sarif.runs[0]!;
    assert.deepEqual(run.results.map((x) => [x.ruleId, x.level, x.locations[0]!.physicalLocation.artifactLocation.uri]), [['stale-output', 'error', 's.sh']]);
    assert.ok(run.tool.driver.rules.some((x) => x.id === 'stale-output'));
  });

  it('--check --format github annotates the stale file once and keeps the diff', async () => {
    const dir = project();
    await STALE(dir);
    const r = await runInProcess([...REPO, '--check', '--format', 'github', '-o', 's.sh'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^::error file=s\.sh,title=stale-output::s\.sh is stale%0Arun: drone-compose .*$/m);
    assert.match(r.stdout, /^--- a\/s\.sh$/m);
  });

  it('usage and io errors, commander\'s too, are documents in json and sarif', async () => {
    const dir = project();
    const cases: [string[], string, string][] = [
      [['--frobnicate'], 'usage', 'drone-compose'],
      [['-t', 'helm'], 'usage', 'drone-compose'],
      [['--max-bytes', 'x'], 'usage', 'drone-compose'],
      [['nope.yml', '-o', 'x.sh'], 'io', 'nope.yml'],
      [['diff', '--frobnicate'], 'usage', 'drone-compose'],
    ];
    for (const [args, code, file] of cases) {
      for (const format of ['json', 'sarif']) {
        const r = await runInProcess([...REPO, '--format', format, ...args], { cwd: dir });
        assert.equal(r.status, 2, args.join(' '));
        const doc = JSON.parse(r.stdout) as { errors?: number; diagnostics?: { code: string; file: string }[]; runs?: { results: { ruleId: string }[] }[] };
        if (format === 'json') {
          assert.equal(doc.errors, 1, args.join(' '));
          assert.deepEqual(doc.diagnostics!.map((d) => [d.code, d.file]), [[code, file]]);
        } else {
          assert.deepEqual(doc.runs![0]!.results.map((x) => x.ruleId), [code]);
        }
      }
    }
    const typo = await runInProcess(['--strct'], { cwd: dir });
    assert.equal(typo.stderr, "drone-compose: error[usage]: unknown option '--strct' (Did you mean --strict?)\n  = help: try 'drone-compose --help'\ndrone-compose: 1 error\n");
    config(dir, { outputs: [], trusted: true });
    const bad = await runInProcess(['--format', 'json'], { cwd: dir });
    assert.equal(bad.status, 2);
    assert.equal((JSON.parse(bad.stdout) as { diagnostics: { code: string }[] }).diagnostics[0]!.code, 'io');
  });
});

describe('diagnostics carry no control sequences', () => {
  const HOSTILE = 'compose:\n  "db\\n::error file=x::injected\\e[2K":\n    image: postgres\n    "bad\\e]0;title\\u0007key\\u2028": 1\n';

  it('in text, github, json and sarif', async () => {
    const dir = project(HOSTILE);
    const text = await runInProcess([...REPO, '-o', 'x.sh'], { cwd: dir });
    assert.doesNotMatch(text.stderr, /[\u001b\u0007\u2028]/);
    assert.doesNotMatch(text.stderr, /^::/m);
    const github = await runInProcess([...REPO, '--format', 'github', '-o', 'x.sh'], { cwd: dir });
    assert.doesNotMatch(github.stdout, /[\u001b\u0007\u2028]/);
    const lines = github.stdout.trim().split('\n');
    assert.ok(lines.length > 0 && lines.every((l) => /^::(error|warning) file=/.test(l)), github.stdout);
    for (const format of ['json', 'sarif']) {
      const r = await runInProcess([...REPO, '--format', format, '-o', 'x.sh'], { cwd: dir });
      assert.doesNotMatch(r.stdout, /[\u001b\u0007\u2028\u0085]/);
      assert.doesNotThrow(() => JSON.parse(r.stdout));
      assert.match(r.stdout, /\\\\x1b/);
    }
  });
});

describe('credentials', () => {
  it('a password with a quote is masked in the --check diff, on every line', async () => {
    const dir = project("compose:\n  db:\n    image: quay.io/a/b\n    auth_config:\n      username: u\n      password: \"S3cret'pass\"\n    environment:\n      - COPY=S3cret'pass\n");
    writeFileSync(join(dir, 's.sh'), '#!/bin/sh\n# Code generated by drone-compose from x; DO NOT EDIT.\n');
    const r = await runInProcess([...REPO, '--check', '-o', 's.sh'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /dc_pull_auth/);
    assert.doesNotMatch(r.stdout + r.stderr, /S3cret/);
  });

  it('a YAML syntax error shows no password in its frame', async () => {
    const dir = project('compose:\n  db:\n    image: quay.io/a/b\n    auth_config:\n      password: hunter2 "x\n      registry_token: [tok-secret\n');
    for (const format of ['text', 'json', 'github']) {
      const r = await runInProcess([...REPO, '--format', format, '-o', 's.sh'], { cwd: dir });
      assert.equal(r.status, 2);
      assert.doesNotMatch(r.stdout + r.stderr, /hunter2|tok-secret/);
    }
  });
});

describe('drone-compose diff reads the config file', () => {
  it('takes the repo, the outputs and their paths from it, as a plain run does', async () => {
    const dir = project();
    config(dir, { repo: 'github.com/o/from-config', outputs: [{ target: 'sh', path: 'ci/services.sh' }] });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    writeFileSync(join(dir, '.drone.yml'), INPUT + '  cache:\n    image: redis\n');
    const r = await runInProcess(['diff'], { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^--- a\/ci\/services\.sh\tHEAD\n\+\+\+ b\/ci\/services\.sh\tworking tree\n/m);
    assert.doesNotMatch(r.stdout, /docker-compose\.yml/);
    assert.match(r.stdout, /github\.com\/o\/from-config/);
    const json = await runInProcess(['diff', '--format', 'json'], { cwd: dir });
    assert.equal(json.status, 1);
    assert.deepEqual(JSON.parse(json.stdout), { version: 1, diagnostics: [], errors: 0, warnings: 0 });
    assert.match(json.stderr, /^--- a\/ci\/services\.sh/m);
    // The new side is exactly what a plain run writes: apply the patch to HEAD's artifact.
    git('stash', '-q');
    assert.equal((await runInProcess([], { cwd: dir })).status, 0);
    git('stash', 'pop', '-q');
    const applied = spawnSync('patch', ['-p1', '--quiet', '--force'], { cwd: dir, input: r.stdout, encoding: 'utf8' });
    assert.equal(applied.status, 0, applied.stderr);
    assert.equal((await runInProcess(['--check'], { cwd: dir })).status, 0, 'the patched file is what a plain run writes');
  });
});

describe('-c on the command line', () => {
  it('may name a config file anywhere, through a link too', async () => {
    const dir = project();
    const elsewhere = tempDir('dc-elsewhere-');
    made.push(elsewhere);
    writeFileSync(join(elsewhere, 'c.json'), JSON.stringify({ repo: 'github.com/o/r', outputs: [{ path: 's.sh' }] }));
    symlinkSync(join(elsewhere, 'c.json'), join(dir, 'link.json'));
    const r = await runInProcess(['-c', 'link.json'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(join(dir, 's.sh')), 'outputs are relative to the folder of the path given');
  });
});

describe('a large existing output', () => {
  it('is stale without being read whole, and is replaced when generated', async () => {
    const dir = project();
    writeFileSync(join(dir, 's.sh'), `#!/bin/sh\n# Code generated by drone-compose from x; DO NOT EDIT.\n${'#'.repeat(11 * 1024 * 1024)}\n`);
    const r = await runInProcess([...REPO, '--check', '-o', 's.sh'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /s\.sh: error\[stale-output\]: s\.sh is stale \(it has 11534\d+ bytes, more than 10485760: no diff is shown\)/);
    assert.equal(r.stdout, '');
    assert.equal((await runInProcess([...REPO, '-o', 's.sh'], { cwd: dir })).status, 0);
    assert.equal((await runInProcess([...REPO, '--check', '-o', 's.sh'], { cwd: dir })).status, 0);
  });
});

describe('-o folders are repository content', () => {
  it('a relative -o through a linked folder outside the repository, or into .git, is refused; absolute -o is kept', async () => {
    const dir = project();
    mkdirSync(join(dir, '.git', 'hooks'), { recursive: true });
    const elsewhere = tempDir('dc-elsewhere-');
    made.push(elsewhere);
    symlinkSync(elsewhere, join(dir, 'ci'));
    symlinkSync('.git', join(dir, 'g'));
    for (const path of ['ci/services.sh', 'ci/new/services.sh', 'g/hooks/pre-commit']) {
      for (const args of [[], ['--check']]) {
        const r = await runInProcess([...REPO, ...args, '-o', path], { cwd: dir });
        assert.equal(r.status, 2, `${path} ${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, /error\[io\]: refusing to write: a folder of the path is a symbolic link to .*, outside the repository .* or inside \.git/);
      }
    }
    assert.ok(!existsSync(join(elsewhere, 'services.sh')) && !existsSync(join(elsewhere, 'new')));
    assert.ok(!existsSync(join(dir, '.git', 'hooks', 'pre-commit')));
    // A link that stays in the repository is followed; an absolute path is the user's own choice.
    mkdirSync(join(dir, 'real'));
    symlinkSync('real', join(dir, 'in'));
    assert.equal((await runInProcess([...REPO, '-o', 'in/services.sh'], { cwd: dir })).status, 0);
    assert.ok(existsSync(join(dir, 'real', 'services.sh')));
    assert.equal((await runInProcess([...REPO, '-o', join(elsewhere, 'abs.sh')], { cwd: dir })).status, 0);
    assert.ok(existsSync(join(elsewhere, 'abs.sh')));
  });
});

describe('the input through a linked folder', () => {
  it('is refused when the folder leads out of the repository, which is found from the path as written', async () => {
    const top = tempDir('dc-linked-');
    made.push(top);
    mkdirSync(join(top, 'o'));
    writeFileSync(join(top, 'o', '.drone.yml'), 'compose: {db: {image: a, foo: OUTSIDE}}\n');
    mkdirSync(join(top, 'r'));
    symlinkSync('../o', join(top, 'r', 'ci'));
    for (const withGit of [false, true]) {
      if (withGit) mkdirSync(join(top, 'r', '.git'));
      const r = await runInProcess([...REPO, 'ci/.drone.yml'], { cwd: join(top, 'r') });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /^ci\/\.drone\.yml: error\[io\]: refusing to read the input: .*outside the repository /);
      assert.doesNotMatch(r.stderr, /OUTSIDE/);
    }
    // A linked folder inside the repository is read.
    mkdirSync(join(top, 'r', 'sub'));
    writeFileSync(join(top, 'r', 'sub', '.drone.yml'), INPUT);
    symlinkSync('sub', join(top, 'r', 'alias'));
    assert.equal((await runInProcess([...REPO, 'alias/.drone.yml'], { cwd: join(top, 'r') })).status, 0);
  });
});

describe('--check shows no password and no control character', () => {
  it('masks the password the script on disk has, after it changed in the input', async () => {
    const dir = project("compose:\n  db:\n    image: r.io/a/b\n    auth_config: {username: u, password: \"OldPa'ss1\"}\n");
    assert.equal((await runInProcess([...REPO, '-o', 's.sh'], { cwd: dir })).status, 0);
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: r.io/a/b\n    auth_config: {username: u, password: "NewPass22"}\n');
    const r = await runInProcess([...REPO, '--check', '-o', 's.sh'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^-    printf '%s' '\*\*\*\*' \| dc_pull_auth /m);
    assert.match(r.stdout, /^\+    printf '%s' \*\*\*\* \| dc_pull_auth /m);
    assert.doesNotMatch(r.stdout + r.stderr, /OldPa|NewPass/);
  });

  it('escapes control characters of values in a github-format diff, so none starts a workflow command', async () => {
    const dir = project('compose:\n  db:\n    image: a\n    environment: ["X=\\e]0;t\\a\\e[2J\\r::error::x"]\n');
    writeFileSync(join(dir, 's.sh'), 'x\n');
    const r = await runInProcess([...REPO, '--check', '--format', 'github', '-o', 's.sh'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    assert.match(r.stdout, /^\+.*X='\\x1b\]0;t\\x07\\x1b\[2J\\r::error::x/m);
    assert.equal((r.stdout.match(/^::/gm) ?? []).length, 1, 'only the stale-output annotation');
  });
});
