import { describe, it } from 'node:test';
import { cpuset } from '../../src/dialects/drone04/rules/cpuset.js';
import { expectFindings, expectValid, lines } from './harness.js';

const withCpuset = (v: string) => lines('build:', '  image: golang', `  cpuset: ${v}`);

describe('rule: cpuset', () => {
  it('accepts CPU numbers and ranges, and a value known only at run time', () => {
    for (const v of ['0', '0-3', '0,2', '0-1,4-5', '$$CPUS', '"0-$$LAST"']) expectValid(cpuset, withCpuset(v));
  });

  it('refuses a literal that is not a CPU list, at the value', () => {
    for (const v of ['all', '0-', '"1, 2"', '3-1x']) {
      expectFindings(cpuset, withCpuset(v), [{ code: 'invalid-cpuset', severity: 'error', line: 3, column: 11 }]);
    }
  });
});
