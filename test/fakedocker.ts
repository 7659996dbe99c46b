/**
 * A fake `docker` for running emitted scripts without an engine: it appends every call's argv (and, for
 * `login`, its standard input) to a log, NUL-separated so that any byte but NUL survives, and answers just
 * enough for the scripts to proceed. Behaviour is steered by environment variables:
 *   FAKE_DOCKER_FAIL_RUN=<name>   `docker run --name <name>` fails with status 125
 *   FAKE_DOCKER_MISSING=1         `rm` and `volume rm` answer "No such ..." with status 1
 *   FAKE_DOCKER_NO_HOLDER=1       `container inspect` without --format fails (nothing is up)
 *   FAKE_DOCKER_HEALTH=<status>   the health status every service reports while up waits (default healthy)
 * While up waits, `docker exec` (the port waiter) reports every port it is given as listening at once.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers.js';

const SCRIPT = `#!/bin/sh
log=\${FAKE_DOCKER_LOG:?}
{ printf 'CALL\\0%s\\0' "$#"; [ $# -eq 0 ] || printf '%s\\0' "$@"; } >>"$log"
[ -z "\${DOCKER_CONFIG:-}" ] || printf 'CONFIG\\0%s\\0%s\\0' "$DOCKER_CONFIG" "\${REGISTRY_AUTH_FILE:-}" >>"$log"
for a in "$@"; do
  if [ "$a" = login ]; then
    { printf 'STDIN\\0'; cat; printf '\\0'; } >>"$log"
  fi
done
case "$1" in
  run)
    name=''
    prev=''
    for a in "$@"; do
      [ "$prev" = --name ] && name=$a
      prev=$a
    done
    if [ -n "\${FAKE_DOCKER_FAIL_RUN:-}" ] && [ "$name" = "$FAKE_DOCKER_FAIL_RUN" ]; then
      echo "docker: fake failure for $name" >&2
      exit 125
    fi
    case " $* " in *" --detach "*) echo 0123456789abcdef ;; esac
    ;;
  rm)
    if [ -n "\${FAKE_DOCKER_MISSING:-}" ]; then
      shift
      for a in "$@"; do case $a in -*) ;; *) echo "Error: No such container: $a" >&2 ;; esac; done
      exit 1
    fi
    ;;
  volume)
    if [ "$2" = rm ] && [ -n "\${FAKE_DOCKER_MISSING:-}" ]; then
      echo "Error: No such volume: $3" >&2
      exit 1
    fi
    ;;
  exec)
    # The readiness waiter in the holder: every port group it is given listens at once.
    shift 7
    for g in "$@"; do echo "$g"; done
    ;;
  container)
    case " $* " in
      *" --format "*State.Status*)
        shift 4
        for c in "$@"; do echo "/$c running \${FAKE_DOCKER_HEALTH:-healthy}"; done
        ;;
      *" --format "*) echo true ;;
      *) [ -z "\${FAKE_DOCKER_NO_HOLDER:-}" ] || exit 1 ;;
    esac
    ;;
  image) exit 1 ;;
esac
exit 0
`;

export interface Call {
  readonly argv: readonly string[];
  readonly stdin?: string;
  /** DOCKER_CONFIG and REGISTRY_AUTH_FILE, when the call had DOCKER_CONFIG set. */
  readonly config?: string;
  readonly authFile?: string;
}

export interface FakeDocker {
  readonly bin: string;
  readonly log: string;
  calls(): Call[];
}

export function fakeDocker(): FakeDocker {
  const bin = tempDir('dc-fakebin-');
  const log = join(bin, 'calls.log');
  writeFileSync(join(bin, 'docker'), SCRIPT);
  chmodSync(join(bin, 'docker'), 0o755);
  writeFileSync(log, '');
  return {
    bin,
    log,
    calls() {
      const fields = readFileSync(log, 'utf8').split('\0');
      const calls: Call[] = [];
      for (let i = 0; i < fields.length - 1; ) {
        const kind = fields[i++];
        if (kind === 'CALL') {
          const n = Number(fields[i++]);
          calls.push({ argv: fields.slice(i, i + n) });
          i += n;
        } else if (kind === 'CONFIG') {
          const last = calls.pop()!;
          calls.push({ ...last, config: fields[i++]!, authFile: fields[i++]! });
        } else if (kind === 'STDIN') {
          const last = calls.pop()!;
          calls.push({ ...last, stdin: fields[i++]! });
        } else {
          throw new Error(`bad fake docker log at field ${i}: ${JSON.stringify(kind)}`);
        }
      }
      return calls;
    },
  };
}

/** Runs an emitted script with a shell, the fake docker first on PATH. */
export function runScript(shell: string, script: string, args: string[], fake: FakeDocker, env: Record<string, string> = {}, cwd?: string) {
  const [cmd, ...pre] = shell.split(' ');
  const r = spawnSync(cmd!, [...pre, script, ...args], {
    encoding: 'utf8',
    ...(cwd ? { cwd } : {}),
    env: { PATH: `${fake.bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`, HOME: process.env['HOME'] ?? '/root', FAKE_DOCKER_LOG: fake.log, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The value of every occurrence of a flag that takes a value (`--env A=b`). */
export function flagValues(argv: readonly string[], flag: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length - 1; i++) if (argv[i] === flag) out.push(argv[i + 1]!);
  return out;
}

/** Flags of `docker run` that take a value, to find where the image starts. */
const VALUE_FLAGS = new Set(['--name', '--label', '--network', '--volume', '--env', '--device', '--memory', '--cpuset-cpus', '--entrypoint', '--workdir', '--dns', '--add-host']);

/** Splits a recorded `docker run` into its flags, image and arguments. */
export function splitRun(argv: readonly string[]): { image: string; args: string[] } {
  let i = 1;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    // `--` ends the options: what follows is the image, whatever it looks like.
    if (argv[i] === '--') {
      i++;
      break;
    }
    i += VALUE_FLAGS.has(argv[i]!) ? 2 : 1;
  }
  return { image: argv[i]!, args: argv.slice(i + 1) };
}
