import { describe, it } from 'node:test';
import { ignoredOptions } from '../../src/dialects/drone04/rules/ignored-options.js';
import { expectFindings, expectValid, lines } from './harness.js';

describe('rule: ignored-options', () => {
  it('says nothing about a service entrypoint and command, which are used', () => {
    expectValid(ignoredOptions, lines('compose:', '  db:', '    image: redis', '    entrypoint: [redis-server]', '    command: --port 6380'));
  });

  it('warns at entrypoint and command of a build container, and at the email of an auth_config', () => {
    expectFindings(ignoredOptions, lines('build:', '  image: golang', '  entrypoint: [sh]', '  command: ~', '  auth_config:', '    email: a@b.c', '    password: $$P'), [
      { code: 'ignored-option', severity: 'warning', line: 3, column: 3 },
      { code: 'ignored-option', severity: 'warning', line: 6, column: 5 },
    ]);
  });
});
