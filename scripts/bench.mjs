#!/usr/bin/env node
// npm run bench: how fast drone-compose is, as ratios measured in one run on this machine (docs/performance.md).
//   1. cold start: `drone-compose --check -o <fresh output> <example>` (both targets) against `node -e 0`, with
//      the build's code caches and without them (as from a Node.js other than the one that built the package),
//      and the same for a small file with YAML anchors and merge keys
//   2. scaling: generated files with 10, 100, 1,000 and 10,000 services (time and peak memory)
//   3. against `docker-compose config -q` validating the emitted compose file (when docker-compose is installed)
// Commands are interleaved round-robin, several runs each; medians are reported. BENCH_RUNS sets the timed runs,
// CALLGRIND_RUNS the instruction counts (when valgrind is installed).
// Every command runs without NODE_EXTRA_CA_CERTS and NODE_OPTIONS, as Node.js starts on most users' machines
// (timedEnv in scripts/timing.mjs says why). A host that sets NODE_EXTRA_CA_CERTS gets one more line, with both
// measured as it runs them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timedEnv, wallTime } from './timing.mjs';
import { brokenDroneFile, largeDroneFile } from './large-input.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 21);
const dir = mkdtempSync(join(tmpdir(), 'dc-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
// The same build without its code caches: what a Node.js other than the one that made them runs.
const uncached = join(dir, 'uncached');
cpSync(join(root, 'dist'), uncached, { recursive: true, filter: (path) => !path.endsWith('.cache') && path !== join(root, 'dist', 'types') });
const cliUncached = join(uncached, 'cli.cjs');
copyFileSync(join(root, 'examples', 'hello-world', '.drone.yml'), join(dir, '.drone.yml'));
const repo = ['--repo', 'github.com/octocat/hello-world'];
/** The environment of every measured command (scripts/timing.mjs). */
const env = timedEnv();

function must(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r;
}
must(process.execPath, [cli, ...repo, '-o', 'services.sh']);
must(process.execPath, [cli, ...repo, '-t', 'compose', '-o', 'docker-compose.yml']);
writeFileSync(join(dir, 'anchors.yml'), 'compose:\n  db: &db\n    image: postgres:9.4\n  cache:\n    <<: *db\n    image: redis:3\n');
must(process.execPath, [cli, ...repo, '-o', 'anchors.sh', 'anchors.yml']);

/** Wall time of one run in the bench's folder; the run must exit with `status` (2 for the inputs with mistakes). */
const time = (cmd, args, status = 0, runEnv = env) => wallTime(cmd, args, { cwd: dir, env: runEnv, status });

/** Runs every command `runs` times, interleaved, after one warm-up each; returns medians by name. */
function interleave(commands, n = runs) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const [cmd, args, status, runEnv] of Object.values(commands)) time(cmd, args, status, runEnv);
  for (let i = 0; i < n; i++) for (const [name, [cmd, args, status, runEnv]] of Object.entries(commands)) samples[name].push(time(cmd, args, status, runEnv));
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`drone-compose benchmark: node ${process.version}, ${runs} runs each, medians\n`);

// 1. Cold start.
const check = (bin, t) => [process.execPath, [bin, ...repo, '-t', t, '--check', '-o', t === 'sh' ? 'services.sh' : 'docker-compose.yml', '.drone.yml']];
const cold = interleave({
  'node -e 0': [process.execPath, ['-e', '0']],
  'check sh': check(cli, 'sh'),
  'check compose': check(cli, 'compose'),
  'uncached sh': check(cliUncached, 'sh'),
  'uncached compose': check(cliUncached, 'compose'),
  'check anchors': [process.execPath, [cli, ...repo, '--check', '-o', 'anchors.sh', 'anchors.yml']],
  ...(process.env.NODE_EXTRA_CA_CERTS
    ? { 'host node -e 0': [process.execPath, ['-e', '0'], 0, process.env], 'host check sh': [...check(cli, 'sh'), 0, process.env] }
    : {}),
});
const ratio = (ms) => `ratio ${(ms / cold['node -e 0']).toFixed(2)}x`;
console.log('cold start (--check of the bundled example, the file is fresh)');
console.log(`  node -e 0                          ${fmt(cold['node -e 0'])}`);
for (const t of ['sh', 'compose']) {
  console.log(`  --check -t ${t.padEnd(8)}               ${fmt(cold[`check ${t}`])}   ${ratio(cold[`check ${t}`])}   (target <= 1.5x)`);
  console.log(`  --check -t ${t.padEnd(8)} no code cache ${fmt(cold[`uncached ${t}`])}   ${ratio(cold[`uncached ${t}`])}   (target <= 1.5x)`);
}
console.log(`  --check, YAML anchors and <<        ${fmt(cold['check anchors'])}   ${ratio(cold['check anchors'])}`);
if (cold['host node -e 0'] !== undefined) {
  const [base, sh] = [cold['host node -e 0'], cold['host check sh']];
  console.log(`  this host sets NODE_EXTRA_CA_CERTS; with it, node -e 0 ${fmt(base)} and --check -t sh ${fmt(sh)}: ratio ${(sh / base).toFixed(2)}x`);
}

// 1b. The same as instruction counts (valgrind's callgrind), which hardly depend on what else the machine is
// doing; Node.js's own start-up still moves them by a few million from one run to the next, so each is the median
// of CALLGRIND_RUNS runs (5 by default), interleaved like the timed runs.
const valgrind = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
if (valgrind.status === 0) {
  const callgrindRuns = Number(process.env.CALLGRIND_RUNS ?? 5);
  const instructions = (args) => {
    const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], { cwd: dir, env, encoding: 'utf8' });
    const m = /Collected : (\d+)/.exec(r.stderr);
    if (!m) throw new Error(`callgrind gave no count: ${r.stderr.slice(-300)}`);
    return Number(m[1]);
  };
  const counted = [['node -e 0', ['-e', '0']]];
  for (const [label, bin] of [['', cli], [' no code cache', cliUncached]]) {
    for (const t of ['sh', 'compose']) counted.push([`--check -t ${t.padEnd(8)}${label.padEnd(14)}`, check(bin, t)[1]]);
  }
  const counts = new Map(counted.map(([label]) => [label, []]));
  for (let i = 0; i < callgrindRuns; i++) for (const [label, args] of counted) counts.get(label).push(instructions(args));
  const base = median(counts.get('node -e 0'));
  console.log(`  instructions (callgrind, medians of ${callgrindRuns}): node -e 0 ${(base / 1e6).toFixed(0)}M`);
  for (const [label] of counted.slice(1)) {
    const n = median(counts.get(label));
    console.log(`  instructions (callgrind): ${label} ${(n / 1e6).toFixed(0)}M   ratio ${(n / base).toFixed(2)}x`);
  }
} else {
  console.log('  instructions: skipped, valgrind is not installed');
}

// 2. Scaling with the number of services, in a fresh process each.
console.log('\nscaling (generated files; wall time of the CLI writing the script, peak memory of the compile)');
const sizes = [10, 100, 1000, 10000];
const scaling = {};
const commands = {};
for (const n of sizes) {
  writeFileSync(join(dir, `large-${n}.yml`), largeDroneFile(n));
  commands[n] = [process.execPath, [cli, ...repo, '-o', `large-${n}.sh`, `large-${n}.yml`]];
}
commands['10000 compose'] = [process.execPath, [cli, ...repo, '-t', 'compose', '-o', 'large-10000.compose.yml', 'large-10000.yml']];
for (const n of [1000, 10000]) {
  writeFileSync(join(dir, `broken-${n}.yml`), brokenDroneFile(n));
  commands[`${n} broken`] = [process.execPath, [cli, ...repo, '-o', `broken-${n}.sh`, `broken-${n}.yml`], 2];
}
const scaled = interleave(commands, Math.max(5, Math.floor(runs / 3)));
for (const n of sizes) {
  const probe = spawnSync(process.execPath, ['--input-type=module', '-e', `
    import { readFileSync } from 'node:fs';
    import { compile } from ${JSON.stringify(join(root, 'dist', 'index.js'))};
    const text = readFileSync(${JSON.stringify(join(dir, `large-${n}.yml`))}, 'utf8');
    const t = process.hrtime.bigint();
    const r = compile(text, { repo: 'github.com/octocat/hello-world', targets: ['sh'] });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (!r.outputs.sh) process.exit(3);
    console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS }));
  `], { encoding: 'utf8' });
  if (probe.status !== 0) throw new Error(`compile of ${n} services failed: ${probe.stderr}`);
  scaling[n] = { wall: scaled[n], ...JSON.parse(probe.stdout) };
  console.log(`  ${String(n).padStart(6)} services   CLI ${fmt(scaling[n].wall).padStart(10)}   compile ${fmt(scaling[n].ms).padStart(10)}   peak RSS ${(scaling[n].rss / 1024).toFixed(0)} MiB`);
}
console.log(`  1k services in ${fmt(scaling[1000].wall)} (target < 1 s); 10k services in ${fmt(scaling[10000].wall)}`);
console.log(`  10k/1k ratio: CLI ${(scaling[10000].wall / scaling[1000].wall).toFixed(2)}x, compile ${(scaling[10000].ms / scaling[1000].ms).toFixed(2)}x (linear: about 10x or less)`);
console.log(`  10k services to a compose file: CLI ${fmt(scaled['10000 compose'])}`);
console.log(`  with an error and a warning in every service: 1k ${fmt(scaled['1000 broken'])}, 10k ${fmt(scaled['10000 broken'])}, ratio ${(scaled['10000 broken'] / scaled['1000 broken']).toFixed(2)}x (linear: about 10x or less)`);

// 3. Against docker-compose validating the same compose file.
const dc = spawnSync('docker-compose', ['version', '--short'], { encoding: 'utf8' });
if (dc.status === 0) {
  const vs = interleave({
    'drone-compose': [process.execPath, [cli, ...repo, '-t', 'compose', '--check', '-o', 'docker-compose.yml', '.drone.yml']],
    'docker-compose': ['docker-compose', ['-f', 'docker-compose.yml', 'config', '-q']],
  }, Math.max(5, Math.floor(runs / 2)));
  console.log(`\nagainst docker-compose ${dc.stdout.trim()} (config -q of the emitted file)`);
  console.log(`  drone-compose --check     ${fmt(vs['drone-compose'])}`);
  console.log(`  docker-compose config -q  ${fmt(vs['docker-compose'])}   drone-compose is ${(vs['docker-compose'] / vs['drone-compose']).toFixed(2)}x faster`);
} else {
  console.log('\nagainst docker-compose: skipped, docker-compose is not installed (test/e2e/setup.sh installs it)');
}
