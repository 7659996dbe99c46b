/**
 * The compose target mounts the workspace (and ./relative volumes) from any folder as a host path: checked with
 * docker-compose itself, which reads a path not starting with `.`/`./`/`../` as the name of a volume.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { compile } from '../src/compile.js';
import { have, tempDir } from './helpers.js';

const TEXT = 'compose:\n  db:\n    image: postgres:9.6\n    volumes:\n      - ./data:/data\n      - ./.cache/$$V:/cache\n';
const REPO = 'github.com/octocat/hello-world';

describe('compose workspace mount from another folder', { skip: have('docker-compose') ? false : 'docker-compose is not installed' }, () => {
  // `drone` is the worst case: read as a volume name, it would silently be the shared /drone volume.
  for (const folder of ['ci', 'drone', '.ci', 'deep/ci', 'a b', '$x', 'new\nline']) {
    it(`the input in ${JSON.stringify(folder)} is mounted from that folder`, () => {
      const dir = tempDir('dc-compose-ws-');
      try {
        mkdirSync(join(dir, folder), { recursive: true });
        const result = compile(TEXT, { repo: REPO, targets: ['compose'], trusted: true, workspaceDir: folder });
        assert.ok(result.outputs.compose, JSON.stringify(result.diagnostics));
        writeFileSync(join(dir, 'docker-compose.yml'), result.outputs.compose);
        const r = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], { cwd: dir, encoding: 'utf8', env: { ...process.env, V: 'v' } });
        assert.equal(r.status, 0, r.stderr);
        const config = parse(r.stdout) as { services: Record<string, { volumes: string[] }>; volumes: Record<string, unknown> };
        assert.deepEqual(Object.keys(config.volumes), ['drone'], 'no volume other than /drone is declared or used');
        const ws = join(dir, folder);
        assert.deepEqual(config.services['db']!.volumes.slice(1), [`${ws}:/drone/src/${REPO}:rw`, `${ws}/data:/data:rw`, `${ws}/.cache/v:/cache:rw`]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('a folder with a colon is refused: docker-compose would split the mount there', () => {
    const result = compile(TEXT, { repo: REPO, targets: ['compose'], trusted: true, workspaceDir: 'a:b' });
    assert.equal(result.outputs.compose, undefined);
    assert.ok(result.diagnostics.some((d) => d.code === 'usage' && /contains `:`/.test(d.message)));
  });
});
