import { describe, it } from 'node:test';
import { ports } from '../../src/dialects/drone04/rules/ports.js';
import { expectFindings, expectValid, lines } from './harness.js';

describe('rule: ports', () => {
  it('accepts ports, ranges and protocols in expose:', () => {
    expectValid(ports, lines('compose:', '  db:', '    image: x', '    expose: [5432, "8000-8010", 53/udp, "80/tcp"]'));
  });

  it('refuses what is not a port, out of range, or too wide a range, at the entry', () => {
    expectFindings(ports, lines('compose:', '  bad:', '    image: x', '    expose: ["http", "70000", "1-1000"]'), [
      { code: 'invalid-port', severity: 'error', line: 4, column: 14 },
      { code: 'invalid-port', severity: 'error', line: 4, column: 22 },
      { code: 'invalid-port', severity: 'error', line: 4, column: 31 },
    ]);
  });

  it('warns that ports: publishes nothing, and reads its container side', () => {
    expectFindings(ports, lines('compose:', '  web:', '    image: x', '    ports: ["8080:80", {target: 443}, {published: 1}, "1:x"]'), [
      { code: 'ignored-key', severity: 'warning', line: 4, column: 5 },
      { code: 'invalid-port', severity: 'error', line: 4, column: 39 },
      { code: 'invalid-port', severity: 'error', line: 4, column: 55 },
    ]);
  });
});
