#!/usr/bin/env node
// npm run phases [-- runs [sh|compose]]: where the instructions of a `--check` of the bundled example go, phase
// by phase, for the build in dist/. `npm run bench` gives the whole run, whose count moves by a few million from one run to
// the next (Node.js's own start-up varies); the phases after it repeat to within about 0.1M, so a change of
// half a million instructions in one of them can be seen, and where it is.
//
// It copies dist/ to a temporary folder and puts a marker, a call of process.cpuUsage(), at the start of each
// phase: in cli.cjs around the start-up bundle's loading, and in the bundle before the statements listed in
// MARKERS (each must occur exactly once; a build that changed them makes this script fail, naming the one
// missing). It makes that copy's code cache as warm-cache.cjs does, by a --check of a fresh script and compose
// file, then runs `--check -o services.sh` (or `-o docker-compose.yml`) under valgrind's callgrind, which writes its counts at every marker
// (--dump-before). It prints the median count of each phase over RUNS runs (3 by default). The markers cost a
// few thousand instructions each. Like the bench, it runs without NODE_EXTRA_CA_CERTS and NODE_OPTIONS.
// With PHASES_OUT=<folder>, the last run's callgrind files (cg.1 … cg.N and cg, one per phase) are copied there,
// for `callgrind_annotate --inclusive=yes <folder>/cg.7` and the like.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timedEnv } from './timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 3);
const target = process.argv[3] ?? 'sh';
const OUTPUT = { sh: 'services.sh', compose: 'docker-compose.yml' }[target];
if (!OUTPUT) {
  console.error(`phases: the target is sh or compose, not ${JSON.stringify(target)}`);
  process.exit(2);
}
if (!Number.isSafeInteger(runs) || runs < 1) {
  console.error(`phases: the number of runs must be a whole number of at least 1, not ${JSON.stringify(process.argv[2])}`);
  process.exit(2);
}
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('phases: valgrind is not installed (apt-get install valgrind)');
  process.exit(2);
}

const MARK = 'process.cpuUsage();';
/** Phases of cli.cjs: [name of the phase that starts at the marker, the text the marker goes before]. */
const COMMAND = [
  ['cli.cjs: its requires, up to reading the bundle', "= require('node:fs');"],
  ['reading the start-up bundle and its cache, deserializing', '  let cachedData;'],
  ['calling the bundle', '  compiled.set(file, script);'],
];
/** Phases of cli-bundle.cjs, in the order they run. */
const MARKERS = [
  ['module initialization (yaml, commander, Handlebars, validator, drone-compose)', null],
  ['arguments (commander: the program and its parse)', 'void run(process.argv.slice(2), {'],
  ['outputs planned, input read (file system checks)', 'const { outputs, config } = this.plan(opts, inputDir);'],
  ['YAML parsed (yaml package, tags, plain data with locations)', 'const result = compile(text, this.compileOptions('],
  ['dialect picked, decoded', 'const dialect = pickDialect(documents, options.dialect);'],
  ['rules (schema and checks)', 'if (!runRules({ model, source, options, diags })) return { secrets };'],
  ['lowered to the IR (image references, readiness, values)', 'return { project: lower(model, options, diags, source), secrets };'],
  ['emitted (view model, template)', 'const seen = /* @__PURE__ */ new Set();'],
  ['compared with the file on disk', 'return finish(artifacts, project);'],
  ['exit', 'if (stale.length === 0) return 0;'],
];

/** `text` with MARK before each anchor, at the start of its line (null: the bundle's first statement). */
function marked(text, anchors, file) {
  let out = text;
  for (const [name, anchor] of anchors) {
    if (anchor === null) {
      const open = out.indexOf('{') + 1;
      out = out.slice(0, open) + MARK + out.slice(open);
      continue;
    }
    const at = out.indexOf(anchor);
    if (at < 0 || out.indexOf(anchor, at + 1) >= 0) {
      throw new Error(`phases: ${file} has ${at < 0 ? 'no' : 'more than one'} ${JSON.stringify(anchor)} (the start of "${name}"); update MARKERS`);
    }
    const line = out.lastIndexOf('\n', at) + 1;
    out = out.slice(0, line) + MARK + out.slice(line);
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'dc-phases-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const dist = join(dir, 'dist');
const work = join(dir, 'work');
cpSync(join(root, 'dist'), dist, { recursive: true, filter: (path) => !path.endsWith('.cache') });
for (const [file, anchors] of [['cli.cjs', COMMAND], ['cli-bundle.cjs', MARKERS]]) {
  writeFileSync(join(dist, file), marked(readFileSync(join(dist, file), 'utf8'), anchors, file));
}

const env = timedEnv();
const cli = join(dist, 'cli.cjs');
const REPO = ['--repo', 'github.com/octocat/hello-world'];
mkdirSync(work);
copyFileSync(join(root, 'examples', 'hello-world', '.drone.yml'), join(work, '.drone.yml'));
const run = (args, extra = {}) => spawnSync(process.execPath, [cli, ...REPO, ...args], { cwd: work, env: { ...env, ...extra }, encoding: 'utf8' });
const outputs = ['-o', 'services.sh', '-o', 'docker-compose.yml', '.drone.yml'];
for (const [args, extra] of [[outputs, {}], [['--check', ...outputs], { DRONE_COMPOSE_WRITE_CODE_CACHE: '1' }]]) {
  const r = run(args, extra);
  if (r.status !== 0) throw new Error(`phases: drone-compose ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

const names = ['Node.js start-up, cli.cjs compiled', ...COMMAND.map(([n]) => n), ...MARKERS.map(([n]) => n)];
const counts = names.map(() => []);
const totals = [];
for (let i = 0; i < runs; i++) {
  const out = join(dir, `cg-${i}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  const r = spawnSync('valgrind', ['--tool=callgrind', `--dump-before=*CPUUsage*`, `--callgrind-out-file=${join(out, 'cg')}`, process.execPath, cli, ...REPO, '--check', '-o', OUTPUT, '.drone.yml'], { cwd: work, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`phases: the measured run exited ${r.status}: ${r.stderr.slice(-500)}`);
  // cg.1 … cg.N hold the phases that end at each marker, cg the one after the last.
  const parts = readdirSync(out).sort((a, b) => (Number(a.split('.')[1] ?? Infinity) - Number(b.split('.')[1] ?? Infinity)));
  if (parts.length !== names.length) throw new Error(`phases: ${parts.length} parts for ${names.length} phases; did the run take another path?`);
  let total = 0;
  parts.forEach((p, k) => {
    const m = /^(?:summary|totals): (\d+)/m.exec(readFileSync(join(out, p), 'utf8'));
    const n = Number(m[1]);
    counts[k].push(n);
    total += n;
  });
  totals.push(total);
  if (i === runs - 1 && process.env.PHASES_OUT) {
    mkdirSync(process.env.PHASES_OUT, { recursive: true });
    for (const p of parts) copyFileSync(join(out, p), join(process.env.PHASES_OUT, p));
  }
}

const M = (n) => `${(n / 1e6).toFixed(2)}M`.padStart(8);
console.log(`drone-compose --check -o ${OUTPUT} of the example, node ${process.version}, medians of ${runs} callgrind run(s):`);
names.forEach((name, k) => console.log(`${M(median(counts[k]))}  ${name}`));
const after = counts.slice(1).reduce((sum, c) => sum + median(c), 0);
console.log(`${M(after)}  all but Node.js start-up`);
console.log(`${M(median(totals))}  in all`);
