/** Every rule is registered once, in a file of its own named after it, and has a test of its own. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../src/dialects/drone04/rules/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

it('every file of rules/ is one registered rule with a test, and every registered rule has a file', () => {
  const files = readdirSync(join(ROOT, 'src/dialects/drone04/rules'))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'rule.ts')
    .map((f) => f.slice(0, -'.ts'.length))
    .sort();
  const names = RULES.map((r) => r.name);
  assert.deepEqual([...names].sort(), files);
  assert.equal(new Set(names).size, names.length, 'a rule is registered once');
  for (const name of names) assert.ok(existsSync(join(ROOT, 'test/rules', `${name}.test.ts`)), `test/rules/${name}.test.ts`);
});
