/**
 * A data-level harness for the rules of Drone 0.4: input text in, the findings out as plain data
 * (`{ code, severity, line, column }`, with the related places when there are any), so that a rule's test reads
 * as a table of cases, as graphql-js tests its validation rules.
 */
import assert from 'node:assert/strict';
import type { FrontOptions } from '../../src/dialects/dialect.js';
import { decode } from '../../src/dialects/drone04/decode.js';
import type { Rule } from '../../src/dialects/drone04/rules/index.js';
import { sections } from '../../src/dialects/drone04/rules/sections.js';
import { Diagnostics, sortDiagnostics, type DiagnosticCode, type Severity } from '../../src/diagnostics.js';
import { DEFAULT_LIMITS, parseYaml } from '../../src/parse/index.js';
import { SourceFile, type Span } from '../../src/source.js';

export interface Finding {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** 1-based, as printed; absent for a finding without a place. */
  readonly line?: number;
  readonly column?: number;
  /** The other places of the finding, when it has any. */
  readonly related?: readonly { readonly line: number; readonly column: number }[];
}

export const OPTIONS: FrontOptions = { repo: 'github.com/octocat/hello-world', name: 'hello-world', holderImage: 'busybox:1.36.1', trusted: false, targets: ['sh'] };

/** The lines of an input file, joined with newlines and ended with one. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

/**
 * What one rule finds in a text, in source order: the parser's findings too (a rule such as compiled-findings
 * works on them), but not those of the sections rule, which runs first only as the gate every rule relies on.
 */
export function findings(rule: Rule, text: string, options: Partial<FrontOptions> = {}): Finding[] {
  const source = new SourceFile('.drone.yml', text);
  const diags = new Diagnostics();
  const file = parseYaml(source, diags, DEFAULT_LIMITS);
  assert.ok(file, 'the test input is YAML');
  const model = decode(file);
  const ctx = { model, source, options: { ...OPTIONS, ...options }, diags };
  if (rule !== sections) {
    const gate = new Diagnostics();
    assert.notEqual(sections.check({ ...ctx, diags: gate }), false, 'the test input has something to compile');
  }
  rule.check(ctx);
  const at = (span: Span) => source.position(span[0]);
  return sortDiagnostics(diags.list).map((d) => ({
    code: d.code,
    severity: d.severity,
    ...(d.span ? { line: at(d.span).line, column: at(d.span).column } : {}),
    ...(d.related ? { related: d.related.map((r) => ({ line: at(r.span).line, column: at(r.span).column })) } : {}),
  }));
}

/** Asserts what a rule finds in a text. */
export function expectFindings(rule: Rule, text: string, expected: readonly Finding[], options: Partial<FrontOptions> = {}): void {
  assert.deepEqual(findings(rule, text, options), expected);
}

/** Asserts that a rule finds nothing in a text. */
export function expectValid(rule: Rule, text: string, options: Partial<FrontOptions> = {}): void {
  expectFindings(rule, text, [], options);
}

