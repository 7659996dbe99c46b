/**
 * The package as users get it: the files `npm pack` ships; the CLI, the library and its types installed from
 * the tarball into a fresh project, with no other package; the committed dist/, which is what the build makes;
 * the pre-commit hooks run as pre-commit runs them (entry + args from .pre-commit-hooks.yaml, found on PATH in
 * the install) and installed and run by the real pre-commit 4.x and 3.x from a clone; and the CI examples in
 * examples/ (valid YAML, real flags and verbs, commands that work).
 *
 * The tarball is packed with --ignore-scripts from the dist/ that `npm test` has just built (publishing runs the
 * build first, in prepublishOnly). If npm cannot pack or install here (no npm; no registry and a cold cache),
 * these tests skip with the reason.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { delimiter, join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { parse } from 'yaml';
import { cacheProblems, CLI, have, ROOT, runCli, tempDir } from './helpers.js';

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  main: string;
  types: string;
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
};
const INPUT = 'compose:\n  cache:\n    image: redis\n  database:\n    image: postgres\n';
const REPO = 'github.com/octocat/hello-world';
const VERBS = ['up', 'down', 'build', 'run', 'logs', 'ps'];

/**
 * The environment without what `npm test` or `npm exec` hands down about the running script (npm_config_call,
 * npm_command, npm_lifecycle_*, npm_package_*, INIT_CWD): inherited, it changes what a nested npm or npx does.
 * Settings such as the registry or the cache stay.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(npm_config_call|npm_command|npm_lifecycle_\w+|npm_package_\w+|npm_execpath|INIT_CWD)$/i.test(k)),
  );
}

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd: options.cwd,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...cleanEnv(), NO_COLOR: '1', ...options.env },
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** `run`, without blocking: the two pre-commit versions install at the same time (most of it is waiting on npm). */
function runAsync(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: options.cwd, encoding: 'utf8', env: { ...cleanEnv(), NO_COLOR: '1', ...options.env }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Why npm could not do its part here, when the cause is the environment (no npm, no network), not the package. */
function environmentProblem(r: SpawnSyncReturns<string>): string | undefined {
  if (r.error) return `${String(r.error)}`;
  const out = `${r.stdout}\n${r.stderr}`;
  const m = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENOTCACHED|ERR_SOCKET_TIMEOUT)\b/.exec(out);
  if (!m) return undefined;
  const detail = r.stderr.split('\n').find((l) => /request to|network|failed/i.test(l) && !/proxy/.test(l));
  return `npm could not reach the registry (${m[1]})${detail ? `: ${detail.replace(/^npm (error|ERR!)\s*/, '').trim()}` : ''}`;
}

/** State shared by the tests of the installed package, filled in by `before`. */
const pkg = {
  /** Why the tarball could not be made, or installed, here. */
  packSkip: undefined as string | undefined,
  installSkip: undefined as string | undefined,
  tarball: '',
  entries: [] as string[],
  project: '',
  bin: '',
  /** The big temporary folders (the tarball, the installed project), removed at the end. */
  temp: [] as string[],
};

function skipIfNeeded(t: TestContext, needs: 'pack' | 'install'): boolean {
  const reason = pkg.packSkip ?? (needs === 'install' ? pkg.installSkip : undefined);
  if (reason === undefined) return false;
  console.log(`# skipped: ${reason}`);
  t.skip(reason);
  return true;
}

/** Every file and folder under `dir`, with size and modification time, to prove that nothing was written. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      const s = statSync(p);
      out.push(`${prefix}${e.name} ${e.isDirectory() ? 'dir' : `${s.size} ${s.mtimeMs}`}`);
      if (e.isDirectory()) walk(p, `${prefix}${e.name}/`);
    }
  };
  walk(dir, '');
  return out;
}

describe('the npm package', () => {
  before(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: build first (node scripts/build.mjs)');
    const packDir = tempDir('dc-pack-');
    pkg.temp.push(packDir);
    let start = Date.now();
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: ROOT });
    if (packed.status !== 0) {
      pkg.packSkip = environmentProblem(packed);
      if (pkg.packSkip) return;
      throw new Error(`npm pack failed (${packed.status}):\n${packed.stderr}`);
    }
    const filename = (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename;
    pkg.tarball = join(packDir, filename);
    console.log(`# npm pack: ${seconds(start)} (${filename}, ${statSync(pkg.tarball).size} bytes)`);
    pkg.entries = run('tar', ['-tzf', pkg.tarball], { cwd: packDir }).stdout.split('\n').filter(Boolean);

    pkg.project = tempDir('dc-consumer-');
    pkg.temp.push(pkg.project);
    start = Date.now();
    const init = run('npm', ['init', '-y'], { cwd: pkg.project });
    if (init.status !== 0) throw new Error(`npm init failed:\n${init.stderr}`);
    const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', pkg.tarball], { cwd: pkg.project });
    if (install.status !== 0) {
      pkg.installSkip = environmentProblem(install);
      if (pkg.installSkip) return;
      throw new Error(`npm install of the tarball failed (${install.status}):\n${install.stderr}`);
    }
    console.log(`# npm init + npm install of the tarball: ${seconds(start)}`);
    pkg.bin = join(pkg.project, 'node_modules', '.bin');
  });
  after(() => {
    for (const dir of pkg.temp) rmSync(dir, { recursive: true, force: true });
  });

  it('the tarball ships the bundles, the types, the schema, the hooks, README and LICENSE', (t) => {
    if (skipIfNeeded(t, 'pack')) return;
    for (const f of [
      'package/package.json',
      'package/dist/cli.cjs',
      'package/dist/cli-bundle.cjs',
      'package/dist/check.cjs',
      'package/dist/index.js',
      'package/dist/types/index.d.ts',
      'package/schemas/drone.schema.json',
      'package/.pre-commit-hooks.yaml',
      'package/README.md',
      'package/LICENSE',
    ]) {
      assert.ok(pkg.entries.includes(f), `${f} is not in the tarball`);
    }
    for (const bundle of ['cli-bundle', 'check', 'later', 'kube']) {
      assert.ok(pkg.entries.includes(`package/dist/${bundle}.cjs`), `${bundle}.cjs is in the tarball`);
    }
    // The code caches are made by the install, for the Node.js that installs: the tarball ships the script that
    // makes them, and none of the packer's.
    assert.ok(pkg.entries.includes('package/dist/warm-cache.cjs'), 'the postinstall script is in the tarball');
    assert.deepEqual(pkg.entries.filter((e) => e.endsWith('.cache')), [], 'no code cache in the tarball');
  });

  it('the tarball has no sources, tests, fixtures, build output or dependencies', (t) => {
    if (skipIfNeeded(t, 'pack')) return;
    for (const dir of ['src/', 'test/', 'fixtures/', 'build/', 'node_modules/', 'scripts/', 'dist/types/test/']) {
      const found = pkg.entries.filter((e) => e.startsWith(`package/${dir}`));
      assert.deepEqual(found, [], `package/${dir} should not be in the tarball`);
    }
    assert.deepEqual(pkg.entries.filter((e) => e.endsWith('.tgz') || e.endsWith('.ts') && !e.endsWith('.d.ts')), []);
  });

  it('every path package.json points to is in the tarball', (t) => {
    if (skipIfNeeded(t, 'pack')) return;
    const paths = [...Object.values(PKG.bin), PKG.main, PKG.types];
    for (const target of Object.values(PKG.exports)) paths.push(...(typeof target === 'string' ? [target] : Object.values(target)));
    for (const p of paths) assert.ok(pkg.entries.includes(`package/${p.replace(/^\.\//, '')}`), `${p} (package.json) is not in the tarball`);
  });

  it('installed: the package brings no other package; it declares exactly what its shipped files import', (t) => {
    if (skipIfNeeded(t, 'install')) return;
    // The bundles hold their dependencies: a package they import at run time would have to be declared.
    const dist = join(pkg.project, 'node_modules', 'drone-compose', 'dist');
    const imported = new Set<string>();
    for (const f of readdirSync(dist).filter((n) => /\.(c?js)$/.test(n))) {
      const text = readFileSync(join(dist, f), 'utf8');
      for (const m of text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|^\s*import\b[^;'"]*?\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)) {
        const spec = (m[1] ?? m[2] ?? m[3])!;
        if (spec.startsWith('.') || builtinModules.includes(spec.replace(/^node:/, ''))) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    const manifest = JSON.parse(readFileSync(join(pkg.project, 'node_modules', 'drone-compose', 'package.json'), 'utf8')) as typeof PKG;
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}).sort(), [...imported].sort(), 'declared dependencies = packages the shipped files import');
    const lock = JSON.parse(readFileSync(join(pkg.project, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const installed = Object.keys(lock.packages).filter((p) => p.includes('node_modules/')).map((p) => p.replace(/^.*node_modules\//, ''));
    console.log(`# installed from the tarball: ${installed.length} package(s): ${installed.join(', ')}`);
    assert.deepEqual(installed, ['drone-compose']);
  });

  it('installed: the postinstall made a code cache, which this Node.js accepts, for every bundle', (t) => {
    if (skipIfNeeded(t, 'install')) return;
    // The tarball has no cache (above): each one here was made by dist/warm-cache.cjs during the install.
    assert.deepEqual(cacheProblems(join(pkg.project, 'node_modules', 'drone-compose', 'dist')), []);
  });

  it('installed: npx drone-compose --version prints the version', (t) => {
    if (skipIfNeeded(t, 'install')) return;
    // (`npx --no drone-compose --version` would print npm's own version: npx takes --version after --no.)
    const r = run('npx', ['drone-compose', '--version'], { cwd: pkg.project });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), PKG.version);
    assert.ok(existsSync(join(pkg.bin, 'drone-compose')), 'the bin link is there');
  });

  it('installed: the CLI reads YAML anchors (the full reader) and prints diffs (jsdiff), each a bundle of its own', (t) => {
    if (skipIfNeeded(t, 'install')) return;
    const dir = tempDir('dc-installed-');
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db: &db\n    image: postgres:9.4\n  cache:\n    <<: *db\n    image: redis:3\n');
    const bin = join(pkg.bin, 'drone-compose');
    const made = run(bin, ['--repo', REPO, '-o', 'services.sh'], { cwd: dir });
    assert.equal(made.status, 0, made.stderr);
    assert.match(readFileSync(join(dir, 'services.sh'), 'utf8'), /postgres:9\.4[\s\S]*redis:3/);
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres:9.5\n');
    const stale = run(bin, ['--repo', REPO, '--check', '-o', 'services.sh'], { cwd: dir });
    assert.equal(stale.status, 1, stale.stderr);
    assert.match(stale.stdout, /^\+.*postgres:9\.5/m);
  });

  it('installed: the library compiles text and touches neither files nor processes', (t) => {
    if (skipIfNeeded(t, 'install')) return;
    const before = snapshot(pkg.project);
    const script = [
      "import { compile } from 'drone-compose';",
      `const result = compile(${JSON.stringify(INPUT)}, { repo: ${JSON.stringify(REPO)}, targets: ['sh', 'compose'] });`,
      'console.log(JSON.stringify({',
      "  from: import.meta.resolve('drone-compose'),",
      "  schema: import.meta.resolve('drone-compose/schema.json'),",
      '  keys: Object.keys(result), targets: Object.keys(result.outputs), diagnostics: result.diagnostics,',
      '  sh: result.outputs.sh, compose: result.outputs.compose,',
      '}));',
    ].join('\n');
    // In the project (bare specifiers resolve from the current folder), under the permission model, which turns
    // any file write or child process into an error.
    const r = run(process.execPath, ['--experimental-permission', '--allow-fs-read=*', '--no-warnings', '--input-type=module', '-e', script], { cwd: pkg.project });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { from: string; schema: string; keys: string[]; targets: string[]; diagnostics: unknown[]; sh: string; compose: string };
    assert.ok(out.from.startsWith(`file://${join(pkg.project, 'node_modules', 'drone-compose')}/`), `resolved from ${out.from}`);
    assert.ok(out.schema.endsWith('/node_modules/drone-compose/schemas/drone.schema.json'), out.schema);
    assert.ok(out.keys.includes('outputs') && out.keys.includes('diagnostics'), out.keys.join());
    assert.deepEqual(out.targets.sort(), ['compose', 'sh']);
    assert.deepEqual(out.diagnostics, []);
    assert.match(out.sh, /^#!\/bin\/sh\n# Code generated by drone-compose/);
    assert.match(out.sh, /\/drone\/src\/github\.com\/octocat\/hello-world/);
    assert.match(out.compose, /network_mode: "service:holder"/);
    assert.deepEqual(snapshot(pkg.project), before, 'nothing written in the project');
  });

  it('installed: the types of the exports map exist and type-check a consumer', (t) => {
    if (skipIfNeeded(t, 'install')) return;
    const dir = join(pkg.project, 'node_modules', 'drone-compose');
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as typeof PKG;
    const types = (manifest.exports['.'] as Record<string, string>)['types']!;
    assert.ok(existsSync(join(dir, types)), `${types} (exports["."].types) is missing`);
    assert.ok(existsSync(join(dir, manifest.types)), `${manifest.types} (types) is missing`);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    if (!existsSync(tsc)) {
      console.log('# skipped part: typescript is not installed in the checkout');
      return;
    }
    writeFileSync(
      join(pkg.project, 'consumer.ts'),
      [
        "import { compile, renderText, type CompileResult, type Diagnostic } from 'drone-compose';",
        "const result: CompileResult = compile('compose: {}', { repo: 'github.com/o/r', targets: ['sh'] });",
        'const first: Diagnostic | undefined = result.diagnostics[0];',
        "const text: string = first ? renderText(first, result.source) : (result.outputs.sh ?? '');",
        'export { text };',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(pkg.project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] }, files: ['consumer.ts'] }),
    );
    const r = run(process.execPath, [tsc, '-p', pkg.project], { cwd: pkg.project });
    assert.equal(r.status, 0, `tsc on a consumer of the installed package:\n${r.stdout}${r.stderr}`);
  });

  describe('the pre-commit hooks, run as pre-commit runs them', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      name: string;
      description: string;
      entry: string;
      language: string;
      pass_filenames: boolean;
      files: string;
      args?: string[];
    }[];
    const check = hooks.find((h) => h.id === 'drone-compose')!;
    const generate = hooks.find((h) => h.id === 'drone-compose-generate');

    /** The hook's entry (split on spaces, as shlex does for these) and args, found on PATH in the install. */
    function runHook(hook: typeof check, cwd: string): SpawnSyncReturns<string> {
      const [command, ...args] = hook.entry.split(' ').filter(Boolean);
      return run(command!, [...args, ...(hook.args ?? [])], { cwd, env: { PATH: `${pkg.bin}${delimiter}${process.env['PATH'] ?? ''}` } });
    }

    function workTree(): string {
      const dir = tempDir('dc-hook-');
      mkdirSync(join(dir, 'ci'));
      writeFileSync(join(dir, '.drone.yml'), INPUT);
      writeFileSync(
        join(dir, 'drone-compose.config.json'),
        `${JSON.stringify({ outputs: [{ target: 'sh', path: 'ci/services.sh' }, { target: 'compose', path: 'docker-compose.yml' }], repo: 'github.com/o/r' }, null, 2)}\n`,
      );
      return dir;
    }

    it('the manifest declares the check hook as documented', () => {
      assert.ok(Array.isArray(hooks));
      assert.ok(check, 'a hook with id drone-compose');
      assert.equal(check.entry, 'drone-compose --check');
      assert.equal(check.language, 'node');
      assert.equal(check.pass_filenames, false);
      assert.ok(check.name && check.description);
      assert.equal(check.args, undefined);
      if (generate) {
        assert.equal(generate.entry, 'drone-compose');
        assert.equal(generate.language, 'node');
        assert.equal(generate.pass_filenames, false);
      }
      for (const h of hooks) assert.equal(h.entry.split(' ')[0], Object.keys(PKG.bin)[0], `${h.id} runs the package's bin`);
    });

    it('`files` matches the Drone file, the config and the generated files, not other sources', () => {
      const yes = ['.drone.yml', 'ci/services.sh', 'services.sh', 'docker-compose.yml', 'docker-compose.ci.yaml', 'deploy/docker-compose.yml', 'drone-compose.config.json', 'sub/.drone.yml'];
      const no = ['src/app.py', 'README.md', '.drone.yml.orig', 'package.json', 'x.drone.yml', 'ci/services.sh.bak'];
      for (const h of hooks) {
        // pre-commit uses Python's re.search on the path from the repository's root.
        const re = new RegExp(h.files);
        for (const p of yes) assert.ok(re.test(p), `${h.id}: files should match ${p}`);
        for (const p of no) assert.ok(!re.test(p), `${h.id}: files should not match ${p}`);
        if (have('python3')) {
          const py = spawnSync('python3', ['-c', 'import re, sys, json; r = re.compile(sys.argv[1]); print(json.dumps([bool(r.search(p)) for p in sys.argv[2:]]))', h.files, ...yes, ...no], { encoding: 'utf8' });
          assert.equal(py.status, 0, py.stderr);
          assert.deepEqual(JSON.parse(py.stdout), [...yes.map(() => true), ...no.map(() => false)], `${h.id}: Python's re agrees`);
        }
      }
    });

    it('exit 0 when the generated files are fresh; exit 1, the stale files named and diffed, nothing written, when not', (t) => {
      if (skipIfNeeded(t, 'install')) return;
      const dir = workTree();
      const gen = run('drone-compose', [], { cwd: dir, env: { PATH: `${pkg.bin}${delimiter}${process.env['PATH'] ?? ''}` } });
      assert.equal(gen.status, 0, gen.stderr);
      assert.ok(existsSync(join(dir, 'ci', 'services.sh')) && existsSync(join(dir, 'docker-compose.yml')));

      const fresh = runHook(check, dir);
      assert.equal(fresh.status, 0, fresh.stderr);
      assert.equal(fresh.stdout, '');

      writeFileSync(join(dir, '.drone.yml'), INPUT.replace('image: redis', 'image: redis:7'));
      const before = snapshot(dir);
      const stale = runHook(check, dir);
      assert.equal(stale.status, 1, stale.stderr);
      assert.match(stale.stderr, /ci\/services\.sh is stale/);
      assert.match(stale.stderr, /docker-compose\.yml is stale/);
      assert.match(stale.stdout, /^--- a\/ci\/services\.sh\n\+\+\+ b\/ci\/services\.sh\n@@ /m);
      assert.match(stale.stdout, /^--- a\/docker-compose\.yml\n\+\+\+ b\/docker-compose\.yml\n@@ /m);
      assert.match(stale.stdout, /^\+.*redis:7/m);
      assert.deepEqual(snapshot(dir), before, '--check wrote nothing');

      rmSync(join(dir, 'docker-compose.yml'));
      const missing = runHook(check, dir);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /docker-compose\.yml is missing/);
      assert.ok(!existsSync(join(dir, 'docker-compose.yml')), '--check does not create a missing file');

      if (generate) {
        const regenerated = runHook(generate, dir);
        assert.equal(regenerated.status, 0, regenerated.stderr);
        assert.match(readFileSync(join(dir, 'ci', 'services.sh'), 'utf8'), /redis:7/);
        assert.equal(runHook(check, dir).status, 0, 'fresh again after the generate hook');
      }
    });

    it('without a config file, the hook asks for outputs (exit 2) instead of passing', (t) => {
      if (skipIfNeeded(t, 'install')) return;
      const dir = tempDir('dc-hook-noconfig-');
      writeFileSync(join(dir, '.drone.yml'), INPUT);
      const r = runHook(check, dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--check needs -o PATH \(or a config file\)/);
    });
  });
});

describe('the committed dist/', () => {
  // The hooks and `npm install` from git run dist/ as committed, without building; so it must be exactly what
  // the build makes of the committed sources (`npm test` has just built it). The code caches are not committed.
  it('is what the build makes: no file differs from, is missing from or is added to the index', (t) => {
    const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    const top = git('rev-parse', '--show-toplevel');
    if (top.status !== 0 || realpathSync(top.stdout.trim()) !== realpathSync(ROOT)) {
      if (process.env['CI'] === 'true') assert.fail('CI=true but the project is not a git checkout');
      console.log('# skipped: the project is not a git checkout here');
      return t.skip('the project is not a git checkout here');
    }
    const built: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        if (e.isDirectory()) walk(`${dir}/${e.name}`);
        else if (!e.name.endsWith('.cache')) built.push(`${dir}/${e.name}`);
      }
    };
    walk('dist');
    built.sort();
    const indexed = new Map(
      git('ls-files', '--stage', '--', 'dist').stdout.split('\n').filter(Boolean).map((l) => {
        const [, sha, path] = /^\d+ ([0-9a-f]+) \d+\t(.*)$/.exec(l)!;
        return [path!, sha!] as const;
      }),
    );
    const hashes = git('hash-object', '--', ...built).stdout.trim().split('\n');
    const differ = built.filter((p, i) => indexed.has(p) && indexed.get(p) !== hashes[i]);
    const added = built.filter((p) => !indexed.has(p));
    const missing = [...indexed.keys()].filter((p) => !built.includes(p));
    assert.deepEqual({ differ, added, missing }, { differ: [], added: [], missing: [] }, 'the committed dist/ is stale: run `npm run build` and commit dist/');
    assert.ok(indexed.has('dist/cli.cjs') && indexed.has('dist/cli-bundle.cjs'), 'the CLI is committed');
    assert.ok(![...indexed.keys()].some((p) => p.endsWith('.cache')), 'no code cache is committed');
  });
});

describe('the hooks installed and run by pre-commit 4.x and 3.x from a clone', { concurrency: true }, () => {
  // `pre-commit run` of a project whose .pre-commit-config.yaml names a plain clone of the committed project (at
  // its HEAD) with every hook of the manifest, as a user's hooks are installed: pre-commit 4.x runs `npm install -g
  // git+file://<clone>`; 3.x (Debian's) runs `npm install` in the clone, `npm pack`, and `npm install -g` of the
  // tarball. The project's generated file is stale: the check hook fails with the diff, the generate hook rewrites
  // the file. The installed package stays in PRE_COMMIT_HOME (try-repo would remove it), so its code caches are
  // checked too.
  // Where a version is not installed, its case is skipped with the reason (with CI=true it fails): test/e2e/setup.sh
  // installs both.
  const PRE_COMMIT4 = process.env['DRONE_COMPOSE_PRE_COMMIT4'] ?? '/opt/drone-compose-test/pre-commit4/bin/pre-commit';
  const inCi = process.env['CI'] === 'true';

  /** The first of these commands that is pre-commit of this major version, or why there is none. */
  function preCommit(major: number, candidates: string[]): { bin: string; version: string } | { why: string } {
    for (const bin of candidates) {
      const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
      const version = r.status === 0 ? r.stdout.trim().replace(/^pre-commit /, '') : '';
      if (version.startsWith(`${major}.`)) return { bin, version };
    }
    return { why: `no pre-commit ${major}.x (looked for ${candidates.join(', ')}); run: bash test/e2e/setup.sh` };
  }

  let clone = '';
  let skip: string | undefined;
  before(() => {
    const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: ROOT, encoding: 'utf8' });
    if (top.status !== 0 || realpathSync(top.stdout.trim()) !== realpathSync(ROOT)) {
      skip = 'the project is not a git checkout here';
      return;
    }
    clone = join(tempDir('dc-clone-'), 'drone-compose');
    const cloned = spawnSync('git', ['clone', '--quiet', ROOT, clone], { encoding: 'utf8' });
    if (cloned.status !== 0) throw new Error(`git clone failed:\n${cloned.stderr}`);
  });

  /** The dist/ folders of the drone-compose packages installed under a pre-commit home. */
  function findInstalled(home: string): string[] {
    const out: string[] = [];
    const walk = (dir: string, depth: number): void => {
      if (depth > 8) return;
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (!e.isDirectory()) continue;
        const p = join(dir, e.name);
        if (e.name === 'drone-compose' && dir.endsWith('node_modules') && existsSync(join(p, 'dist', 'cli-bundle.cjs'))) out.push(join(p, 'dist'));
        else walk(p, depth + 1);
      }
    };
    walk(home, 0);
    return out;
  }

  /** A git project with .drone.yml, a config naming services.sh, services.sh made from an older .drone.yml, and `more`. */
  function staleProject(more: Record<string, string>): string {
    const dir = tempDir('dc-precommit-');
    for (const [name, text] of Object.entries(more)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, '.drone.yml'), INPUT);
    writeFileSync(join(dir, 'drone-compose.config.json'), JSON.stringify({ repo: REPO, outputs: [{ target: 'sh', path: 'services.sh' }] }));
    assert.equal(runCli([], { cwd: dir }).status, 0);
    writeFileSync(join(dir, '.drone.yml'), INPUT.replace('image: redis', 'image: redis:7'));
    for (const args of [['init', '--quiet'], ['add', '.']]) assert.equal(spawnSync('git', args, { cwd: dir }).status, 0);
    return dir;
  }

  for (const [major, candidates] of [
    [4, [PRE_COMMIT4, 'pre-commit']],
    [3, ['pre-commit', '/usr/bin/pre-commit']],
  ] as const) {
    const found = preCommit(major, [...candidates]);
    it(`pre-commit ${major}.x: installs the hooks from a clone with their code caches and runs them (check fails with the diff, generate rewrites)`, async (t) => {
      if ('why' in found) {
        if (inCi) assert.fail(`CI=true but ${found.why}`);
        console.log(`# skipped: ${found.why}`);
        return t.skip(found.why);
      }
      if (skip) return t.skip(skip);
      const manifest = parse(readFileSync(join(clone, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; name: string }[];
      const rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: clone, encoding: 'utf8' }).stdout.trim();
      const config = `repos:\n  - repo: ${JSON.stringify(clone)}\n    rev: ${rev}\n    hooks:\n${manifest.map((h) => `      - id: ${h.id}\n`).join('')}`;
      const dir = staleProject({ '.pre-commit-config.yaml': config });
      const start = Date.now();
      const home = tempDir('dc-precommit-home-');
      const r = await runAsync(found.bin, ['run', '--all-files'], { cwd: dir, env: { PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' } });
      console.log(`# pre-commit ${found.version} run (install from a clone, then both hooks): ${seconds(start)}`);
      const out = `${r.stdout}${r.stderr}`;
      assert.doesNotMatch(out, /An unexpected error has occurred/, out);
      assert.equal(r.status, 1, out);
      assert.match(out, /^drone-compose --check\.+Failed$/m, out);
      assert.match(out, /services\.sh is stale/);
      assert.match(out, /^\+.*redis:7/m, 'the diff of the stale file');
      assert.match(out, /^drone-compose \(regenerate\)\.+Failed$\n- hook id: drone-compose-generate\n- files were modified by this hook$/m, out);
      for (const hook of manifest) {
        const escaped = hook.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        assert.match(out, new RegExp(`^${escaped}\\.+Failed\n- hook id: ${hook.id}$`, 'm'), `the hook ${hook.id} ran`);
      }
      assert.match(readFileSync(join(dir, 'services.sh'), 'utf8'), /redis:7/, 'the generate hook rewrote the file');
      assert.equal(runCli(['--check'], { cwd: dir }).status, 0, 'fresh after the generate hook');
      // The clone has no code cache (dist/*.cache is not committed): the install's postinstall made them, for the
      // Node.js of the hook's environment (its own bin/node, else the one on PATH, which runs this test).
      const installed = findInstalled(home);
      assert.equal(installed.length, 1, `one installed drone-compose under ${home}: ${installed.join(', ')}`);
      const envNode = join(installed[0]!, '..', '..', '..', '..', 'bin', 'node');
      assert.deepEqual(cacheProblems(installed[0]!, existsSync(envNode) ? envNode : process.execPath), []);
    });
  }
});

describe('the CI examples', () => {
  const EXAMPLES = ['github-actions.yml', 'gitlab-ci.yml'];
  const help = runCli(['--help']).stdout;
  const diffHelp = runCli(['diff', '--help']).stdout;
  // In command position (a line's start, after a shell operator, then/do/exec), directly or through npx.
  const INVOCATION = /(?<=^[ \t]*|[;&|(][ \t]*|\b(?:then|do|exec)[ \t]+)(?:npx[ \t]+(?:(?:--yes|-y)[ \t]+)?)?drone-compose(?:@[\w.^~-]+)?(?=[ \t]|$)([^\n]*)/gm;

  /** Every shell text in a workflow: GitHub steps' `run`, GitLab jobs' `script`, `before_script`, `after_script`. */
  function shellTexts(doc: unknown): string[] {
    const out: string[] = [];
    const walk = (node: unknown, key?: string): void => {
      if (typeof node === 'string') {
        if (key && ['run', 'script', 'before_script', 'after_script'].includes(key)) out.push(node);
      } else if (Array.isArray(node)) {
        for (const item of node) walk(item, key);
      } else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) walk(v, k);
      }
    };
    walk(doc);
    return out;
  }

  /** The drone-compose command lines: the launcher, the words after it up to a shell operator or redirection. */
  function invocations(texts: string[]): { launcher: string; words: string[] }[] {
    const out: { launcher: string; words: string[] }[] = [];
    for (const text of texts) {
      for (const m of text.replace(/\\\n/g, ' ').matchAll(INVOCATION)) {
        const words: string[] = [];
        for (const w of (m[1] ?? '').match(/'[^']*'|"[^"]*"|\S+/g) ?? []) {
          if (/^(\|\|?|&&?|;|\)|\d*[<>].*)$/.test(w)) break;
          words.push(w.replace(/^'(.*)'$|^"(.*)"$/, '$1$2'));
        }
        out.push({ launcher: m[0].slice(0, m[0].length - (m[1] ?? '').length), words });
      }
    }
    return out;
  }

  for (const name of EXAMPLES) {
    describe(`examples/${name}`, () => {
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      const doc = parse(text, { prettyErrors: true }) as Record<string, unknown>;
      const texts = shellTexts(doc);
      const calls = invocations(texts);

      it('is valid YAML with shell steps', () => {
        assert.ok(doc && typeof doc === 'object');
        assert.ok(texts.length > 0);
        assert.ok(calls.length >= 2, `found ${calls.length} drone-compose invocations`);
      });

      it('uses only flags that drone-compose --help (or diff --help) lists', () => {
        for (const { words } of calls) {
          const sub = words[0] === 'diff';
          for (const w of words.filter((x) => /^-./.test(x))) {
            const flag = w.split('=')[0]!;
            const re = new RegExp(`(^|[\\s,])${flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s,=]|$)`, 'm');
            assert.match(sub ? diffHelp : help, re, `${flag} (in \`drone-compose ${words.join(' ')}\`) is not an option of drone-compose${sub ? ' diff' : ''}`);
          }
        }
        assert.ok(calls.some((c) => c.words.includes('--check')), 'one job checks the committed files');
        assert.ok(calls.some((c) => c.words.includes('-o') && c.words.includes('--repo')), 'one step generates the script with --repo');
      });

      it('uses only the verbs of the generated script, with up, down and a cleanup that always runs', () => {
        const verbs = texts.flatMap((t) => [...t.matchAll(/\bsh\s+\S*services\.sh\s+([^\s;|&)]+)/g)].map((m) => m[1]!));
        for (const v of verbs) assert.ok(VERBS.includes(v), `sh services.sh ${v}: not a verb of the script (${VERBS.join(', ')})`);
        for (const v of ['up', 'down']) assert.ok(verbs.includes(v), `sh services.sh ${v} is missing`);
        assert.ok(verbs.includes('build') || verbs.includes('run'), 'the tests run in the namespace (build or run)');
        const jobs = Object.values((doc['jobs'] ?? doc) as Record<string, unknown>).filter((j): j is Record<string, unknown> => !!j && typeof j === 'object');
        const cleanup = name.startsWith('github')
          ? jobs.some((j) => ((j['steps'] ?? []) as Record<string, unknown>[]).some((s) => s['if'] === 'always()' && /\bsh services\.sh down\b/.test(String(s['run']))))
          : jobs.some((j) => ((j['after_script'] ?? []) as string[]).some((l) => /\bsh services\.sh down\b/.test(l)));
        assert.ok(cleanup, name.startsWith('github') ? 'a step with if: always() runs sh services.sh down' : 'after_script runs sh services.sh down');
      });

      it('its drone-compose commands work on the hello-world example', () => {
        const dir = tempDir('dc-example-');
        cpSync(join(ROOT, 'examples', 'hello-world'), dir, { recursive: true });
        writeFileSync(join(dir, 'drone-compose.config.json'), JSON.stringify({ repo: REPO, outputs: [{ target: 'sh', path: 'services.sh' }] }));
        const env = { CI_SERVER_HOST: 'github.com', CI_PROJECT_PATH: 'octocat/hello-world', CI_JOB_ID: '1' };
        const line = (words: string[]): string => words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
        // GitHub expressions are replaced before the shell sees the text.
        const expandedCalls = invocations(texts.map((t) => t.replace(/\$\{\{\s*github\.repository\s*\}\}/g, 'octocat/hello-world')));
        // Generate first, then check: the check job reads the config file written above.
        const ordered = [...expandedCalls.filter((c) => !c.words.includes('--check')), ...expandedCalls.filter((c) => c.words.includes('--check'))];
        for (const { words: expanded } of ordered) {
          assert.ok(!expanded.some((w) => w.includes('${{')), `an unexpected expression in ${expanded.join(' ')}`);
          // Expand $VARS as the CI's shell would, then run the bundled CLI instead of npx.
          const r = run('sh', ['-c', `exec "$0" "$1" ${expanded.map((w) => (w.includes('$') ? `"${w}"` : line([w]))).join(' ')}`, process.execPath, CLI], { cwd: dir, env });
          assert.equal(r.status, 0, `drone-compose ${expanded.join(' ')}:\n${r.stderr}`);
        }
        assert.ok(existsSync(join(dir, 'services.sh')));
        assert.match(readFileSync(join(dir, 'services.sh'), 'utf8'), /\/drone\/src\/github\.com\/octocat\/hello-world/);
      });

      if (name.startsWith('github')) {
        it('the check step turns a stale file into an annotation and fails', (t) => {
          if (!have('bash')) return t.skip('no bash');
          const steps = Object.values(doc['jobs'] as Record<string, { steps: { run?: string; shell?: string }[] }>).flatMap((j) => j.steps);
          const step = steps.find((s) => s.run?.includes('--check'))!;
          assert.match(step.run!, /--format github/);
          const dir = tempDir('dc-example-check-');
          writeFileSync(join(dir, '.drone.yml'), INPUT);
          writeFileSync(join(dir, 'drone-compose.config.json'), JSON.stringify({ repo: REPO, outputs: [{ path: 'services.sh' }] }));
          assert.equal(runCli([], { cwd: dir }).status, 0);
          const script = step.run!.replace(/npx --yes drone-compose@\S+/g, `"${process.execPath}" "${CLI}"`);
          const fresh = run('bash', ['-c', script], { cwd: dir });
          assert.equal(fresh.status, 0, fresh.stderr);
          assert.doesNotMatch(fresh.stdout, /::error/);
          writeFileSync(join(dir, '.drone.yml'), INPUT.replace('image: redis', 'image: redis:7'));
          const stale = run('bash', ['-c', script], { cwd: dir });
          assert.equal(stale.status, 1, stale.stderr);
          assert.match(stale.stdout, /^::error file=services\.sh,title=stale-output::services\.sh is stale%0Arun: drone-compose \S*, and commit the result$/m);
          assert.match(stale.stdout, /^--- a\/services\.sh$/m);
        });
      }
    });
  }
});
