import type { StructuredPatch } from 'diff';
import { shellWord, yamlValue } from './emit/quote.js';

/**
 * Line edits up to which a line-by-line diff is searched for. The search costs about length × edits: a script
 * of 10,000 services whose every service changed took 46 s. Beyond this, the diff replaces the whole file.
 */
export const MAX_DIFF_EDITS = 1000;

/**
 * A unified diff from what is on disk (`--- a/PATH`) to what would be written (`+++ b/PATH`): line by line, or
 * as one hunk that replaces the whole file when they differ in more than MAX_DIFF_EDITS lines. Either way a
 * valid patch, and the same for the same texts. Credentials written in the input are masked on every line, as
 * written and as the script or the compose file quotes them (`maskSecrets`), so a diff never shows one.
 */
export async function unifiedDiff(path: string, current: string | undefined, wanted: string, secrets: readonly string[] = [], headers?: [string, string]): Promise<string> {
  const { createTwoFilesPatch, formatPatch } = await import('diff');
  const [oldName, newName, oldHeader, newHeader] = [`a/${path}`, `b/${path}`, headers?.[0], headers?.[1]];
  const patch =
    createTwoFilesPatch(oldName, newName, current ?? '', wanted, oldHeader, newHeader, { context: 3, maxEditLength: MAX_DIFF_EDITS }) ??
    formatPatch({ oldFileName: oldName, newFileName: newName, oldHeader, newHeader, hunks: [wholeFile(current ?? '', wanted)] });
  // Drop the `Index:`/`===` preamble jsdiff writes; keep the git-style header and hunks.
  const text = patch.replace(/^(?:Index: .*\n)?(?:=+\n)?/, '');
  return maskSecrets(text, secrets);
}

/**
 * Replaces every occurrence of each secret with `****`: the text as written, and its forms inside a shell
 * single-quoted word (`'` as `'\''`) and inside a compose double-quoted scalar (`$` as `$$`, escapes). Longer
 * forms first, so that a quoted form is masked whole. Costs the text's length per form.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (s === '') continue;
    forms.add(s);
    const sh = shellWord([s]);
    forms.add(sh.startsWith("'") ? sh.slice(1, -1) : sh);
    forms.add(yamlValue([s]).slice(1, -1));
  }
  let out = text;
  for (const f of [...forms].filter((f) => f !== '').sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) out = out.split(f).join('****');
  return out;
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
