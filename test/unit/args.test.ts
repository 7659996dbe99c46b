/**
 * readCommonArgs reads the command lines most runs have without commander: whatever it reads, commander must read
 * the same (the same input, the very same options); whatever else, it leaves to commander.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CommanderError } from 'commander';
import { readCommonArgs, type Options } from '../../src/args.js';
import { program } from '../../src/program.js';

/** What commander makes of a command line: the input and options the command's action gets, or its refusal. */
function byCommander(argv: readonly string[]): { file: string; opts: Options } | 'refused' | 'other' {
  const quiet = { writeOut: () => {}, writeErr: () => {}, outputError: () => {} };
  const cmd = program(argv, '1.2.3', quiet);
  let got: { file: string; opts: Options } | 'other' = 'other';
  cmd.action((file: string, opts: Options) => {
    got = { file, opts: { ...opts } };
  });
  cmd.commands[0]?.action(() => {
    got = 'other';
  });
  try {
    cmd.parse([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return 'refused';
    throw e;
  }
  return got;
}

const WORDS = [
  '--check', '--force', '--strict', '--trusted',
  '-o', '--output', '-t', '--target', '-c', '--config', '--repo', '--name', '--holder-image', '--clone-image', '--pipeline', '--format', '--dialect', '--max-bytes',
  'services.sh', 'a.yml', '.drone.yml', 'sh', 'compose', 'kube', 'kubernetes', 'json', 'github', 'sarif', 'xml', 'drone-1', 'drone-0.4', '0.4',
  '10', '0', '1e3', '0x10', ' 5', '-5', 'x', 'github.com/o/r', '-', '--', '-x', '', 'diff', 'help', '__proto__', 'constructor',
  '-h', '--help', '-V', '--version', '--output=x.sh', '--repo=a/b', '-oX', '-ct', '--bogus', '--no-check',
];

describe('readCommonArgs', () => {
  it('reads a command line only as commander does, on random command lines', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 9 }), (argv) => {
        const common = readCommonArgs(argv);
        if (common === undefined) return;
        read++;
        assert.deepEqual(byCommander(argv), common, JSON.stringify(argv));
      }),
      { numRuns: 20000 },
    );
    // The comparison must have been made, not skipped: a good share of random lines is read.
    assert.ok(read > 1000, `${read} command lines read`);
  });

  it('reads the command lines of hooks, CI jobs and the README', () => {
    const lines = [
      [],
      ['--check'],
      ['--check', '-o', 'services.sh'],
      ['--repo', 'github.com/octocat/hello-world', '--check', '-o', 'services.sh', '.drone.yml'],
      ['-t', 'compose', '-o', 'docker-compose.yml'],
      ['-o', 'services.sh', '-o', 'docker-compose.yml', '--check', 'ci/.drone.yml'],
      ['--format', 'github', '--check'],
      ['--strict', '--trusted', '--force', '-c', 'ci/drone-compose.config.json'],
      ['--dialect', 'drone-1', '--pipeline', 'default', '-t', 'kube', '-o', 'job.yaml', '-'],
      ['--max-bytes', '1048576', '--name', 'app', '--holder-image', 'busybox:1.36.1', '--clone-image', 'alpine/git:2.45.2'],
    ];
    for (const argv of lines) {
      const common = readCommonArgs(argv);
      assert.ok(common, JSON.stringify(argv));
      assert.deepEqual(byCommander(argv), common, JSON.stringify(argv));
    }
  });

  it('leaves help, version, diff, = forms, refused values and odd words to commander', () => {
    for (const argv of [['-h'], ['--help'], ['-V'], ['diff'], ['--repo', 'a/b', 'diff'], ['--output=x.sh'], ['-t', 'kubernetes'], ['--max-bytes', '0'], ['-o', '-'], ['--', 'a.yml'], ['a.yml', 'b.yml'], [''], ['-oX'], ['--bogus']]) {
      assert.equal(readCommonArgs(argv), undefined, JSON.stringify(argv));
    }
  });
});
