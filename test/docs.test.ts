/**
 * The documentation keeps up with the code: every diagnostic code has its section in docs/diagnostics.md (with an
 * example the compiler really reports) and its link in the README; every schema key is described.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compile, type CompileOptions } from '../src/compile.js';
import { CODES, type DiagnosticCode } from '../src/diagnostics.js';
import { ROOT } from './helpers.js';

const DOC = 'docs/diagnostics.md';

/** Codes about the command line and the files around the input: their examples are commands, not inputs. */
const COMMAND_LINE_CODES: readonly DiagnosticCode[] = ['missing-repo', 'stale-output', 'usage', 'io'];

interface Section {
  readonly code: string;
  /** 1-based line of the heading. */
  readonly line: number;
  readonly body: string;
}

/** The `## ` sections of docs/diagnostics.md, in order; what comes before the first one is the introduction. */
function sections(): Section[] {
  const lines = readFileSync(join(ROOT, DOC), 'utf8').split('\n');
  const out: { code: string; line: number; body: string[] }[] = [];
  let fenced = false;
  lines.forEach((l, i) => {
    if (l.startsWith('```')) fenced = !fenced;
    if (!fenced && l.startsWith('## ')) out.push({ code: l.slice(3).trim(), line: i + 1, body: [] });
    else if (out.length > 0) out[out.length - 1]!.body.push(l);
  });
  return out.map((s) => ({ ...s, body: s.body.join('\n') }));
}

/** The fenced blocks of a section with their language. */
function blocks(body: string): { lang: string; text: string }[] {
  return [...body.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]! }));
}

/** The compile options an example asks for in its first line (`# drone-compose --trusted`). */
function exampleOptions(code: string, text: string): CompileOptions {
  const options: { -readonly [K in keyof CompileOptions]: CompileOptions[K] } = { repo: 'github.com/octocat/hello-world', targets: ['sh', 'compose'], filename: `${DOC}#${code}` };
  const first = /^# drone-compose (.*)\n/.exec(text);
  for (const flag of first ? first[1]!.trim().split(/\s+/) : []) {
    if (flag === '--trusted') options.trusted = true;
    else if (flag === '--target') continue;
    else if (flag === 'kube') options.targets = ['kube'];
    else assert.fail(`the example of ${code} in ${DOC} asks for ${flag}, which this test does not know: add it to exampleOptions in test/docs.test.ts`);
  }
  return options;
}

describe(DOC, () => {
  const found = sections();

  it('has one section per diagnostic code, headed by the code, and no other', () => {
    const headings = found.map((s) => s.code);
    const missing = Object.keys(CODES).filter((c) => !headings.includes(c));
    assert.equal(
      missing.length,
      0,
      missing.map((c) => `${DOC} has no section for the code \`${c}\` (in CODES, src/diagnostics.ts): add "## ${c}" with what it means, an input that triggers it and how to fix it`).join('\n'),
    );
    for (const s of found) {
      assert.ok(s.code in CODES, `${DOC}:${s.line}: the section "## ${s.code}" names no code of CODES (src/diagnostics.ts): a heading is a code, so that its anchor is #${s.code}`);
      assert.equal(headings.indexOf(s.code), headings.lastIndexOf(s.code), `${DOC}:${s.line}: a second section for ${s.code}`);
    }
  });

  it('says for each code its severity, an example, and how to fix it', () => {
    for (const s of found) {
      const where = `${DOC}:${s.line} (${s.code})`;
      assert.match(s.body.trimStart(), /^\*\*(Error|Warning)/, `${where}: start with **Error.** or **Warning.**`);
      assert.ok(blocks(s.body).some((b) => b.lang === 'yaml' || b.lang === 'sh'), `${where}: give an example in a \`\`\`yaml (an input) or \`\`\`sh (a command) block`);
      assert.match(s.body, /^\*\*Fix:\*\* \S/m, `${where}: say how to fix it in a paragraph starting **Fix:**`);
    }
  });

  it('has for every code of the input an example that the compiler reports with that code and severity', () => {
    for (const s of found) {
      const examples = blocks(s.body).filter((b) => b.lang === 'yaml');
      const where = `${DOC}:${s.line} (${s.code})`;
      if (!COMMAND_LINE_CODES.includes(s.code as DiagnosticCode)) assert.ok(examples.length > 0, `${where}: give an input that triggers it, in a \`\`\`yaml block`);
      const lead = s.body.trimStart().split('\n\n')[0]!;
      const severities = (['error', 'warning'] as const).filter((x) => lead.includes(`**${x[0]!.toUpperCase()}${x.slice(1)}`));
      for (const e of examples) {
        const result = compile(e.text, exampleOptions(s.code, e.text));
        const got = result.diagnostics.filter((d) => d.code === s.code);
        assert.ok(got.length > 0, `${where}: the example reports ${result.diagnostics.map((d) => d.code).join(', ') || 'nothing'}, not ${s.code}`);
        assert.ok(got.every((d) => severities.includes(d.severity)), `${where}: the example reports ${s.code} as ${got.map((d) => d.severity).join(', ')}; the section says ${severities.join(' or ')}`);
      }
    }
  });
});

it('the README lists every diagnostic code, each linked to its section of docs/diagnostics.md', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Diagnostics\n');
  assert.ok(start >= 0, 'README has a Diagnostics section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const linked = [...section.matchAll(/\[`([a-z-]+)`\]\(docs\/diagnostics\.md#([a-z-]+)\)/g)].map((m) => {
    assert.equal(m[1], m[2], `the README links \`${m[1]}\` to the section of ${m[2]}`);
    return m[1]!;
  });
  const missing = Object.keys(CODES).filter((c) => !linked.includes(c));
  assert.deepEqual(missing, [], `the README's Diagnostics section lacks [\`CODE\`](docs/diagnostics.md#CODE) for: ${missing.join(', ')}`);
  assert.deepEqual(linked.filter((c) => !(c in CODES)), [], 'the README links codes that do not exist');
  assert.equal(new Set(linked).size, linked.length, 'the README links a code twice');
  // Each item's text is the code's summary in CODES (backquotes aside), so that the list stays true.
  for (const m of section.matchAll(/^- \[`([a-z-]+)`\]\(docs\/diagnostics\.md#[a-z-]+\): (.*)$/gm)) {
    assert.equal(m[2]!.replace(/`/g, ''), CODES[m[1] as DiagnosticCode].replace(/`/g, ''), `the README's summary of ${m[1]} is the one in CODES (src/diagnostics.ts)`);
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
