#!/usr/bin/env node
// Builds the project: type-checks and compiles src/ and test/ to build/ (tsc), then bundles the CLI and the
// library into dist/ (esbuild). src/generated/ comes from scripts/generate.mjs and is committed.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, statSync } from 'node:fs';
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

// The YAML parser reads process.env.LOG_TOKENS for every token (a debugging aid); reading the environment is
// slow, so the bundle drops that check. Nothing else of the dependency changes.
const dropTokenLog = {
  name: 'drop-yaml-token-log',
  setup(b) {
    b.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source.replace('if (node_process.env.LOG_TOKENS)', 'if (false)');
      if (patched === source) throw new Error('yaml parser: the LOG_TOKENS check was not found; review the build plugin');
      return { contents: patched, loader: 'js' };
    });
  },
};

// The library's type declarations: tsc wrote them to build/src; ship those of src/ (not of the tests) in dist/types.
cpSync(join(root, 'build', 'src'), join(root, 'dist', 'types'), {
  recursive: true,
  filter: (path) => statSync(path).isDirectory() || path.endsWith('.d.ts'),
});

const common = {
  plugins: [dropTokenLog],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  define: { DRONE_COMPOSE_VERSION: JSON.stringify(pkg.version) },
};
await build({
  ...common,
  entryPoints: { cli: join(root, 'src/cli.ts') },
  outdir: join(root, 'dist'),
  // commander and the rest are CommonJS; give the bundle a require() to load them with.
  banner: { js: "import { createRequire as __dcRequire } from 'node:module';\nconst require = __dcRequire(import.meta.url);" },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
await build({
  ...common,
  entryPoints: { index: join(root, 'src/index.ts') },
  outdir: join(root, 'dist'),
  banner: { js: "import { createRequire as __dcRequire } from 'node:module';\nconst require = __dcRequire(import.meta.url);" },
});
