/**
 * Mutated later-format files never make the dialects throw: the real-world files of ../shared/corpus/later
 * (and a few written here), cut, with lines repeated, with substitution and YAML pieces inserted, and with values
 * replaced by values of another type, go through both dialects and both emitters. Every error has a place or
 * is about the file as a whole, and artifacts come exactly when there is no error. FUZZ_RUNS scales the runs.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isCollection, isPair, parseAllDocuments, type Node } from 'yaml';
import { SHARED, sharedAvailable } from '../helpers.js';
import { params, runs } from '../property/gen.js';
import { compileLater } from './harness.js';

const seeds: string[] = [
  'kind: pipeline\nname: a\nsteps:\n- name: t\n  image: alpine\n  commands: [echo ${A:-x} $${B}]\n  environment:\n    S: {from_secret: s}\n  depends_on: [clone]\nservices:\n- name: db\n  image: postgres\n  ports: [5432]\nvolumes:\n- name: v\n  temp: {}\n',
  'pipeline:\n  t:\n    image: alpine\n    commands: [echo ${A##v}]\n    secrets: [a, {source: b, target: c}]\nservices:\n  db:\n    image: mysql\nworkspace:\n  base: /go\n  path: src/x\n',
];
if (sharedAvailable()) {
  const dir = join(SHARED, 'corpus', 'later');
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.yml')) seeds.push(readFileSync(join(dir, f), 'utf8'));
}

const PIECES = ['${', '}', '$$', '${A', '${A:', '${A/', '${#', ': ', '- ', '[', ']', '{', '\n---\n', '\n...\n', 'kind: pipeline\n', 'type: exec\n', '{from_secret: x}', 'detach: true', 'depends_on: [x]', '\t', '"', "'", '&a ', '*a', '<<: *a', '\0'];

const textMutation = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(...PIECES), fc.constant('cut'), fc.constant('dup'))), { minLength: 1, maxLength: 4 }))
  .map(([i, ops]) =>
    ops.reduce((s, [f, op]) => {
      const at = Math.floor(f * s.length);
      if (op === 'cut') return s.slice(0, at) + s.slice(Math.min(s.length, at + 1 + Math.floor(f * 40)));
      if (op === 'dup') {
        const start = s.lastIndexOf('\n', at - 1) + 1;
        const end = s.indexOf('\n', at);
        const line = s.slice(start, end === -1 ? s.length : end + 1);
        return s.slice(0, start) + line + s.slice(start);
      }
      return s.slice(0, at) + op + s.slice(at);
    }, seeds[i]!),
  );

const typeMutation = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.jsonValue({ maxDepth: 2 }))
  .map(([i, f, value]) => {
    const docs = parseAllDocuments(seeds[i]!, { version: '1.1', uniqueKeys: false });
    if (!Array.isArray(docs)) return seeds[i]!;
    const slots: ((n: Node) => void)[] = [];
    const visit = (n: unknown): void => {
      if (!isCollection(n)) return;
      n.items.forEach((item, k) => {
        if (isPair(item)) {
          slots.push((x) => (item.value = x));
          visit(item.value);
        } else {
          slots.push((x) => ((n.items as unknown[])[k] = x));
          visit(item);
        }
      });
    };
    for (const d of docs) visit(d.contents);
    if (slots.length > 0) slots[Math.min(slots.length - 1, Math.floor(f * slots.length))]!(docs[0]!.createNode(value) as Node);
    try {
      return docs.map((d) => d.toString()).join('---\n');
    } catch {
      return seeds[i]!;
    }
  });

describe('mutated later-format files', () => {
  it('never throw, locate their errors, and emit exactly when there is no error', () => {
    fc.assert(
      fc.property(fc.oneof(textMutation, typeMutation), fc.boolean(), (text, trusted) => {
        const r = compileLater(text, { trusted, targets: ['sh', 'compose'] });
        const errors = r.diagnostics.filter((d) => d.severity === 'error');
        for (const d of errors) {
          if (!d.span) assert.ok(['nothing-to-compile', 'not-a-mapping', 'too-large', 'usage'].includes(d.code), `${d.code}: ${d.message} has a place`);
        }
        if (r.project && errors.length === 0) {
          assert.ok(r.outputs.sh?.startsWith('#!/bin/sh\n'));
          assert.ok(r.outputs.compose?.includes('services:'));
        } else {
          assert.deepEqual(r.outputs, {});
        }
      }),
      params(runs(300)),
    );
  });
});
