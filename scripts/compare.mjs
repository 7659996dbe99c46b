#!/usr/bin/env node
// npm run compare -- <revision> [runs]: is this build's start-up faster or slower than an earlier one's, and by
// how much? `npm run bench` gives ratios against `node -e 0`, but a change of a millisecond or two disappears in
// the drift of a shared or virtual machine. This script takes the bundles of dist/ at <revision> (a commit, a
// tag, a branch) into a temporary folder, makes their code caches with this Node.js, and times
// `--check -o services.sh` of the bundled example with both builds in pairs (one run of each, back to back, in
// alternating order), so that drift cancels out. It prints both medians and the median of the paired differences
// (this build minus the other) with a 95% bootstrap interval. RUNS pairs, 150 by default. Both builds must
// write the same script for the example (the script is this build's; a build that would write another fails).
// Like the bench, it runs without NODE_EXTRA_CA_CERTS and NODE_OPTIONS (timedEnv in scripts/timing.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timedEnv, wallTime } from './timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [revision, runsArg] = process.argv.slice(2);
if (!revision) {
  console.error('usage: npm run compare -- <revision> [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 150);
if (!Number.isSafeInteger(runs) || runs < 1) {
  console.error(`compare: the number of pairs must be a whole number of at least 1, not ${JSON.stringify(runsArg)}`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'dc-compare-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

// The other build: every file of its dist/ but the type declarations, caches made by this Node.js.
const other = join(dir, 'other');
const files = execFileSync('git', ['ls-tree', '--name-only', `${revision}:dist`], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.cjs') || f.endsWith('.js'));
mkdirSync(other);
for (const f of files) writeFileSync(join(other, f), execFileSync('git', ['show', `${revision}:dist/${f}`], { cwd: root }));
await createRequire(import.meta.url)(join(other, 'warm-cache.cjs')).warm(other);

const env = timedEnv();
copyFileSync(join(root, 'examples', 'hello-world', '.drone.yml'), join(dir, '.drone.yml'));
const args = (dist) => [join(dist, 'cli.cjs'), '--repo', 'github.com/octocat/hello-world', '--check', '-o', 'services.sh', '.drone.yml'];
const made = spawnSync(process.execPath, [join(root, 'dist', 'cli.cjs'), '--repo', 'github.com/octocat/hello-world', '-o', 'services.sh'], { cwd: dir, env });
if (made.status !== 0) throw new Error(`writing the example's script failed: ${made.stderr}`);

/** Wall time of one `--check` with the build in `dist`; it must pass. */
const time = (dist) => wallTime(process.execPath, args(dist), { cwd: dir, env });

const here = join(root, 'dist');
time(here);
time(other);
const ours = [];
const theirs = [];
const diffs = [];
for (let i = 0; i < runs; i++) {
  let mine;
  let old;
  if (i % 2 === 0) {
    mine = time(here);
    old = time(other);
  } else {
    old = time(other);
    mine = time(here);
  }
  ours.push(mine);
  theirs.push(old);
  diffs.push(mine - old);
}
// A deterministic bootstrap (a fixed linear congruential sequence): the same samples give the same interval.
let seed = 1;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const BOOTS = 2000;
const boots = [];
for (let k = 0; k < BOOTS; k++) boots.push(median(Array.from({ length: runs }, () => diffs[Math.floor(random() * runs)])));
boots.sort((a, b) => a - b);
const [low, high] = [boots[Math.floor(BOOTS * 0.025)], boots[Math.floor(BOOTS * 0.975)]];
const fmt = (ms) => `${ms >= 0 ? '+' : ''}${ms.toFixed(2)} ms`;
console.log(`drone-compose start-up, this build against ${revision}: node ${process.version}, ${runs} pairs, --check of the example to sh`);
console.log(`  this build: median ${median(ours).toFixed(2)} ms; ${revision}: median ${median(theirs).toFixed(2)} ms`);
console.log(`  paired difference (this build - ${revision}): median ${fmt(median(diffs))}, 95% interval [${fmt(low)}, ${fmt(high)}]`);
