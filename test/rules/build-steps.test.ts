import { describe, it } from 'node:test';
import { buildSteps } from '../../src/dialects/drone04/rules/build-steps.js';
import { expectFindings, expectValid, lines } from './harness.js';

describe('rule: build-steps', () => {
  it('accepts a build with commands, as a list or one string', () => {
    expectValid(buildSteps, lines('build:', '  test: {image: golang, commands: [go test]}', '  lint: {image: golang, commands: go vet}'));
  });

  it('warns at a build container without commands, empty items not counting', () => {
    expectFindings(buildSteps, lines('build:', '  test:', '    image: golang', '    commands: [~]', '  dist:', '    image: golang'), [
      { code: 'empty-build', severity: 'warning', line: 2, column: 3 },
      { code: 'empty-build', severity: 'warning', line: 5, column: 3 },
    ]);
  });

  it('warns at when:, which cannot be decided outside Drone', () => {
    expectFindings(buildSteps, lines('build:', '  image: golang', '  commands: [go test]', '  when: {branch: master}'), [{ code: 'unconditional-step', severity: 'warning', line: 4, column: 3 }]);
  });
});
