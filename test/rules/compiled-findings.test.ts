import { describe, it } from 'node:test';
import { compiledFindings } from '../../src/dialects/drone04/rules/compiled-findings.js';
import { expectFindings, expectValid, lines } from './harness.js';

describe('rule: compiled-findings', () => {
  it('drops duplicate keys in sections that are not compiled', () => {
    expectValid(compiledFindings, lines('publish:', '  docker: {}', '  docker: {}', 'compose:', '  db: {image: redis}'));
  });

  it('keeps duplicate keys inside compose: and build:, and a duplicate section itself', () => {
    expectFindings(compiledFindings, lines('compose:', '  db: {image: redis}', '  db: {image: mysql}', 'build:', '  image: a', 'build:', '  image: b'), [
      { code: 'duplicate-key', severity: 'warning', line: 3, column: 3, related: [{ line: 2, column: 3 }] },
      { code: 'duplicate-key', severity: 'warning', line: 6, column: 1, related: [{ line: 4, column: 1 }] },
    ]);
  });
});
