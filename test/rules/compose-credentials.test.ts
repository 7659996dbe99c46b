import { describe, it } from 'node:test';
import { composeCredentials } from '../../src/dialects/drone04/rules/compose-credentials.js';
import { expectFindings, expectValid, lines } from './harness.js';

const AUTH = lines('compose:', '  db:', '    image: quay.io/x/db', '    auth_config:', '      username: u', '      password: $$P');

describe('rule: compose-credentials', () => {
  it('warns at auth_config when a compose file is among the targets', () => {
    expectFindings(composeCredentials, AUTH, [{ code: 'ignored-option', severity: 'warning', line: 4, column: 5 }], { targets: ['sh', 'compose'] });
  });

  it('says nothing for the sh target, which logs in itself', () => {
    expectValid(composeCredentials, AUTH, { targets: ['sh'] });
  });
});
