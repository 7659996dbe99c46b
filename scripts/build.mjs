#!/usr/bin/env node
// Builds the project: type-checks and compiles src/ and test/ to build/ (tsc), then bundles the CLI and the
// library into dist/ (esbuild). src/generated/ comes from scripts/generate.mjs and is committed.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(join(root, 'build'), { recursive: true, force: true });
try {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
} catch {
  console.error('build: tsc failed');
  process.exit(1);
}

const common = {
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
