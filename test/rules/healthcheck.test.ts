import { describe, it } from 'node:test';
import { healthcheck } from '../../src/dialects/drone04/rules/healthcheck.js';
import { expectFindings, expectValid, lines } from './harness.js';

const service = (...hc: string[]) => lines('compose:', '  db:', '    image: postgres', '    healthcheck:', ...hc.map((l) => `      ${l}`));

describe('rule: healthcheck', () => {
  it('accepts the forms docker knows', () => {
    for (const test of ['pg_isready', '[CMD, pg_isready, -U, postgres]', '[CMD-SHELL, "pg_isready -U postgres"]', '[NONE]']) {
      expectValid(healthcheck, service(`test: ${test}`, 'interval: 1m30s', 'timeout: 500ms', 'start_period: 10s', 'retries: 30'));
    }
    expectValid(healthcheck, service('disable: true'));
  });

  it('refuses an empty test and a list that starts with something else, at the test', () => {
    expectFindings(healthcheck, service('test: " "'), [{ code: 'invalid-healthcheck', severity: 'error', line: 5, column: 13 }]);
    expectFindings(healthcheck, service('test: [RUN, x]'), [{ code: 'invalid-healthcheck', severity: 'error', line: 5, column: 14 }]);
    expectFindings(healthcheck, service('test: [CMD-SHELL, a, b]'), [{ code: 'invalid-healthcheck', severity: 'error', line: 5, column: 14 }]);
  });

  it('refuses a check both disabled and given a test, at the healthcheck key; a $$ CMD check is not a test', () => {
    expectFindings(healthcheck, service('test: pg_isready', 'disable: true'), [{ code: 'invalid-healthcheck', severity: 'error', line: 4, column: 5 }]);
    expectValid(healthcheck, service('test: [CMD, check, $$TOKEN]', 'disable: true'));
  });

  it('refuses durations docker cannot read and retries that are not whole numbers, at the value', () => {
    expectFindings(healthcheck, service('interval: soon', 'timeout: "10"', 'retries: 1.5'), [
      { code: 'invalid-healthcheck', severity: 'error', line: 5, column: 17 },
      { code: 'invalid-healthcheck', severity: 'error', line: 6, column: 16 },
      { code: 'invalid-healthcheck', severity: 'error', line: 7, column: 16 },
    ]);
  });

  it('refuses a duration longer than docker reads, and accepts the longest it does', () => {
    expectFindings(healthcheck, service('interval: 99999999999999999999h', 'timeout: 2562048h'), [
      { code: 'invalid-healthcheck', severity: 'error', line: 5, column: 17 },
      { code: 'invalid-healthcheck', severity: 'error', line: 6, column: 16 },
    ]);
    expectValid(healthcheck, service('interval: 2562047h'));
  });

  it('does not look at a build container, where healthcheck is ignored', () => {
    expectValid(healthcheck, lines('build:', '  image: golang', '  healthcheck: {interval: soon}'));
  });
});
