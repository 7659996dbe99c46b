import type { StructuredPatch } from 'diff';
import { visible } from './diagnostics.js';

/**
 * Line edits up to which a line-by-line diff is searched for. The search costs about length × edits: a script
 * of 10,000 services whose every service changed took 46 s. Beyond this, the diff replaces the whole file.
 */
export const MAX_DIFF_EDITS = 1000;

/**
 * A unified diff from what is on disk (`--- a/PATH`) to what would be written (`+++ b/PATH`): line by line, or
 * as one hunk that replaces the whole file when they differ in more than MAX_DIFF_EDITS lines. Either way a
 * valid patch, and the same for the same texts. Credentials written in the input are masked on every line, as
 * written and as the script or the compose file quotes them (`maskSecrets`), so a diff never shows one. Control
 * characters other than the newline ending each line and TAB (C0, DEL, C1, and the Unicode separators and bidi
 * controls) are shown escaped (`\x1b`, `\r`) in every line and in the header paths, so a diff cannot move the
 * cursor or start a workflow command of its own; a patch whose lines hold them is then for reading only.
 */
export async function unifiedDiff(path: string, current: string | undefined, wanted: string, secrets: readonly string[] = [], headers?: [string, string], forms: SecretForms = asWritten): Promise<string> {
  const { createTwoFilesPatch, formatPatch } = await import('diff');
  const [oldName, newName, oldHeader, newHeader] = [`a/${path}`, `b/${path}`, headers?.[0], headers?.[1]];
  const patch =
    createTwoFilesPatch(oldName, newName, current ?? '', wanted, oldHeader, newHeader, { context: 3, maxEditLength: MAX_DIFF_EDITS }) ??
    formatPatch({ oldFileName: oldName, newFileName: newName, oldHeader, newHeader, hunks: [wholeFile(current ?? '', wanted)] });
  // Drop the `Index:`/`===` preamble jsdiff writes; keep the git-style header and hunks.
  const text = patch.replace(/^(?:Index: .*\n)?(?:=+\n)?/, '');
  return escapeControls(maskSecrets(text, secrets, undefined, forms));
}

/** Every line of a text with its control characters escaped as a diagnostic shows them, except TAB; the newlines stay. */
function escapeControls(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\t').map(visible).join('\t'))
    .join('\n');
}

/**
 * Every form of a secret to mask: as written, and as each target writes it (quoted, escaped). The command line
 * passes `secretForms` of the target registry; the default is the secret as written only.
 */
export type SecretForms = (secret: string) => readonly string[];
const asWritten: SecretForms = (s) => [s];

/** Shortest line of a multi-line secret that is masked on its own (after trimming spaces): shorter ones are too common to hide. */
export const MIN_SECRET_LINE = 4;

/**
 * Replaces every occurrence of each secret with `****`, in every form `formsOf` gives (the command line's: as
 * written, inside a shell single-quoted word, inside a compose double-quoted scalar, and so on). A form
 * that spans lines is also masked line by line (each line of at least MIN_SECRET_LINE characters once trimmed),
 * so a diff, which prefixes every line, shows none of it. Occurrences that overlap or touch become one `****`.
 * One pass over the text (Aho-Corasick): costs the text's length plus the forms' length, whatever their number;
 * `work`, when given, counts the steps taken.
 */
export function maskSecrets(text: string, secrets: readonly string[], work?: { steps: number }, formsOf: SecretForms = asWritten): string {
  const forms = new Set<string>();
  const addForm = (f: string) => {
    if (f === '') return;
    forms.add(f);
    if (!f.includes('\n')) return;
    for (const line of f.split('\n')) {
      const t = line.trim();
      if (t.length >= MIN_SECRET_LINE) forms.add(t);
    }
  };
  for (const s of secrets) {
    if (s === '') continue;
    for (const f of formsOf(s)) addForm(f);
  }
  if (forms.size === 0) return text;
  let steps = 0;
  // The trie of the forms: children, failure link, and the longest form ending at each node (0: none).
  const next: Map<number, number>[] = [new Map()];
  const depth: number[] = [0];
  const longest: number[] = [0];
  for (const f of forms) {
    let n = 0;
    for (let i = 0; i < f.length; i++) {
      steps++;
      const c = f.charCodeAt(i);
      let m = next[n]!.get(c);
      if (m === undefined) {
        m = next.length;
        next.push(new Map());
        depth.push(depth[n]! + 1);
        longest.push(0);
        next[n]!.set(c, m);
      }
      n = m;
    }
    longest[n] = f.length;
  }
  const fail = new Array<number>(next.length).fill(0);
  const queue: number[] = [];
  for (const m of next[0]!.values()) queue.push(m);
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    if (longest[n] === 0) longest[n] = longest[fail[n]!]!;
    for (const [c, m] of next[n]!) {
      steps++;
      let f = fail[n]!;
      while (f !== 0 && !next[f]!.has(c)) {
        f = fail[f]!;
        steps++;
      }
      const g = next[f]!.get(c);
      fail[m] = g !== undefined && g !== m ? g : 0;
      queue.push(m);
    }
  }
  // Scan once; keep the masked spans as disjoint [start, end) pairs, merging overlapping and touching ones.
  const spans: number[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    steps++;
    const c = text.charCodeAt(i);
    while (n !== 0 && !next[n]!.has(c)) {
      n = fail[n]!;
      steps++;
    }
    n = next[n]!.get(c) ?? 0;
    const len = longest[n]!;
    if (len === 0) continue;
    let start = i + 1 - len;
    while (spans.length > 0 && spans[spans.length - 1]! >= start) {
      steps++;
      spans.pop();
      start = Math.min(start, spans.pop()!);
    }
    spans.push(start, i + 1);
  }
  if (work) work.steps += steps;
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (let k = 0; k < spans.length; k += 2) {
    out += text.slice(at, spans[k]) + '****';
    at = spans[k + 1]!;
  }
  return out + text.slice(at);
}

/** One hunk that removes every line of `before` and adds every line of `after`. */
function wholeFile(before: string, after: string): StructuredPatch['hunks'][number] {
  const lines = (text: string, sign: string): string[] => {
    if (text === '') return [];
    const out = text.replace(/\n$/, '').split('\n').map((l) => sign + l);
    if (!text.endsWith('\n')) out.push('\\ No newline at end of file');
    return out;
  };
  const removed = lines(before, '-');
  const added = lines(after, '+');
  const count = (l: string[]) => l.filter((x) => !x.startsWith('\\')).length;
  return { oldStart: 1, oldLines: count(removed), newStart: 1, newLines: count(added), lines: [...removed, ...added] };
}
