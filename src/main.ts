/**
 * The `drone-compose` command as a process: `run` (src/cli.ts) with the process's arguments, folders, environment
 * and streams, its result as the exit code. Nothing else lives here.
 *
 * The standard streams are touched only when something is written to them (or when colour is decided): creating
 * `process.stdout` or `process.stderr` loads Node.js's stream machinery, a few milliseconds that a `--check` run
 * with nothing to say would otherwise pay at every start.
 *
 * A stream that cannot be written is written no more, and never ends the run with a stack trace: a reader that
 * went away (`EPIPE`, as when the output is piped to `head`) keeps the run's own exit code; any other write
 * error makes it at least 2.
 *
 * A run that wrote nothing (a `--check` with nothing to say, a quiet generation) ends as soon as its result is
 * known, with `process.exit`: there is nothing to flush and no write error to wait for, and Node.js then skips
 * freeing its heap one object at a time, about a millisecond of such a run. `exit` listeners still run. A run
 * that wrote something ends as Node.js ends by itself, once its writes are done.
 */
import { readFileSync } from 'node:fs';
import { run, type Writer } from './cli.js';

/** A Writer on a standard stream, created on the first write; `used` once it has been. */
function lazyWriter(stream: () => NodeJS.WriteStream): Writer & { readonly used: boolean } {
  let open: NodeJS.WriteStream | undefined;
  let closed = false;
  return {
    get used() {
      return open !== undefined;
    },
    write(text) {
      if (closed) return;
      if (!open) {
        open = stream();
        open.on('error', (e: NodeJS.ErrnoException) => {
          closed = true;
          // Before or after the run ends (errors arrive after the write that failed): the larger code wins.
          if (e.code !== 'EPIPE') process.exitCode = Math.max(Number(process.exitCode ?? 0), 2);
        });
      }
      open.write(text);
    },
  };
}

const stdout = lazyWriter(() => process.stdout);
const stderr = lazyWriter(() => process.stderr);

void run(process.argv.slice(2), {
  stdout,
  stderr,
  cwd: process.cwd(),
  env: process.env,
  stdin: () => readFileSync(0, 'utf8'),
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
}).then((code) => {
  process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
  if (!stdout.used && !stderr.used) process.exit();
});
