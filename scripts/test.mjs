#!/usr/bin/env node
// Runs the test files of build/test/ (after the build) with Node's test runner and its spec reporter, a few
// files at a time, the longest first.
//
// Node's own `node --test` sorts the files by name, so a file that runs for a minute can start last and keep two
// cores waiting on it alone. Starting the longest files first (the suites that wait on real engines, run
// shellcheck or run every script under real shells) lets the short ones fill the gaps around them, as a
// scheduler does. LONGEST_FIRST is that hint; every name in it must exist, so it cannot go stale silently.
//
// Usage: node scripts/test.mjs [--concurrency N]   (default 3; the exit code is 1 when any test failed)
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tests = join(root, 'build', 'test');

/** Files of build/test/ that run longest on a 2-core machine, longest first (measured with each file alone). */
const LONGEST_FIRST = [
  'e2e/docker-sh.test.js',
  'e2e/docker-compose.test.js',
  'package.test.js',
  'sh-argv.test.js',
  'corpus.test.js',
  'untrusted-files.test.js',
  'dialects/e2e.test.js',
  'dialects/corpus.test.js',
  'property/argv.test.js',
  'e2e/podman.test.js',
  'hardening.test.js',
  'property/robustness.test.js',
];

/** Every *.test.js file under a folder, as paths relative to build/test, sorted. */
function testFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testFiles(path));
    else if (name.endsWith('.test.js')) out.push(relative(tests, path));
  }
  return out;
}

const args = process.argv.slice(2);
let concurrency = 3;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--concurrency' && /^[1-9][0-9]*$/.test(args[i + 1] ?? '')) concurrency = Number(args[++i]);
  else {
    console.error(`test: unknown argument ${JSON.stringify(args[i])} (usage: node scripts/test.mjs [--concurrency N])`);
    process.exit(2);
  }
}

const all = testFiles(tests);
const missing = LONGEST_FIRST.filter((f) => !all.includes(f));
if (missing.length) {
  console.error(`test: scripts/test.mjs names test files that do not exist: ${missing.join(', ')}`);
  process.exit(2);
}
const ordered = [...LONGEST_FIRST, ...all.filter((f) => !LONGEST_FIRST.includes(f))];

const stream = run({ files: ordered.map((f) => join(tests, f)), concurrency });
stream.on('test:fail', () => {
  process.exitCode = 1;
});
stream.compose(spec).pipe(process.stdout);
