/** writeAtomic flushes the new file before the rename and the folder after it; readOutput reads regular files only. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { describe, it, mock } from 'node:test';
import { spawnSync } from 'node:child_process';
import { readOutput, writeAtomic } from '../../src/output.js';
import { tempDir } from '../helpers.js';

describe('writeAtomic', () => {
  it('fsyncs the temporary file before renaming it, then the folder', () => {
    const dir = tempDir('dc-fsync-');
    try {
      const events: string[] = [];
      const fsync = mock.method(fs, 'fsyncSync', (fd: number) => {
        events.push(`fsync ${fs.fstatSync(fd).isDirectory() ? 'folder' : 'file'}`);
      });
      const realRename = fs.renameSync;
      const rename = mock.method(fs, 'renameSync', (a: fs.PathLike, b: fs.PathLike) => {
        events.push('rename');
        realRename(a, b);
      });
      syncBuiltinESMExports();
      try {
        writeAtomic(join(dir, 'f.sh'), 'x\n', 0o755);
      } finally {
        fsync.mock.restore();
        rename.mock.restore();
        syncBuiltinESMExports();
      }
      assert.deepEqual(events, ['fsync file', 'rename', 'fsync folder']);
      assert.equal(fs.readFileSync(join(dir, 'f.sh'), 'utf8'), 'x\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readOutput', () => {
  it('refuses links, FIFOs and devices without reading them, and reads only the head of a large file', () => {
    const dir = tempDir('dc-read-');
    try {
      fs.symlinkSync('/etc/passwd', join(dir, 'link'));
      assert.throws(() => readOutput(join(dir, 'link')), /is a symbolic link/);
      assert.equal(spawnSync('mkfifo', [join(dir, 'fifo')]).status, 0);
      assert.throws(() => readOutput(join(dir, 'fifo')), /is not a regular file/);
      assert.throws(() => readOutput('/dev/zero'), /is not a regular file/);
      assert.deepEqual(readOutput(join(dir, 'none')), { kind: 'absent' });
      fs.writeFileSync(join(dir, 'big'), 'head\n' + 'x'.repeat(100_000));
      const big = readOutput(join(dir, 'big'), 50_000);
      assert.equal(big.kind, 'large');
      assert.ok(big.kind === 'large' && big.size === 100_005 && big.head.length <= 4096 && big.head.startsWith('head\n'));
      const text = 'caf\u00e9 \u{1F600}\n# \u2028 x\n';
      fs.writeFileSync(join(dir, 'utf8'), text);
      assert.deepEqual(readOutput(join(dir, 'utf8')), { kind: 'file', text }, 'UTF-8 text as written');
      fs.writeFileSync(join(dir, 'empty'), '');
      assert.deepEqual(readOutput(join(dir, 'empty')), { kind: 'file', text: '' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
