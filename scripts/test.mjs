#!/usr/bin/env node
// Runs the test files of build/test/ (after the build) with Node's test runner and its spec reporter, a few
// files at a time, the longest first.
//
// Node's own `node --test` sorts the files by name, so a file that runs for a minute can start last and keep two
// cores waiting on it alone. Starting the longest files first (the suites that wait on real engines, run
// shellcheck or run every script under real shells) lets the short ones fill the gaps around them, as a
// scheduler does. LONGEST_FIRST is that hint; every name in it must exist, so it cannot go stale silently.
//
// The quick suites (the rules, the unit tests and a few more that only call functions, taking milliseconds)
// run together in one process: Node.js's start-up, not their tests, was most of their cost, and starting a
// process is what this kind of machine does slowest. build/test/quick-suites.js imports them; each keeps its
// own names in the report.
//
// Usage: node scripts/test.mjs [--concurrency N]   (default 3; the exit code is 1 when any test failed)
import { readdirSync, statSync, writeFileSync } from 'node:fs';
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

/** Suites that run in one process: folders (ending in /) or files under build/test. */
const TOGETHER = ['rules/', 'unit/', 'templates.test.js', 'docs.test.js', 'dialects/rules.test.js', 'dialects/schema.test.js', 'dialects/substitute.test.js'];

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
/** Whether an entry of TOGETHER (a folder ending in / or a file) names a test file. */
const names = (entry, file) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry);
const together = all.filter((f) => TOGETHER.some((t) => names(t, f)));
const unmatched = TOGETHER.filter((t) => !together.some((f) => names(t, f)));
if (unmatched.length) {
  console.error(`test: scripts/test.mjs names quick suites that do not exist: ${unmatched.join(', ')}`);
  process.exit(2);
}
const quick = join(tests, 'quick-suites.js');
writeFileSync(quick, `// Written by scripts/test.mjs: the quick suites, run in one process.\n${together.map((f) => `import './${f}';\n`).join('')}`);
// The quick suites take about as long together as the last of the long files: they start right after those.
const rest = all.filter((f) => !LONGEST_FIRST.includes(f) && !together.includes(f));
const files = [...LONGEST_FIRST.map((f) => join(tests, f)), quick, ...rest.map((f) => join(tests, f))];

const stream = run({ files, concurrency });
stream.on('test:fail', () => {
  process.exitCode = 1;
});
stream.compose(spec).pipe(process.stdout);
