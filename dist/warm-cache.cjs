#!/usr/bin/env node
// Makes the V8 code caches of the bundles beside this file (<bundle>.cjs.cache) for the Node.js that runs it.
// V8 accepts a code cache only from the Node.js build that made it, so the caches cannot ship: the package's
// "postinstall" runs this file with the Node.js that installed it, and scripts/build.mjs runs it at build time.
//
// It runs the command (cli.cjs) with process.execPath on small files it writes to a temporary folder (removed at
// the end), as a user would: a run started with DRONE_COMPOSE_WRITE_CODE_CACHE writes, at exit, the cache of
// every bundle it loaded, holding the functions the run compiled. The last run is `--check` of a fresh Drone 0.4
// file to a script and a compose file, the most common start-up, so the start-up bundle's cache is made by it.
//
// Guarantees: nothing is written outside the bundles' folder but the temporary folder; each cache file is
// written under a temporary name and renamed (src/bin/drone-compose.cjs), so none is ever partial. Run as a
// program (postinstall), it prints nothing and exits 0 whatever happens: a failed warm-up leaves the command
// working, without a cache. scripts/build.mjs calls warm() itself, which throws when a bundle got no cache.
'use strict';
const { spawn } = require('node:child_process');
const { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const REPO = 'github.com/octocat/hello-world';

/** A Drone 0.4 file with a build, services, environment lists, an anchor and a merge key. */
const DRONE04 = [
  'build:',
  '  image: golang:1.5',
  '  environment:',
  '    - DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres',
  '  commands:',
  '    - go test ./...',
  'compose:',
  '  database: &db',
  '    image: postgres',
  '    environment:',
  '      - POSTGRES_USER=postgres',
  '  cache:',
  '    <<: *db',
  '    image: redis',
  '',
].join('\n');

/** A Drone 1.x file with a service and two steps, one with a secret: what the later-formats bundle compiles. */
const DRONE1 = [
  'kind: pipeline',
  'type: docker',
  'name: default',
  'services:',
  '  - name: database',
  '    image: postgres:9.6',
  '    environment:',
  '      POSTGRES_PASSWORD:',
  '        from_secret: db_password',
  'steps:',
  '  - name: test',
  '    image: golang:1.16',
  '    environment:',
  '      DATABASE_URL: postgres://postgres@database:5432/app',
  '    commands:',
  '      - go test ./...',
  '',
].join('\n');

/** Runs the command in `cwd`; resolves to its exit code (null when it could not start or was killed). */
function run(cli, cwd, args, writeCaches) {
  return new Promise((resolve) => {
    const env = { ...process.env };
    if (writeCaches) env.DRONE_COMPOSE_WRITE_CODE_CACHE = '1';
    else delete env.DRONE_COMPOSE_WRITE_CODE_CACHE;
    let child;
    try {
      child = spawn(process.execPath, [cli, '--repo', REPO, ...args], { cwd, env, stdio: 'ignore', timeout: 20_000 });
    } catch {
      resolve(null);
      return;
    }
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code));
  });
}

/** The files of dist/ that hold no bundle: the command (src/bin/drone-compose.cjs) and this script. */
const NOT_BUNDLES = ['cli.cjs', 'warm-cache.cjs'];

/** The bundles the command runs from a dist/ folder, sorted: its .cjs files but NOT_BUNDLES. */
function bundlesIn(dist) {
  return readdirSync(dist).filter((f) => f.endsWith('.cjs') && !NOT_BUNDLES.includes(f)).sort();
}

/**
 * Makes the caches of the bundles in `dist` (default: this file's folder). Throws when a warm-up run does not
 * end as expected or a bundle is left without a cache; the caches already written stay (each one whole).
 */
async function warm(dist = __dirname) {
  const cli = join(dist, 'cli.cjs');
  const dir = mkdtempSync(join(tmpdir(), 'drone-compose-warm-'));
  try {
    writeFileSync(join(dir, 'drone04.yml'), DRONE04);
    writeFileSync(join(dir, 'drone1.yml'), DRONE1);
    const outputs = ['-o', 'services.sh', '-o', 'docker-compose.yml'];
    // In parallel: the fresh outputs the last run checks, and a run that loads every other bundle (the later
    // formats, the Kubernetes target, and the diff of two missing files) and writes their caches.
    const [made, others] = await Promise.all([
      run(cli, dir, [...outputs, 'drone04.yml'], false),
      run(cli, dir, ['--check', '-o', 'later.sh', '-t', 'kube', '-o', 'later.kube.yaml', 'drone1.yml'], true),
    ]);
    if (made !== 0) throw new Error(`the warm-up run that writes the outputs exited ${made}`);
    if (others !== 1) throw new Error(`the warm-up run of the later formats exited ${others}, not 1 (missing files)`);
    const checked = await run(cli, dir, ['--check', ...outputs, 'drone04.yml'], true);
    if (checked !== 0) throw new Error(`the warm-up --check run exited ${checked}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const bundles = bundlesIn(dist);
  const missing = bundles.filter((f) => !existsSync(join(dist, `${f}.cache`)));
  if (missing.length > 0) throw new Error(`no code cache was made for ${missing.join(', ')}`);
  return bundles;
}

module.exports = { bundlesIn, warm };

if (require.main === module) {
  // The install must not fail, nor print, whatever happens here.
  process.on('uncaughtException', () => process.exit(0));
  warm().then(
    () => process.exit(0),
    () => process.exit(0),
  );
}
