import type { Diagnostics } from '../diagnostics.js';
import { loadFullReader } from '../lazy.js';
import type { SourceFile } from '../source.js';
import { readBlock } from './block.js';
import { DEFAULT_LIMITS, type ParsedFile, type ParseLimits } from './model.js';

export { DEFAULT_LIMITS, pointerKey, type Loc, type Locations, type ParsedFile, type ParseLimits } from './model.js';

/**
 * Parses a Drone file as YAML 1.1 (the dialect Drone's parser read: `yes`/`no` are booleans, `<<` merges).
 * Never throws for bad input: YAML errors, duplicate keys, unknown aliases and exceeded limits become diagnostics.
 * Duplicate keys keep the later value, as Drone's parser did. Returns undefined when nothing usable was read.
 *
 * Plain block YAML is read by the block reader in one pass; anything else by the full reader, which the CLI
 * loads only then. Both give the same result for the texts the block reader takes
 * (test/property/parse-block.test.ts).
 */
export function parseYaml(source: SourceFile, diags: Diagnostics, limits: ParseLimits = DEFAULT_LIMITS): ParsedFile | undefined {
  const text = source.text;
  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    diags.error('too-large', `the file is larger than ${limits.maxBytes} bytes`, undefined, 'split the file, or raise the limit with --max-bytes');
    return undefined;
  }
  const block = readBlock(text, limits, (offset) => source.position(offset).line);
  if (!block) return loadFullReader().readYaml(source, diags, limits);
  for (const d of block.duplicates) diags.warning('duplicate-key', d.message, d.span, d.hint);
  return block.file;
}
