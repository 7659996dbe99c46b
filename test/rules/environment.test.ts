import { describe, it } from 'node:test';
import { environment } from '../../src/dialects/drone04/rules/environment.js';
import { expectFindings, expectValid, lines } from './harness.js';

describe('rule: environment', () => {
  it('accepts NAME=VALUE entries and a mapping of names', () => {
    expectValid(environment, lines('compose:', '  db:', '    image: redis', '    environment: [A=1, B=, C=$$C]', 'build:', '  image: golang', '  environment: {A: 1, B: ""}'));
  });

  it('refuses a list entry without `=` or with an empty name, at the entry', () => {
    expectFindings(environment, lines('compose:', '  db:', '    image: redis', '    environment:', '      - FOO', '      - =x'), [
      { code: 'invalid-environment', severity: 'error', line: 5, column: 9 },
      { code: 'invalid-environment', severity: 'error', line: 6, column: 9 },
    ]);
  });

  it('refuses a mapping key that cannot name a variable and warns at one without a value, at the key', () => {
    expectFindings(environment, lines('build:', '  image: golang', '  environment:', '    "A=B": x', '    EMPTY:'), [
      { code: 'invalid-environment', severity: 'error', line: 4, column: 5 },
      { code: 'invalid-environment', severity: 'warning', line: 5, column: 5 },
    ]);
  });
});
