/**
 * The editor schemas of the later formats describe what the decoders read: the same keys, a description on
 * every key, and every real-world file of ../shared/corpus/later valid against its format's schema.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { DRONE1_CONTAINER_KEYS, DRONE08_CONTAINER_KEYS } from '../../src/dialects/drone1/container.js';
import { DRONE1_PIPELINE_KEYS } from '../../src/dialects/drone1/compile.js';
import { DRONE08_KEYS } from '../../src/dialects/drone08/compile.js';
import { ROOT, SHARED, sharedAvailable } from '../helpers.js';
import { compileLater } from './harness.js';

type Node = { properties?: Record<string, Node>; items?: Node; additionalProperties?: Node | boolean; description?: string };
const load = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as Node & Record<string, unknown>;
const schema1 = load('drone-1.schema.json');
const schema08 = load('drone-0.8.schema.json');
const keys = (n: Node | undefined) => Object.keys(n?.properties ?? {}).sort();

describe('later-format schemas', () => {
  it('name the keys the decoders read', () => {
    assert.deepEqual(keys(schema1), [...DRONE1_PIPELINE_KEYS].sort());
    assert.deepEqual(keys(schema1.properties!['steps']!.items), [...DRONE1_CONTAINER_KEYS].sort());
    assert.deepEqual(keys(schema1.properties!['services']!.items), [...DRONE1_CONTAINER_KEYS].sort());
    assert.deepEqual(keys(schema08), [...DRONE08_KEYS].sort());
    assert.deepEqual(keys(schema08.properties!['pipeline']!.additionalProperties as Node), [...DRONE08_CONTAINER_KEYS].sort());
  });

  it('describe every key', () => {
    const walk = (n: Node, path: string): void => {
      for (const [k, child] of Object.entries(n.properties ?? {})) {
        assert.ok(child.description, `${path}/${k} has a description`);
        walk(child, `${path}/${k}`);
      }
      if (n.items) walk(n.items, `${path}/items`);
      if (typeof n.additionalProperties === 'object') walk(n.additionalProperties, `${path}/*`);
    };
    walk(schema1, '');
    walk(schema08, '');
  });

  const noShared = sharedAvailable() ? false : `../shared is not beside the checkout (looked for ${SHARED})`;
  it('accept every real-world file of their format', { skip: noShared }, () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const v1 = ajv.compile(schema1);
    const v08 = ajv.compile(schema08);
    const dir = join(SHARED, 'corpus', 'later');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const id = compileLater(text, { trusted: true, targets: ['sh'] }).dialect?.id;
      for (const doc of parseAllDocuments(text, { version: '1.1' }) as { toJS(): unknown }[]) {
        const data = doc.toJS();
        if (data === null) continue;
        const validate = id === 'drone-1' ? v1 : v08;
        assert.ok(validate(data), `${file}: ${JSON.stringify(validate.errors)}`);
      }
    }
  });
});
