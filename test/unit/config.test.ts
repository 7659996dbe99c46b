/** The config file is repository content: it cannot grant trust, and its output paths stay in its folder. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outputPath, parseConfig } from '../../src/config.js';

const withOutput = (path: string, extra: Record<string, unknown> = {}) => parseConfig(JSON.stringify({ outputs: [{ target: 'sh', path }], ...extra }));

describe('parseConfig', () => {
  it('refuses "trusted", true or false, and says to pass --trusted on the command line', () => {
    for (const trusted of [true, false]) {
      const r = withOutput('s.sh', { trusted });
      assert.ok('error' in r);
      assert.match(r.error, /"trusted" cannot be set in the config file.*pass --trusted on the command line/);
    }
  });

  it('refuses a holderImage that is not one image reference', () => {
    for (const image of ['busybox --privileged', '--privileged', 'Busybox', 'a b']) {
      const r = withOutput('s.sh', { holderImage: image });
      assert.ok('error' in r, image);
      assert.match(r.error, /"holderImage" .* is not an image reference/);
    }
    assert.ok(!('error' in withOutput('s.sh', { holderImage: 'localhost:5000/busybox:1.36' })));
  });

  it('refuses output paths outside its folder, in .git, or with control characters', () => {
    const cases: [string, RegExp][] = [
      ['/proc/self/environ', /must be relative/],
      ['/etc/passwd', /must be relative/],
      ['C:/x.sh', /must be relative/],
      ['../x.sh', /leaves the config file's folder/],
      ['ci/../../x.sh', /leaves the config file's folder/],
      ['.git/hooks/pre-commit', /is inside \.git/],
      ['a/.GIT/config', /is inside \.git/],
      ['x\n::error file=a::b.sh', /control character/],
      ['x\u001b[2K.sh', /control character/],
      ['ci/', /names a folder/],
      ['.', /names a folder/],
      ['ci/..', /names a folder/],
    ];
    for (const [path, why] of cases) {
      const r = withOutput(path);
      assert.ok('error' in r, path);
      assert.match(r.error, why, path);
    }
  });

  it('keeps relative paths inside the folder, normalized', () => {
    assert.deepEqual(outputPath('ci/./services.sh'), { path: 'ci/services.sh' });
    assert.deepEqual(outputPath('ci/x/../services.sh'), { path: 'ci/services.sh' });
    assert.deepEqual(outputPath('.gitlab/x.sh'), { path: '.gitlab/x.sh' });
  });
});
