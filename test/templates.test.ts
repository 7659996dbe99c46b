/** Templates stay dumb: every value they print goes through a quoting helper of their target. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { HELPERS as RENDER_HELPERS } from '../src/emit/render.js';
import { ROOT } from './helpers.js';

const HELPERS = Object.keys(RENDER_HELPERS);

it('the templates are precompiled with exactly the helpers the renderer registers', async () => {
  const generate = (await import(pathToFileURL(join(ROOT, 'scripts', 'generate.mjs')).href)) as { HELPERS: string[] };
  assert.deepEqual([...generate.HELPERS].sort(), [...HELPERS].sort());
});

it('every mustache in templates/ is a block, a partial or a quoting helper call', () => {
  const dir = join(ROOT, 'templates');
  let checked = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.hbs'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    assert.ok(!text.includes('{{{'), `${name}: no triple-stash (raw) output`);
    for (const m of text.matchAll(/(\\?)\{\{(.*?)\}\}/gs)) {
      if (m[1] === '\\') continue; // an escaped, literal {{...}}
      const inner = m[2]!.replace(/^~/, '').replace(/~$/, '').trim();
      checked++;
      if (/^[#/>]/.test(inner) || inner === 'else' || /^#\*inline /.test(inner)) continue;
      const helper = inner.split(/\s+/)[0]!;
      assert.ok(HELPERS.includes(helper) && inner.includes(' '), `${name}: {{${m[2]}}} prints without a quoting helper`);
    }
  }
  assert.ok(checked > 50);
});
