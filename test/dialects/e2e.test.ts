/**
 * End to end on a real Docker engine, through the script and through docker-compose: a Drone 1.x pipeline whose
 * step reaches a service by its name and at 127.0.0.1, reads a from_secret value from the host, and keeps a `$$`
 * escape for its own shell; a Drone 0.8 pipeline with a custom workspace. Uses the local test image (test/e2e/
 * setup.sh builds localhost/busybox:test); skipped with the reason without an engine, a failure with CI=true.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { have, tempDir } from '../helpers.js';
import { dockerEngine, IMAGE, leftovers, sh, type Ran } from '../e2e/engine.js';
import { compileLater } from './harness.js';

const TOKEN = `s3cr3t 'q' "d" $HOME \`id\``;

/** A command in a folder, without blocking: the cases run side by side, waiting on the engine. */
function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  return sh(cmd, args, { cwd, env });
}

const { skip, ran } = dockerEngine('later-format end-to-end cases');
const composeSkip = skip || (have('docker-compose') ? false : 'docker-compose is not installed (test/e2e/setup.sh installs it)');

const DRONE1 = `kind: pipeline
name: e2e
services:
- name: web
  image: ${IMAGE}
  commands:
  - httpd -f -p 8080 -h /drone/src
  ports: [8080]
steps:
- name: probe
  image: ${IMAGE}
  environment:
    TOKEN:
      from_secret: e2e_token
  commands:
  - wget -q -O by-name.out http://web:8080/marker.txt
  - wget -q -O by-ip.out http://127.0.0.1:8080/marker.txt
  - printf '%s' "$\${TOKEN}" > token.out
  - pwd > pwd.out
---
kind: signature
hmac: 0123
`;

const DRONE08 = `workspace:
  base: /go
  path: src/github.com/o/r
pipeline:
  check:
    image: ${IMAGE}
    commands:
      - for i in 1 2 3 4 5 6 7 8 9 10; do wget -q -O web.out http://web:8080/marker.txt && break; sleep 0.3; done
      - pwd > pwd.out
services:
  web:
    image: ${IMAGE}
    command: [httpd, -f, -p, "8080", -h, /go/src/github.com/o/r]
`;

let counter = 0;
/** A workspace with the file and a marker, and the artifact of one target beside them. */
function prepare(text: string, target: 'sh' | 'compose') {
  const dir = tempDir('dc-later-e2e-');
  writeFileSync(join(dir, '.drone.yml'), text);
  writeFileSync(join(dir, 'marker.txt'), 'hello from the workspace\n');
  const project = `dclater${process.pid}x${++counter}`;
  const r = compileLater(text, { trusted: false, targets: [target], holderImage: IMAGE, name: project, repo: 'github.com/o/r' });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
  const file = target === 'sh' ? 'services.sh' : 'docker-compose.yml';
  writeFileSync(join(dir, file), r.outputs[target]!);
  return { dir, project, file };
}

const out = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

describe('later formats on a real engine', { concurrency: true }, () => {
  it('1.x through the script: a service by name and at 127.0.0.1, a from_secret value, a $$ escape', { skip }, async () => {
    ran();
    const { dir, project, file } = prepare(DRONE1, 'sh');
    try {
      const up = await run('sh', [file, 'up'], dir);
      assert.equal(up.status, 0, up.stderr);
      const build = await run('sh', [file, 'build'], dir, { e2e_token: TOKEN });
      assert.equal(build.status, 0, build.stdout + build.stderr);
      assert.equal(out(dir, 'by-name.out'), 'hello from the workspace\n');
      assert.equal(out(dir, 'by-ip.out'), 'hello from the workspace\n');
      assert.equal(out(dir, 'token.out'), TOKEN);
      assert.equal(out(dir, 'pwd.out'), '/drone/src\n');
      const missing = await run('sh', [file, 'build'], dir);
      assert.notEqual(missing.status, 0, 'the build requires the secret');
    } finally {
      await run('sh', [file, 'down'], dir);
    }
    assert.deepEqual(await leftovers(project), []);
  });

  it('1.x through docker-compose', { skip: composeSkip }, async () => {
    ran();
    const { dir, project, file } = prepare(DRONE1, 'compose');
    const compose = (...args: string[]) => run('docker-compose', ['-p', project, '-f', file, ...args], dir, { e2e_token: TOKEN });
    try {
      const up = await compose('up', '-d');
      assert.equal(up.status, 0, up.stderr);
      const probe = await compose('run', '--rm', 'build-probe');
      assert.equal(probe.status, 0, probe.stdout + probe.stderr);
      assert.equal(out(dir, 'by-name.out'), 'hello from the workspace\n');
      assert.equal(out(dir, 'by-ip.out'), 'hello from the workspace\n');
      assert.equal(out(dir, 'token.out'), TOKEN);
    } finally {
      await compose('down', '-v', '-t', '1');
    }
    assert.deepEqual(await leftovers(project), []);
  });

  for (const target of ['sh', 'compose'] as const) {
    it(`0.8 with a custom workspace through ${target === 'sh' ? 'the script' : 'docker-compose'}`, { skip: target === 'sh' ? skip : composeSkip }, async () => {
      ran();
      const { dir, project, file } = prepare(DRONE08, target);
      const compose = (...args: string[]) => run('docker-compose', ['-p', project, '-f', file, ...args], dir);
      try {
        const steps: (() => Promise<Ran>)[] = target === 'sh' ? [() => run('sh', [file, 'up'], dir), () => run('sh', [file, 'build'], dir)] : [() => compose('up', '-d'), () => compose('run', '--rm', 'build-check')];
        for (const step of steps) {
          const r = await step();
          assert.equal(r.status, 0, r.stdout + r.stderr);
        }
        assert.equal(out(dir, 'pwd.out'), '/go/src/github.com/o/r\n');
        assert.equal(out(dir, 'web.out'), 'hello from the workspace\n');
      } finally {
        if (target === 'sh') await run('sh', [file, 'down'], dir);
        else await compose('down', '-v', '-t', '1');
      }
      assert.deepEqual(await leftovers(project), []);
    });
  }
});
