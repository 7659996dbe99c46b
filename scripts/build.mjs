#!/usr/bin/env node
// Builds the project: type-checks and compiles src/ and test/ to build/ (tsc), then bundles the CLI and the
// library into dist/ (esbuild). src/generated/ comes from scripts/generate.mjs and is committed.
// dist/ is committed too, except the code caches (dist/*.cache): the pre-commit hook and `npm install` from git
// run it as it is, with nothing to build. The build is deterministic (same sources and lock file, same bytes,
// whatever the folder it runs from), and test/package.test.ts fails when the committed dist/ is not what it makes.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(join(root, 'build'), { recursive: true, force: true });
rmSync(join(root, 'dist'), { recursive: true, force: true });
try {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
} catch {
  console.error('build: tsc failed');
  process.exit(1);
}

// The library's type declarations: tsc wrote them to build/src; ship those of src/ (not of the tests) in dist/types.
cpSync(join(root, 'build', 'src'), join(root, 'dist', 'types'), {
  recursive: true,
  filter: (path) => statSync(path).isDirectory() || path.endsWith('.d.ts'),
});

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  // Paths in the bundles' comments are relative to the project, not to the folder the build was started from.
  absWorkingDir: root,
  define: { DRONE_COMPOSE_VERSION: JSON.stringify(pkg.version) },
};
// The CLI: a CommonJS bundle run through a code cache by dist/cli.cjs (see src/bin/drone-compose.cjs). It holds
// the yaml package and every path of a Drone 0.4 file to a script or a compose file. What only some runs need is
// a bundle of its own, required on first use: src/lazy.ts is swapped for src/bin/lazy-bundle.ts, which requires
// check.cjs (jsdiff and the diff code, when a diff is printed), later.cjs (decoding, checking and lowering of
// Drone 0.5-0.8 and 1.x files; each dialect's detection stays in the start-up bundle) and kube.cjs (the Kubernetes
// emitter and its template), left to the run time. Every bundle is built with the swap, so none holds another's
// code through src/lazy.ts. A bundle gets its own copy of the modules it shares with another (see
// src/bin/lazy-bundle.ts).
const LAZY_BUNDLES = ['check', 'later', 'kube'];
const lazyAsSeparateBundles = {
  name: 'lazy-as-separate-bundles',
  setup(b) {
    b.onResolve({ filter: /^(\.\.?\/)+lazy\.js$/ }, () => ({ path: join(root, 'src/bin/lazy-bundle.ts') }));
    b.onResolve({ filter: new RegExp(`^\\./(${LAZY_BUNDLES.join('|')})\\.cjs$`) }, (args) => ({ path: args.path, external: true }));
  },
};
// commander requires node:child_process at load time, for executable subcommands drone-compose does not have;
// loading it (with net and streams) is several ms of every start-up. In the CLI bundle commander gets a stand-in
// that requires the real module only when spawn is called.
const commanderChildProcessOnUse = {
  name: 'commander-child-process-on-use',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'on-use' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'on-use' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};
// Every bundle takes the `yaml` package's ES-module build (the package's default export condition, meant for
// browsers) rather than its CommonJS build for Node.js: esbuild then joins the package's modules into the bundle's
// own scope, where the CommonJS build kept about sixty module wrappers, each with its exports object, all built at
// every start-up (about 6% of a --check's instructions). The two builds are the same code but in a few places:
// `!!binary` decodes with `atob` there, and src/parse/scalar-tags.ts gives the tag Node.js's decoding back; the
// ES-module build has no LOG_TOKENS and LOG_STREAM variables, with which the Node.js build prints the parser's
// tokens and documents to the standard output; and its warnings go to console.warn, not process.emitWarning
// (only its toJS and parse() warn, and drone-compose calls neither).
const yamlAsEsModules = {
  name: 'yaml-as-es-modules',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules/yaml/browser/index.js') }));
  },
};
// Each CommonJS bundle is one function expression with the parameters of Node's module wrapper: dist/cli.cjs
// compiles its text as read and calls the function, instead of compiling a wrapped copy (Module.wrap), which
// was a second 750 KB string and one garbage collection more at every start-up. Line numbers in stack traces
// are those of the file on disk.
const CJS_WRAPPER = { banner: { js: '(function (exports, require, module, __filename, __dirname) {' }, footer: { js: '});' } };
const cjs = { ...common, ...CJS_WRAPPER, format: 'cjs', outExtension: { '.js': '.cjs' }, outdir: join(root, 'dist') };
await build({ ...cjs, entryPoints: { 'cli-bundle': join(root, 'src/main.ts') }, plugins: [lazyAsSeparateBundles, commanderChildProcessOnUse, yamlAsEsModules] });
await build({ ...cjs, entryPoints: { check: join(root, 'src/check.ts') }, plugins: [lazyAsSeparateBundles, yamlAsEsModules] });
await build({ ...cjs, entryPoints: { later: join(root, 'src/dialects/later.ts') }, plugins: [lazyAsSeparateBundles, yamlAsEsModules] });
await build({ ...cjs, entryPoints: { kube: join(root, 'src/emit/kube.ts') }, plugins: [lazyAsSeparateBundles, yamlAsEsModules] });
// One character beyond ASCII (in a comment, a regex) turns the whole bundle into a two-byte string for V8: twice
// the memory to read, hash against the code cache and scan, at every start-up. Write \u escapes instead.
for (const bundle of ['cli-bundle.cjs', ...LAZY_BUNDLES.map((name) => `${name}.cjs`)]) {
  const lines = readFileSync(join(root, 'dist', bundle), 'utf8').split('\n');
  const at = lines.findIndex((line) => /[^\x00-\x7f]/.test(line));
  if (at >= 0) {
    console.error(`build: dist/${bundle}:${at + 1} has a character beyond ASCII, which slows every start-up; escape it in the source:\n${lines[at]}`);
    process.exit(1);
  }
}
copyFileSync(join(root, 'src/bin/drone-compose.cjs'), join(root, 'dist/cli.cjs'));
chmodSync(join(root, 'dist/cli.cjs'), 0o755);

// The code caches, made as an install makes them: dist/warm-cache.cjs (src/bin/warm-cache.cjs, the package's
// postinstall) runs the command on small files of its own and throws when a bundle is left without a cache.
copyFileSync(join(root, 'src/bin/warm-cache.cjs'), join(root, 'dist/warm-cache.cjs'));
try {
  await createRequire(import.meta.url)(join(root, 'dist/warm-cache.cjs')).warm();
} catch (e) {
  console.error(`build: the code caches: ${e.message}`);
  process.exit(1);
}

await build({
  ...common,
  entryPoints: { index: join(root, 'src/index.ts') },
  outdir: join(root, 'dist'),
  plugins: [yamlAsEsModules],
  banner: { js: "import { createRequire as __dcRequire } from 'node:module';\nconst require = __dcRequire(import.meta.url);" },
});
