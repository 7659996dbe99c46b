/**
 * Readiness: where each service's wait comes from, the table of well-known images, port clashes, health check
 * validation, and what the script does with them under a recording docker.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { compile } from '../../src/compile.js';
import type { Readiness } from '../../src/ir.js';
import { changesPort, guessPorts } from '../../src/lower/readiness.js';
import { fakeDocker, flagValues, runScript } from '../fakedocker.js';
import { SHARED, sharedAvailable, tempDir } from '../helpers.js';

const REPO = 'github.com/octocat/hello-world';

function lowered(text: string) {
  const r = compile(text, { repo: REPO, targets: ['sh', 'compose'] });
  const readiness = Object.fromEntries((r.project?.services ?? []).map((s) => [s.name, s.readiness]));
  const where = (code: string) =>
    r.diagnostics.filter((d) => d.code === code).map((d) => ({ severity: d.severity, line: r.source.position(d.span![0]).line, message: d.message }));
  return { r, readiness: readiness as Record<string, Readiness>, where };
}

describe('the table of well-known images', () => {
  it('matches on the repository name, with any registry, namespace or tag', () => {
    assert.deepEqual(guessPorts('postgres:9.6'), [[5432]]);
    assert.deepEqual(guessPorts('circleci/postgres:9.6-alpine'), [[5432]]);
    assert.deepEqual(guessPorts('library/mysql'), [[3306]]);
    assert.deepEqual(guessPorts('quay.io/coreos/etcd:v2.2.1'), [[2379]]);
    assert.deepEqual(guessPorts('mcr.microsoft.com/mssql/server:2019-latest'), [[1433]]);
    assert.deepEqual(guessPorts('selenium/hub:2.48.2'), [[4444]]);
    assert.deepEqual(guessPorts('selenium/standalone-chrome'), [[4444]]);
    assert.deepEqual(guessPorts('selenium/node-chrome:2.48.2'), [[5555]]);
    assert.deepEqual(guessPorts('docker:19.03-dind'), [[2375, 2376]]);
  });

  it('guesses nothing for other images', () => {
    assert.equal(guessPorts('docker:19.03'), undefined);
    assert.equal(guessPorts('golang:1.5'), undefined);
    assert.equal(guessPorts('postgres-exporter'), undefined);
    assert.equal(guessPorts('Not A Reference'), undefined);
  });
});

describe('where readiness comes from', () => {
  it('takes the first that applies: healthcheck, expose/ports, the table, the image', () => {
    const { r, readiness } = lowered(
      [
        'compose:',
        '  checked:',
        '    image: postgres',
        '    expose: [5433]',
        '    healthcheck:',
        '      test: pg_isready',
        '  exposed:',
        '    image: mysql',
        '    expose: ["3307", 3308/tcp, 53/udp, 9000-9002]',
        '  mapped:',
        '    image: redis',
        '    ports: ["127.0.0.1:6380:6381", { target: 6382 }]',
        '  guessed:',
        '    image: rabbitmq:3',
        '  off:',
        '    image: mongo',
        '    expose: []',
        '  unknown:',
        '    image: golang',
        '  disabled:',
        '    image: golang',
        '    healthcheck:',
        '      disable: true',
        '',
      ].join('\n'),
    );
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepEqual(readiness, {
      checked: { kind: 'health' },
      exposed: { kind: 'ports', ports: [[3307], [3308], [9000], [9001], [9002]], from: 'declared' },
      mapped: { kind: 'ports', ports: [[6381], [6382]], from: 'declared' },
      guessed: { kind: 'ports', ports: [[5672]], from: 'image' },
      off: { kind: 'none', why: 'expose: [] turns the wait off' },
      unknown: { kind: 'image-health' },
      disabled: { kind: 'none', why: 'its health check is turned off and it declares no port' },
    });
  });

  it('does not guess where the file evidently changes the port', () => {
    const { readiness, where } = lowered(
      ['compose:', '  cache:', '    image: redis', '    command: redis-server --port 6380', '  db:', '    image: postgres', '    environment: [PGPORT=5433]', ''].join('\n'),
    );
    assert.deepEqual(readiness, { cache: { kind: 'image-health' }, db: { kind: 'image-health' } });
    const same = lowered(['compose:', '  db:', '    image: postgres', '    environment: [PGPORT=5432, URL=http://127.0.0.1:5432/x]', ''].join('\n'));
    assert.deepEqual(same.readiness, { db: { kind: 'ports', ports: [[5432]], from: 'image' } });
    assert.deepEqual(
      where('port-guess').map((d) => d.line),
      [2, 5],
    );
  });

  it('waits on the Selenium hub of the corpus, not on nodes started with SE_OPTS: -port', { skip: sharedAvailable() ? false : '../shared is absent' }, () => {
    const text = readFileSync(join(SHARED, 'corpus', 'drone04', 'drone-demos__drone-go-selenium__12f09591d4.yml'), 'utf8');
    const { r, readiness, where } = lowered(text);
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepEqual(readiness, {
      selenium: { kind: 'ports', ports: [[4444]], from: 'image' },
      chrome: { kind: 'image-health' },
      firefox: { kind: 'image-health' },
    });
    assert.equal(where('port-guess').length, 2);
    assert.match(r.outputs.sh!, /^ {2}dc_wait_add selenium ports 115C /m);
    const compose = parseYaml(r.outputs.compose!) as { services: Record<string, { healthcheck?: { test: string[] } }> };
    assert.deepEqual(compose.services['holder']!.healthcheck!.test.slice(4), ['sh', '115C']);
  });
});

describe('port clashes', () => {
  it('two services declaring one port are an error at the second, naming the first', () => {
    const { r, where } = lowered(['compose:', '  a:', '    image: x', '    expose: [8080]', '  b:', '    image: y', '    ports: ["9000:8080"]', ''].join('\n'));
    assert.deepEqual(r.outputs, {});
    assert.deepEqual(where('port-conflict'), [
      { severity: 'error', line: 7, message: 'port 8080 of service `b` is already declared by service `a` on line 4: all services share one network namespace, so only one can listen on it' },
    ]);
  });

  it('the host side of a mapping is not a clash, and guesses clash only with a warning', () => {
    const { r, where } = lowered(['compose:', '  a:', '    image: x', '    ports: ["5432:80"]', '  pg1:', '    image: postgres', '  pg2:', '    image: postgres:9', ''].join('\n'));
    assert.deepEqual(where('port-conflict'), []);
    assert.deepEqual(
      where('port-guess').map((d) => [d.severity, d.line]),
      [['warning', 8]],
    );
    assert.ok(r.outputs.sh);
  });
});

describe('mentions of another port', () => {
  // changesPort once matched `port` with the `i` flag; it now spells the cases out. Without the `u` flag no
  // character but these ASCII letters folds to them, so the two must agree on any text: here on random words
  // built from the letters, separators, digits and the characters that fold to ASCII with the `u` flag
  // (U+017F, U+212A, U+0130, U+0131).
  const caseless = (text: string, ports: readonly (readonly number[])[]): boolean => {
    for (const m of text.matchAll(/port[^A-Za-z0-9_]*([0-9]+)?|:([0-9]{2,5})\b/gi)) {
      const n = m[1] ?? m[2];
      if (n === undefined || !ports.some((alternatives) => alternatives.includes(Number(n)))) return true;
    }
    return false;
  };
  const pieces = ['port', 'PORT', 'Port', 'pOrT', 'p', 'O', 'r', 'T', '\u017F', '\u212A', '\u0130', '\u0131', ':', '=', '-', ' ', '_', 'x', '5432', '80', '6379', '123456', '\u00E9'];

  it('sees the same mentions as the case-insensitive pattern did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom([[5432]], [[6379], [80]], []), (words, ports) => {
        const text = words.join('');
        assert.equal(changesPort(text, ports), caseless(text, ports), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('sees `port` in any case, with or without a number', () => {
    assert.equal(changesPort('redis-server --PORT 6380', [[6379]]), true);
    assert.equal(changesPort('PGPORT=5432', [[5432]]), false);
    assert.equal(changesPort('http://127.0.0.1:5432', [[5432]]), false);
    assert.equal(changesPort('-Port', [[5432]]), true);
    assert.equal(changesPort('\u017Fport', [[5432]]), true);
    assert.equal(changesPort('pORt 80', [[5432]]), true);
    assert.equal(changesPort('POSTGRES_USER=postgres', [[5432]]), false);
  });
});

describe('healthcheck: validation', () => {
  it('reports each mistake at its value', () => {
    const { r } = lowered(
      [
        'compose:',
        '  a:',
        '    image: x',
        '    healthcheck:',
        '      test: [PING, x]',
        '      interval: 10',
        '      timeout: soon',
        '      retries: -1',
        '      colour: red',
        '  b:',
        '    image: x',
        '    healthcheck:',
        '      test: [CMD, check, $$TOKEN]',
        '      retries: 100000000000000000000',
        '',
      ].join('\n'),
    );
    const found = r.diagnostics.map((d) => [d.severity, d.code, r.source.position(d.span![0]).line]);
    assert.deepEqual(found, [
      ['error', 'invalid-healthcheck', 5],
      ['error', 'invalid-type', 6],
      ['error', 'invalid-healthcheck', 7],
      ['error', 'invalid-type', 8],
      ['warning', 'unknown-key', 9],
      ['error', 'invalid-healthcheck', 13],
      ['error', 'invalid-healthcheck', 14],
    ]);
  });

  it('a healthcheck on a build container is still an ignored key', () => {
    const r = compile(['build:', '  image: x', '  commands: [true]', '  healthcheck:', '    test: "true"', ''].join('\n'), { repo: REPO });
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['ignored-key'],
    );
  });
});

/** A script compiled from text, run under the recording docker. */
function script(text: string) {
  const r = compile(text, { repo: REPO, targets: ['sh'] });
  assert.ok(r.outputs.sh, JSON.stringify(r.diagnostics));
  const dir = tempDir('dc-ready-');
  const file = join(dir, 'services.sh');
  writeFileSync(file, r.outputs.sh);
  return (args: string[], env: Record<string, string> = {}) => {
    const fake = fakeDocker();
    const out = runScript('sh', file, args, fake, { DRONE_COMPOSE_PROJECT: 'p', ...env }, dir);
    return { ...out, calls: fake.calls().map((c) => c.argv) };
  };
}

const SERVICES = [
  'compose:',
  '  db:',
  '    image: postgres',
  '  app:',
  '    image: x',
  '    healthcheck:',
  '      test: ["CMD", "check", "it\'s up"]',
  '      interval: 1s',
  '      retries: 3',
  '  dind:',
  '    image: docker:dind',
  '',
].join('\n');

describe('the script waits', () => {
  it('passes the health check to docker run and looks at every port with one docker exec', () => {
    const up = script(SERVICES)(['up']);
    assert.equal(up.status, 0, up.stderr);
    const run = up.calls.find((a) => a[0] === 'run' && flagValues(a, '--name').includes('p-app'))!;
    assert.deepEqual(flagValues(run, '--health-cmd'), ["check 'it'\\''s up'"]);
    assert.deepEqual(flagValues(run, '--health-interval'), ['1s']);
    assert.deepEqual(flagValues(run, '--health-retries'), ['3']);
    const execs = up.calls.filter((a) => a[0] === 'exec');
    assert.equal(execs.length, 1);
    assert.deepEqual(execs[0]!.slice(0, 4), ['exec', 'p-holder', 'sh', '-c']);
    // The fake waiter finds every port listening at its first look (timeout 0), so no background waiter starts.
    assert.deepEqual(execs[0]!.slice(5), ['sh', '0', '1538', '0947/0948']);
    assert.match(up.stderr, /db is ready/);
    assert.match(up.stderr, /app is ready/);
    assert.match(up.stderr, /dind is ready/);
  });

  it('fails naming the service whose health check fails, and removes what it started', () => {
    const up = script(SERVICES)(['up'], { FAKE_DOCKER_HEALTH: 'unhealthy' });
    assert.equal(up.status, 1);
    assert.match(up.stderr, /app is unhealthy: its health check \(healthcheck:\) to pass failed/);
    assert.match(up.stderr, /up failed; removing what it started/);
    assert.ok(up.calls.some((a) => a[0] === 'logs' && a.includes('p-app')));
    assert.ok(up.calls.some((a) => a[0] === 'volume' && a[1] === 'rm'));
  });

  it('--no-wait and DRONE_COMPOSE_NO_WAIT=1 skip the wait', () => {
    const run = script(SERVICES);
    for (const [args, env] of [[['up', '--no-wait'], {}], [['up'], { DRONE_COMPOSE_NO_WAIT: '1' }]] as const) {
      const up = run([...args], env);
      assert.equal(up.status, 0, up.stderr);
      assert.equal(up.calls.filter((a) => a[0] === 'exec').length, 0);
      assert.match(up.stderr, /not waiting for the services to be ready/);
    }
  });

  it('refuses a timeout that is not a number of seconds, and unknown options of up', () => {
    const run = script(SERVICES);
    const bad = run(['up'], { DRONE_COMPOSE_WAIT_TIMEOUT: '2m' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /DRONE_COMPOSE_WAIT_TIMEOUT must be a whole number of seconds/);
    assert.equal(run(['up', '--wait']).status, 2);
  });
});
