/**
 * Regression guard for start-up cost (no timing here; `npm run bench` measures): the bundled CLI carries
 * neither ajv's schema compiler nor Handlebars' template compiler, holds the yaml package itself, runs through
 * code caches V8 accepts, loads jsdiff (dist/check.cjs) only when a diff is printed, the later formats
 * (dist/later.cjs) only for a 0.5–0.8 or 1.x file and the Kubernetes target (dist/kube.cjs) only for -t kube.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { bundlesIn, cacheProblems, CLI, ROOT, runCli, runInProcess, SHARED, sharedAvailable, tempDir } from './helpers.js';

/**
 * The files a CLI run loaded as modules, relative to the project, sorted (Node's module cache at exit, written by
 * a preloaded probe, which is left out); and its exit code.
 */
function loadedFiles(args: string[], cwd: string): { files: string[]; status: number | null } {
  const probe = join(cwd, 'modules-probe.cjs');
  const out = join(cwd, 'modules.json');
  writeFileSync(probe, "process.on('exit', () => require('node:fs').writeFileSync(process.env.DC_MODULES_OUT, JSON.stringify(Object.keys(require.cache))));\n");
  rmSync(out, { force: true });
  const r = spawnSync(process.execPath, ['--require', probe, CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, DC_MODULES_OUT: out } });
  const loaded = (JSON.parse(readFileSync(out, 'utf8')) as string[]).filter((f) => f !== probe);
  return { files: loaded.map((f) => relative(ROOT, f)).sort(), status: r.status };
}

const dist = (...names: string[]): string[] => names.map((n) => join('dist', n)).sort();

/**
 * Compiles `input` (an absolute path) to a script and a compose file with the bundled CLI and with the compiler
 * run in process, each from a fresh folder that receives its outputs, and checks that both print, exit and write
 * the same. Nothing is written beside the input.
 */
async function sameAsInProcess(input: string): Promise<void> {
  const args = ['--trusted', '--repo', 'github.com/example/project', '-o', 'services.sh', '-o', 'docker-compose.yml', input];
  const outputs = (cwd: string) => ['services.sh', 'docker-compose.yml'].map((f) => (existsSync(join(cwd, f)) ? readFileSync(join(cwd, f), 'utf8') : null));
  const [bundled, inProcess] = [tempDir('dc-bundle-'), tempDir('dc-bundle-')];
  const a = { ...runCli(args, { cwd: bundled }), outputs: outputs(bundled) };
  const b = { ...(await runInProcess(args, { cwd: inProcess })), outputs: outputs(inProcess) };
  assert.deepEqual(a, b, input);
}

/** Every bundle the command runs. */
const BUNDLES = bundlesIn(join(ROOT, 'dist'));

describe('the bundled CLI', () => {
  const bundle = readFileSync(join(ROOT, 'dist', 'cli-bundle.cjs'), 'utf8');

  it('has no schema compiler and no template compiler in it', () => {
    for (const marker of ['JavaScriptCompiler', 'parseWithoutProcessing', 'Handlebars.precompile', 'compileSchema', 'strictSchema', 'addVocabulary', 'createTwoFilesPatch']) {
      assert.ok(!bundle.includes(marker), `dist/cli-bundle.cjs contains ${marker}`);
    }
    assert.ok(bundle.includes('Template was precompiled'), 'the Handlebars runtime is there (the guard can see code)');
    assert.ok(readFileSync(join(ROOT, 'dist', 'check.cjs'), 'utf8').includes('createTwoFilesPatch'), 'jsdiff is in check.cjs');
    // Every input is read by the yaml package: it is in the start-up bundle, under its code cache.
    for (const marker of ['composeDoc', 'resolveBlockMap', 'var Lexer', 'var Composer']) {
      assert.ok(bundle.includes(marker), `dist/cli-bundle.cjs lacks ${marker}`);
    }
  });

  it('initialises commander only when a command line is left to it', () => {
    // src/args.ts reads the common command lines; commander (a CommonJS module in the bundle, initialised by
    // its first require) is required by loadCommander alone, never at the bundle's top level.
    const requires = bundle.match(/require_commander\(\)/g) ?? [];
    assert.equal(requires.length, 1, 'one require of commander');
    assert.match(bundle, /^var loadCommander = \(\) => require_commander\(\);$/m);
  });

  it('keeps the later formats and the Kubernetes target out of the start-up bundle', () => {
    assert.deepEqual(BUNDLES, ['check.cjs', 'cli-bundle.cjs', 'kube.cjs', 'later.cjs']);
    const later = readFileSync(join(ROOT, 'dist', 'later.cjs'), 'utf8');
    const kube = readFileSync(join(ROOT, 'dist', 'kube.cjs'), 'utf8');
    // Names of functions and texts that only the 1.x decoder, the 0.5-0.8 decoder, the Kubernetes emitter and
    // its template have.
    for (const [marker, where] of [['function compileDrone1', later], ['function compileDrone08', later], ['function decodeContainer', later], ['function emitKube', kube], ['batch/v1', kube]] as const) {
      assert.ok(where.includes(marker), `the bundle that should hold ${marker} lacks it`);
      assert.ok(!bundle.includes(marker), `dist/cli-bundle.cjs contains ${marker}`);
    }
    // Detection stays: a file is recognised as 1.x or 0.5-0.8 without loading later.cjs.
    assert.ok(bundle.includes('require("./later.cjs")') && bundle.includes('require("./kube.cjs")'), 'the start-up bundle requires them on use');
    for (const name of ['later.cjs', 'kube.cjs']) {
      assert.ok(!readFileSync(join(ROOT, 'dist', name), 'utf8').includes('var Composer'), `${name} holds no YAML parser`);
    }
  });

  it('runs its bundles through code caches that this Node.js accepts', () => {
    assert.deepEqual(cacheProblems(join(ROOT, 'dist')), []);
  });

  it('starts from the code cache it reads: V8 accepts it as the command hands it over', () => {
    // cacheProblems reads each cache itself; this sees what dist/cli.cjs gives V8, through a preloaded probe
    // that notes every script compiled with a cache and whether V8 rejected it.
    const dir = tempDir('dc-bundle-');
    const probe = join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      [
        "const vm = require('node:vm');",
        'const seen = [];',
        'const Script = vm.Script;',
        'vm.Script = class extends Script {',
        '  constructor(code, options) {',
        '    super(code, options);',
        '    if (options && options.cachedData) seen.push([require("node:path").basename(options.filename), this.cachedDataRejected]);',
        '  }',
        '};',
        "process.on('exit', () => require('node:fs').writeFileSync(process.env.DC_PROBE_OUT, JSON.stringify(seen)));",
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres\n');
    const args = ['--repo', 'github.com/o/r', '-o', 'services.sh'];
    assert.equal(runCli(args, { cwd: dir }).status, 0);
    const out = join(dir, 'probe.json');
    const r = spawnSync(process.execPath, ['--require', probe, CLI, ...args, '--check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, DC_PROBE_OUT: out } });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), [['cli-bundle.cjs', false]]);
  });

  it('loads jsdiff only when --check has a difference to show', () => {
    const dir = tempDir('dc-bundle-');
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres\n');
    const args = ['--repo', 'github.com/o/r', '-o', 'services.sh'];
    assert.equal(runCli(args, { cwd: dir }).status, 0);
    assert.ok(!loadedFiles([...args, '--check'], dir).files.includes(join('dist', 'check.cjs')), 'no jsdiff on the fresh path');
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres:9\n');
    assert.ok(loadedFiles([...args, '--check'], dir).files.includes(join('dist', 'check.cjs')), 'jsdiff loads when there is a diff');
  });

  it('loads no bundle but the start-up one to compile, anchors and merge keys included', () => {
    const dir = tempDir('dc-bundle-');
    const args = ['--repo', 'github.com/o/r', '-o', 'services.sh', '--force'];
    for (const text of ['compose:\n  db:\n    image: postgres\n', 'compose:\n  db: &db\n    image: postgres\n  db2:\n    <<: *db\n    image: redis\n']) {
      writeFileSync(join(dir, '.drone.yml'), text);
      // Every file loaded: the command and the start-up bundle only.
      assert.deepEqual(loadedFiles(args, dir).files, dist('cli.cjs', 'cli-bundle.cjs'), text);
      assert.equal(runCli(args, { cwd: dir }).status, 0);
    }
  });

  /** A copy of dist/ without caches, and a temporary folder for warm-cache.cjs to use. */
  const copyOfDist = () => {
    const copy = tempDir('dc-warm-dist-');
    for (const f of ['cli.cjs', 'warm-cache.cjs', ...BUNDLES]) copyFileSync(join(ROOT, 'dist', f), join(copy, f));
    return { copy, tmp: tempDir('dc-warm-tmp-') };
  };
  /** Runs warm-cache.cjs of a folder as npm runs a postinstall: what it prints and its exit code. */
  const warmCache = (copy: string, tmp: string) => {
    const r = spawnSync(process.execPath, [join(copy, 'warm-cache.cjs')], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('warm-cache.cjs, the postinstall, makes a cache for every bundle, prints nothing and writes only the caches', () => {
    const { copy, tmp } = copyOfDist();
    assert.deepEqual(warmCache(copy, tmp), { status: 0, stdout: '', stderr: '' });
    assert.deepEqual(readdirSync(copy).sort(), ['cli.cjs', 'warm-cache.cjs', ...BUNDLES.flatMap((b) => [b, `${b}.cache`])].sort());
    assert.deepEqual(readdirSync(tmp), [], 'the temporary folder is removed');
    assert.deepEqual(cacheProblems(copy), [], 'every cache is accepted');
  });

  it('warm-cache.cjs never fails an install: with a broken bundle it prints nothing, exits 0 and leaves no temporary file', () => {
    const { copy, tmp } = copyOfDist();
    writeFileSync(join(copy, 'cli-bundle.cjs'), "throw new Error('broken');\n");
    assert.deepEqual(warmCache(copy, tmp), { status: 0, stdout: '', stderr: '' });
    // Whatever the runs wrote is a whole cache of a bundle (renamed into place), never a temporary file.
    assert.deepEqual(readdirSync(copy).filter((f) => !/\.cjs(\.cache)?$/.test(f)), []);
    assert.deepEqual(readdirSync(tmp), [], 'the temporary folder is removed');
  });

  it('a Drone 0.4 --check to sh or compose loads only the command and the start-up bundle', () => {
    const dir = tempDir('dc-bundle-');
    writeFileSync(join(dir, '.drone.yml'), 'build:\n  image: golang\n  commands:\n    - go test\ncompose:\n  db:\n    image: postgres\n');
    for (const output of ['services.sh', 'docker-compose.yml']) {
      const args = ['--repo', 'github.com/o/r', '-o', output];
      assert.equal(runCli(args, { cwd: dir }).status, 0);
      assert.deepEqual(loadedFiles([...args, '--check'], dir), { files: dist('cli.cjs', 'cli-bundle.cjs'), status: 0 }, output);
    }
  });

  it('reads YAML as the compiler run in process does, though it holds the ES-module build of the yaml package', async () => {
    // scripts/build.mjs gives every bundle the package's ES-module build; the tests run src/ with its Node.js
    // build. The two differ in !!binary (atob there: src/parse/scalar-tags.ts gives back Buffer's decoding).
    const cases = [
      'compose:\n  db:\n    image: postgres\nnotes: !!binary x\n',
      'compose:\n  db:\n    image: !!binary aGk=\n',
      'compose:\n  db:\n    image: postgres\n    environment:\n      A: yes\n      B: 0x1F\n      C: 1_000\n      D: 1:30\n      E: .5e3\n      F: 2001-12-14 21:59:43.10 -5\n      G: ~\n      H: .NaN\n      I: 0b101\n      J: 017\n      K: ""\n      L: +.inf\n      M: e5\n      N: !!bool off\n      O: !!int "12"\n      P: !!float x\n',
      'compose:\n  db: &d\n    image: postgres\n  c:\n    <<: *d\n    image: redis\n',
    ];
    for (const text of cases) {
      const input = join(tempDir('dc-bundle-'), '.drone.yml');
      writeFileSync(input, text);
      await sameAsInProcess(input);
    }
  });

  it('reads every file of the real-world corpus as the compiler run in process does', { skip: sharedAvailable() ? false : `../shared is not beside the checkout (looked for ${SHARED})` }, async () => {
    // The same comparison on the files users write: Drone 0.4 and the later formats, read in place.
    let files = 0;
    for (const folder of ['drone04', 'later']) {
      const dir = join(SHARED, 'corpus', folder);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml')).sort()) {
        await sameAsInProcess(join(dir, file));
        files++;
      }
    }
    assert.ok(files >= 90, `${files} files`);
  });

  it('creates no standard stream and loads no node:module when a --check run has nothing to say, and ends it at once; writes when it has', () => {
    // Creating process.stdout or process.stderr loads Node.js's stream machinery, a few milliseconds of every
    // start-up; src/main.ts touches them only to write, and ends a run that wrote nothing with process.exit,
    // without freeing the heap. A preloaded probe notes a call of process.exit, and lists the built-in modules
    // the run loaded, written by an exit listener (which must run either way) without a stream.
    const dir = tempDir('dc-bundle-');
    const probe = join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      [
        'let early = false;',
        'const exit = process.exit;',
        'process.exit = function (...args) { early = true; return exit.apply(this, args); };',
        "process.on('exit', () => require('node:fs').writeFileSync(process.env.DC_PROBE_OUT, JSON.stringify({ early, modules: process.moduleLoadList })));",
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres\n');
    const args = ['--repo', 'github.com/o/r', '-o', 'services.sh'];
    assert.equal(runCli(args, { cwd: dir }).status, 0);
    const probed = (extra: string[]) => {
      const out = join(dir, 'probe.json');
      rmSync(out, { force: true });
      const r = spawnSync(process.execPath, ['--require', probe, CLI, ...args, ...extra], { cwd: dir, encoding: 'utf8', env: { ...process.env, DC_PROBE_OUT: out } });
      const seen = JSON.parse(readFileSync(out, 'utf8')) as { early: boolean; modules: string[] };
      return {
        status: r.status,
        stderr: r.stderr,
        early: seen.early,
        writable: seen.modules.includes('NativeModule internal/streams/writable'),
        // node:module, with the ES module loader it requires: dist/cli.cjs takes the module class from its own module.
        moduleApi: seen.modules.includes('NativeModule module'),
      };
    };
    assert.deepEqual(probed(['--check']), { status: 0, stderr: '', early: true, writable: false, moduleApi: false }, 'a fresh --check');
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres:9\n');
    const stale = probed(['--check']);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /services\.sh is stale/, 'the finding is written');
    assert.equal(stale.writable, true, 'the probe sees streams when there is output');
    assert.equal(stale.early, false, 'a run that wrote ends as Node.js ends by itself');
  });

  it('loads later.cjs for a Drone 1.x or 0.5-0.8 file, and kube.cjs for -t kube only', () => {
    const dir = tempDir('dc-bundle-');
    const later = {
      '1.x': 'kind: pipeline\nname: default\nservices:\n  - name: db\n    image: postgres\nsteps:\n  - name: test\n    image: golang\n    commands:\n      - go test\n',
      '0.8': 'pipeline:\n  test:\n    image: golang\n    commands:\n      - go test\nservices:\n  db:\n    image: postgres\n',
    };
    for (const [format, text] of Object.entries(later)) {
      writeFileSync(join(dir, '.drone.yml'), text);
      assert.deepEqual(loadedFiles(['--repo', 'github.com/o/r', '-o', 'services.sh', '--force'], dir), { files: dist('cli.cjs', 'cli-bundle.cjs', 'later.cjs'), status: 0 }, format);
      assert.deepEqual(loadedFiles(['--repo', 'github.com/o/r', '-t', 'kube', '-o', 'job.kube.yaml', '--force'], dir), { files: dist('cli.cjs', 'cli-bundle.cjs', 'later.cjs', 'kube.cjs'), status: 0 }, format);
    }
    writeFileSync(join(dir, '.drone.yml'), 'compose:\n  db:\n    image: postgres\n');
    assert.deepEqual(loadedFiles(['--repo', 'github.com/o/r', '-t', 'kube', '-o', 'job.kube.yaml', '--force'], dir), { files: dist('cli.cjs', 'cli-bundle.cjs', 'kube.cjs'), status: 0 }, '0.4 to kube');
  });
});
