/** A unified diff from what is on disk (`--- a/PATH`) to what would be written (`+++ b/PATH`). */
export async function unifiedDiff(path: string, current: string | undefined, wanted: string): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, current ?? '', wanted, undefined, undefined, { context: 3 });
  // Drop the `Index:`/`===` preamble jsdiff writes; keep the git-style header and hunks.
  return patch.replace(/^(?:Index: .*\n)?(?:=+\n)?/, '');
}
