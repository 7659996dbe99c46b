/**
 * The `drone-compose` command as a process: `run` (src/cli.ts) with the process's arguments, folders, environment
 * and streams, its result as the exit code. Nothing else lives here.
 *
 * The standard streams are touched only when something is written to them (or when colour is decided): creating
 * `process.stdout` or `process.stderr` loads Node.js's stream machinery, a few milliseconds that a `--check` run
 * with nothing to say would otherwise pay at every start.
 */
import { readFileSync } from 'node:fs';
import { run } from './cli.js';

void run(process.argv.slice(2), {
  stdout: { write: (text) => process.stdout.write(text) },
  stderr: { write: (text) => process.stderr.write(text) },
  cwd: process.cwd(),
  env: process.env,
  stdin: () => readFileSync(0, 'utf8'),
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
}).then((code) => {
  process.exitCode = code;
});
