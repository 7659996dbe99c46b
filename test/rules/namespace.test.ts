import { describe, it } from 'node:test';
import { namespace } from '../../src/dialects/drone04/rules/namespace.js';
import { expectFindings, expectValid, lines } from './harness.js';

const TRUSTED = { trusted: true };

describe('rule: namespace', () => {
  it('accepts one network mode, addresses and host mappings that agree', () => {
    expectValid(
      namespace,
      lines('compose:', '  a:', '    image: redis', '    net: host', '    dns: [8.8.8.8]', '    extra_hosts: ["db:10.0.0.1", "api:::1"]', '  b:', '    image: redis', '    net: host', '    extra_hosts: ["db:10.0.0.1"]'),
      TRUSTED,
    );
  });

  it('refuses a net: that is empty, uses $$ or is not a network mode, at the value', () => {
    for (const v of ['""', '$$NET', '"a b"']) {
      expectFindings(namespace, lines('compose:', '  a:', '    image: redis', `    net: ${v}`), [{ code: 'invalid-network', severity: 'error', line: 4, column: 10 }], TRUSTED);
    }
  });

  it('refuses two network modes, pointing at the first', () => {
    expectFindings(
      namespace,
      lines('compose:', '  a:', '    image: redis', '    net: host', '  b:', '    image: redis', '    net: bridge'),
      [{ code: 'conflict', severity: 'error', line: 7, column: 10, related: [{ line: 4, column: 10 }] }],
      TRUSTED,
    );
  });

  it('refuses an empty dns entry and a malformed extra_hosts entry, at the item', () => {
    expectFindings(
      namespace,
      lines('compose:', '  a:', '    image: redis', '    dns: [""]', '    extra_hosts: ["db:$$IP", "-x:1.2.3.4", "api:nope"]'),
      [
        { code: 'invalid-dns', severity: 'error', line: 4, column: 11 },
        { code: 'invalid-extra-host', severity: 'error', line: 5, column: 19 },
        { code: 'invalid-extra-host', severity: 'error', line: 5, column: 30 },
        { code: 'invalid-extra-host', severity: 'error', line: 5, column: 44 },
      ],
      TRUSTED,
    );
  });

  it('maps a bare host to 127.0.0.1 with a warning, and refuses a host mapped to two addresses, pointing at the first', () => {
    expectFindings(
      namespace,
      lines('compose:', '  a:', '    image: redis', '    extra_hosts: [docker, "db:10.0.0.1"]', '  b:', '    image: redis', '    extra_hosts: ["db:10.0.0.2"]'),
      [
        { code: 'extra-host-address', severity: 'warning', line: 4, column: 19 },
        { code: 'conflict', severity: 'error', line: 7, column: 19, related: [{ line: 4, column: 27 }] },
      ],
      TRUSTED,
    );
  });

  it('refuses dns or extra_hosts when the namespace joins another container, pointing at the first of them', () => {
    expectFindings(
      namespace,
      lines('compose:', '  a:', '    image: redis', '    net: container:other', '  b:', '    image: redis', '    dns: [1.1.1.1]'),
      [{ code: 'conflict', severity: 'error', line: 4, column: 10, related: [{ line: 7, column: 11 }] }],
      TRUSTED,
    );
  });

  it('does not look at options the trust rule refuses', () => {
    expectValid(namespace, lines('compose:', '  a:', '    image: redis', '    net: "a b"', '    dns: [""]', '    extra_hosts: [":"]'));
  });
});
