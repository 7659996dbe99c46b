import { describe, it } from 'node:test';
import { schemaRule } from '../../src/dialects/drone04/rules/schema.js';
import { expectFindings, expectValid, lines } from './harness.js';

describe('rule: schema', () => {
  it('accepts every key of a service and of a build, in their types', () => {
    expectValid(schemaRule, lines('compose:', '  db:', '    image: redis', '    pull: true', '    environment: [A=1]', '    mem_limit: 512m', 'build:', '  image: golang', '  commands: [go test]'));
  });

  it('refuses a value of the wrong type at the value', () => {
    expectFindings(schemaRule, lines('compose:', '  db:', '    image: redis', '    pull: "yes"'), [{ code: 'invalid-type', severity: 'error', line: 4, column: 11 }]);
  });

  it('warns at an unknown key, and at a docker-compose key Drone 0.4 ignored', () => {
    expectFindings(schemaRule, lines('compose:', '  db:', '    image: redis', '    enviroment: [A=1]', '    links: [x]'), [
      { code: 'unknown-key', severity: 'warning', line: 4, column: 5 },
      { code: 'ignored-key', severity: 'warning', line: 5, column: 5 },
    ]);
  });

  it('reads build: as one container when it has image or commands, else as named steps', () => {
    expectValid(schemaRule, lines('build:', '  test:', '    image: golang', '    commands: [go test]', '  dist:', '    image: golang'));
    expectFindings(schemaRule, lines('build:', '  image: golang', '  test: {image: x}'), [{ code: 'unknown-key', severity: 'warning', line: 3, column: 3 }]);
  });
});
