// What scripts/bench.mjs and scripts/compare.mjs share to time drone-compose: the environment commands are timed
// in, one timed run, and the median.
import { spawnSync } from 'node:child_process';

/**
 * The environment of every timed command: this host's, without what changes how Node.js itself starts. A host
 * that sets NODE_EXTRA_CA_CERTS makes every Node.js start parse that certificate file (about 35 ms for Debian's
 * bundle), which would hide the command's own cost in the baseline; NODE_OPTIONS could add anything.
 */
export function timedEnv() {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

/** Wall time in ms of one run of `cmd` in `cwd`, its output ignored; the run must exit with `status`. */
export function wallTime(cmd, args, { cwd, env = timedEnv(), status = 0 }) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== status) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return ms;
}

/** The median of a list of numbers (the upper one of the two middle values for an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
