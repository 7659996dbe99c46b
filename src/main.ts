/**
 * The `drone-compose` command as a process: `run` (src/cli.ts) with the process's arguments, folders, environment
 * and streams, its result as the exit code. Nothing else lives here.
 */
import { readFileSync } from 'node:fs';
import { run } from './cli.js';

void run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  stdin: () => readFileSync(0, 'utf8'),
  stderrIsTTY: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
