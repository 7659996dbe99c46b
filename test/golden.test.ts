/**
 * Golden fixtures: one folder per case under fixtures/, with the input `.drone.yml`, optional `args.json`
 * (extra arguments for both default runs) or `runs.json` (named runs with their whole argument lists), and the
 * expected output of each run: `<run>.stdout`, `<run>.stderr` and `<run>.status`. Where every run of a fixture
 * prints the same on a stream (the sh and compose runs of an input with an error, say), one `all.<stream>` holds
 * it instead. An absent stdout or stderr file means nothing is printed. The default runs are `sh` and `compose`.
 * The command runs in process (`run`); `npm run golden` rewrites the expectations: review the diff it makes.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { copyFixture, fixtureNames, fixtureRuns, FIXTURES, runInProcess, UPDATE, type RunResult } from './helpers.js';

const STREAMS = ['stdout', 'stderr', 'status'] as const;
type Stream = (typeof STREAMS)[number];

/** What a run printed on a stream, as its expectation file holds it. */
function actual(r: RunResult, stream: Stream): string {
  return stream === 'status' ? `${r.status}\n` : r[stream];
}

/** A run's expected output on a stream: its own file, else the fixture's `all.<stream>`, else nothing. */
function expected(name: string, run: string, stream: Stream): string {
  for (const file of [`${run}.${stream}`, `all.${stream}`]) {
    const path = join(FIXTURES, name, file);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return '';
}

/** Writes a fixture's expectations: `all.<stream>` where its runs agree (and there are several), else one file per run. */
function writeExpectations(name: string, results: Record<string, RunResult>): void {
  const runs = Object.keys(results);
  for (const stream of STREAMS) {
    const texts = runs.map((run) => actual(results[run]!, stream));
    const shared = runs.length > 1 && texts.every((t) => t === texts[0]);
    const write = (file: string, text: string | undefined) => {
      const path = join(FIXTURES, name, file);
      if (text === undefined || (text === '' && stream !== 'status')) rmSync(path, { force: true });
      else writeFileSync(path, text);
    };
    write(`all.${stream}`, shared ? texts[0] : undefined);
    runs.forEach((run, i) => write(`${run}.${stream}`, shared ? undefined : texts[i]));
  }
}

describe('golden fixtures', () => {
  for (const name of fixtureNames()) {
    describe(name, () => {
      const runs = fixtureRuns(name);
      const results: Record<string, RunResult> = {};
      for (const [run, args] of Object.entries(runs)) {
        it(run, async () => {
          const cwd = copyFixture(name);
          const r = await runInProcess(args, { cwd });
          rmSync(cwd, { recursive: true, force: true });
          results[run] = r;
          assert.doesNotMatch(r.stderr, /\n\s+at .*:\d+:\d+\)?\n/, 'no stack trace reaches the user');
          if (UPDATE) return;
          for (const stream of STREAMS) {
            assert.equal(actual(r, stream), expected(name, run, stream), `fixtures/${name}: the ${run} run's ${stream} differs (npm run golden rewrites it)`);
          }
        });
      }
      if (UPDATE) {
        after(() => {
          if (Object.keys(results).length === Object.keys(runs).length) writeExpectations(name, results);
        });
      }
    });
  }
});
