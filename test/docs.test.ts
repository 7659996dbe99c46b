/** The documentation keeps up with the code: every diagnostic code is in the README, every schema key is described. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { CODES } from '../src/diagnostics.js';
import { ROOT } from './helpers.js';

it('the README lists every diagnostic code with an example and a fix', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const code of Object.keys(CODES)) {
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${code}\``) || l.includes(`| \`${code}\`,`) || l.includes(`, \`${code}\` |`));
    assert.ok(row, `README has a row for ${code}`);
    assert.ok(row.split('|').length >= 6, `the row of ${code} has severity, example and fix`);
  }
});

it('every key the schema accepts has a description, for editors', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'drone.schema.json'), 'utf8')) as Record<string, unknown>;
  const defs = schema['definitions'] as Record<string, Record<string, unknown>>;
  const described = (node: Record<string, unknown> | undefined): boolean => {
    if (!node) return false;
    if (typeof node['description'] === 'string') return true;
    const ref = node['$ref'];
    return typeof ref === 'string' && described(defs[ref.replace('#/definitions/', '')]);
  };
  let keys = 0;
  const check = (props: Record<string, Record<string, unknown>>, where: string) => {
    for (const [key, node] of Object.entries(props)) {
      keys++;
      assert.ok(described(node), `${where}.${key} has a description`);
    }
  };
  check(schema['properties'] as Record<string, Record<string, unknown>>, 'top level');
  for (const name of ['service', 'step', 'authConfig']) check(defs[name]!['properties'] as Record<string, Record<string, unknown>>, name);
  assert.ok(keys > 40);
});
