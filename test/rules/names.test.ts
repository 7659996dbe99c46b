import { describe, it } from 'node:test';
import { names } from '../../src/dialects/drone04/rules/names.js';
import { expectFindings, expectValid, lines } from './harness.js';

describe('rule: names', () => {
  it('accepts distinct container names', () => {
    expectValid(names, lines('compose:', '  db: {image: redis}', '  cache.1: {image: memcached}', 'build:', '  test: {image: golang}', '  dist: {image: golang}'));
  });

  it('refuses a name that cannot name a container, at the name', () => {
    expectFindings(names, lines('compose:', '  my db: {image: redis}', '  -x: {image: redis}'), [
      { code: 'invalid-name', severity: 'error', line: 2, column: 3 },
      { code: 'invalid-name', severity: 'error', line: 3, column: 3 },
    ]);
  });

  it('refuses the holder name, whatever its case, with no related place (the holder is not written)', () => {
    expectFindings(names, lines('compose:', '  Holder: {image: redis}'), [{ code: 'name-collision', severity: 'error', line: 2, column: 3 }]);
  });

  it('refuses two containers with one name and points at the first', () => {
    expectFindings(names, lines('compose:', '  build-test: {image: redis}', 'build:', '  test: {image: golang}'), [
      { code: 'name-collision', severity: 'error', line: 4, column: 3, related: [{ line: 2, column: 3 }] },
    ]);
    expectFindings(names, lines('compose:', '  db: {image: redis}', '  DB: {image: redis}'), [
      { code: 'name-collision', severity: 'error', line: 3, column: 3, related: [{ line: 2, column: 3 }] },
    ]);
  });
});
