import { describe, it } from 'node:test';
import { trust } from '../../src/dialects/drone04/rules/trust.js';
import { expectFindings, expectValid, lines } from './harness.js';

const ALL = lines(
  'compose:',
  '  dind:',
  '    image: docker:dind',
  '    privileged: true',
  '    volumes: [/a:/a]',
  '    devices: [/dev/fuse]',
  '    net: host',
  '    dns: [8.8.8.8]',
  '    extra_hosts: ["db:127.0.0.1"]',
);

describe('rule: trust', () => {
  it('refuses every trusted-only option at its key without --trusted', () => {
    expectFindings(
      trust,
      ALL,
      [4, 5, 6, 7, 8, 9].map((line) => ({ code: 'untrusted-option' as const, severity: 'error' as const, line, column: 5 })),
    );
  });

  it('allows them with --trusted', () => {
    expectValid(trust, ALL, { trusted: true });
  });

  it('lets the spellings that set nothing pass: privileged: false, null, an empty list', () => {
    expectValid(trust, lines('compose:', '  db:', '    image: redis', '    privileged: no', '    volumes: []', '    dns: [~]', '    net: ~'));
  });

  it('sees an option brought by a merge key, at the key where it is written', () => {
    expectFindings(trust, lines('x: &p {privileged: true}', 'compose:', '  dind:', '    <<: *p', '    image: docker:dind'), [{ code: 'untrusted-option', severity: 'error', line: 1, column: 8 }]);
  });
});
