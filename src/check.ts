/**
 * A unified diff from what is on disk (`--- a/PATH`) to what would be written (`+++ b/PATH`). Credentials
 * written in the input are masked on the lines that carry them, so a diff never shows one.
 */
export async function unifiedDiff(path: string, current: string | undefined, wanted: string, secrets: readonly string[] = [], headers?: [string, string]): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, current ?? '', wanted, headers?.[0], headers?.[1], { context: 3 });
  // Drop the `Index:`/`===` preamble jsdiff writes; keep the git-style header and hunks.
  const text = patch.replace(/^(?:Index: .*\n)?(?:=+\n)?/, '');
  if (secrets.length === 0) return text;
  return text
    .split('\n')
    .map((line) => (line.includes('dc_pull_auth ') ? secrets.reduce((l, s) => l.split(s).join('****'), line) : line))
    .join('\n');
}
