import { describe, it } from 'node:test';
import { sections } from '../../src/dialects/drone04/rules/sections.js';
import { expectFindings, expectValid, lines } from './harness.js';

describe('rule: sections', () => {
  it('accepts compose: and build: with the sections Drone 0.4 ignored', () => {
    expectValid(sections, lines('compose:', '  db: {image: redis}', 'build:', '  image: golang', 'publish: {}', 'notify: {}', 'branches: [master]'));
  });

  it('refuses an empty file, without a place, and a top level that is not a mapping, at the value', () => {
    expectFindings(sections, '', [{ code: 'not-a-mapping', severity: 'error' }]);
    expectFindings(sections, lines('- compose'), [{ code: 'not-a-mapping', severity: 'error', line: 1, column: 1 }]);
    expectFindings(sections, lines('just text'), [{ code: 'not-a-mapping', severity: 'error', line: 1, column: 1 }]);
  });

  it('refuses a file with neither compose: nor build:, or with both null', () => {
    expectFindings(sections, lines('publish: {}'), [{ code: 'nothing-to-compile', severity: 'error', line: 1, column: 1 }]);
    expectFindings(sections, lines('compose:', 'build: ~'), [{ code: 'nothing-to-compile', severity: 'error', line: 1, column: 1 }]);
  });

  it('explains the keys of other Drone versions and suggests the section meant, at the key', () => {
    expectFindings(sections, lines('pipeline: {}', 'compse: {}', 'build:', '  image: golang'), [
      { code: 'ignored-section', severity: 'warning', line: 1, column: 1 },
      { code: 'unknown-key', severity: 'warning', line: 2, column: 1 },
    ]);
  });
});
