import { describe, it } from 'node:test';
import { image } from '../../src/dialects/drone04/rules/image.js';
import { expectFindings, expectValid, lines } from './harness.js';

describe('rule: image', () => {
  it('accepts containers that name their image', () => {
    expectValid(image, lines('compose:', '  db: {image: redis}', 'build:', '  image: golang'));
  });

  it('warns at a service without image (its name is the image) and refuses a build container without one', () => {
    expectFindings(image, lines('compose:', '  redis: ~', '  db: {image: ""}', 'build:', '  test: {commands: [go test]}'), [
      { code: 'image-from-name', severity: 'warning', line: 2, column: 3 },
      { code: 'image-from-name', severity: 'warning', line: 3, column: 3 },
      { code: 'missing-image', severity: 'error', line: 5, column: 3 },
    ]);
  });

  it('leaves an image of the wrong type to the schema', () => {
    expectValid(image, lines('compose:', '  db: {image: [redis]}'));
  });
});
