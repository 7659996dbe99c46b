/**
 * The compose target mounts the workspace (and ./relative volumes) from any folder as a host path: checked with
 * docker-compose itself, which reads a path not starting with `.`/`./`/`../` as the name of a volume (every
 * file in one docker-compose process, see composeConfigAll).
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { compile } from '../src/compile.js';
import { composeConfigAll, have, tempDir, type ComposeConfigResult } from './helpers.js';

const TEXT = 'compose:\n  db:\n    image: postgres:9.6\n    volumes:\n      - ./data:/data\n      - ./.cache/$$V:/cache\n';
const REPO = 'github.com/octocat/hello-world';

describe('compose workspace mount from another folder', { skip: have('docker-compose') ? false : 'docker-compose is not installed' }, () => {
  // `drone` is the worst case: read as a volume name, it would silently be the shared /drone volume.
  const FOLDERS = ['ci', 'drone', '.ci', 'deep/ci', 'a b', '$x', 'new\nline'];
  // One project folder per input folder, each with its compose file, all read by docker-compose in one process.
  let cases: { dir: string; config: ComposeConfigResult }[] = [];
  before(() => {
    const dirs = FOLDERS.map((folder) => {
      const dir = tempDir('dc-compose-ws-');
      mkdirSync(join(dir, folder), { recursive: true });
      const result = compile(TEXT, { repo: REPO, targets: ['compose'], trusted: true, workspaceDir: folder });
      assert.ok(result.outputs.compose, JSON.stringify(result.diagnostics));
      writeFileSync(join(dir, 'docker-compose.yml'), result.outputs.compose);
      return dir;
    });
    const configs = composeConfigAll(dirs.map((dir) => join(dir, 'docker-compose.yml')), { cwd: dirs[0]!, env: { ...process.env, V: 'v' }, print: true });
    cases = dirs.map((dir, i) => ({ dir, config: configs[i]! }));
  });

  FOLDERS.forEach((folder, i) => {
    it(`the input in ${JSON.stringify(folder)} is mounted from that folder`, () => {
      const { dir, config: r } = cases[i]!;
      assert.equal(r.status, 0, r.stderr);
      const config = parse(r.stdout) as { services: Record<string, { volumes: string[] }>; volumes: Record<string, unknown> };
      assert.deepEqual(Object.keys(config.volumes), ['drone'], 'no volume other than /drone is declared or used');
      const ws = join(dir, folder);
      assert.deepEqual(config.services['db']!.volumes.slice(1), [`${ws}:/drone/src/${REPO}:rw`, `${ws}/data:/data:rw`, `${ws}/.cache/v:/cache:rw`]);
    });
  });

  it('a folder with a colon is refused: docker-compose would split the mount there', () => {
    const result = compile(TEXT, { repo: REPO, targets: ['compose'], trusted: true, workspaceDir: 'a:b' });
    assert.equal(result.outputs.compose, undefined);
    assert.ok(result.diagnostics.some((d) => d.code === 'usage' && /contains `:`/.test(d.message)));
  });
});
