import { describe, it } from 'node:test';
import { memory } from '../../src/dialects/drone04/rules/memory.js';
import { expectFindings, expectValid, lines } from './harness.js';

const withMemory = (v: string) => lines('compose:', '  db:', '    image: redis', `    mem_limit: ${v}`);

describe('rule: memory', () => {
  it('accepts the sizes docker reads', () => {
    for (const v of ['536870912', '512m', '1.5g', '64K', '100b']) expectValid(memory, withMemory(v));
  });

  it('refuses what is not a size, at the value', () => {
    for (const v of ['lots', '512 m', '512mb', '-1', '"1e9"']) {
      expectFindings(memory, withMemory(v), [{ code: 'invalid-memory', severity: 'error', line: 4, column: 16 }]);
    }
  });

  it('leaves a value of the wrong type to the schema', () => {
    expectValid(memory, withMemory('[512m]'));
  });
});
