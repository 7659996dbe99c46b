/**
 * The input formats drone-compose reads, and how one is chosen for a file: by the user (`--dialect`), else by
 * the shape of the documents, the first dialect in `DIALECTS` that matches.
 */
import type { ParsedFile } from '../parse/index.js';
import type { Dialect, DialectId } from './dialect.js';
import { drone04 } from './drone04/index.js';
import { drone08 } from './drone08/index.js';
import { drone1 } from './drone1/index.js';

export type { Dialect, DialectId, FrontOptions, FrontResult, LoweredProject } from './dialect.js';

/**
 * Every dialect, in the order detection tries them: 1.x (`kind: pipeline` documents), 0.4 (`compose:` or
 * `build:` in the one document), 0.5–0.8 (a `pipeline:` mapping). A new format is a folder beside drone04/
 * exporting a `Dialect`, added here.
 */
export const DIALECTS: readonly Dialect[] = [drone1, drone04, drone08];

/** The dialect with an id, when drone-compose has it. */
export function dialectById(id: DialectId): Dialect | undefined {
  return DIALECTS.find((d) => d.id === id);
}

/**
 * The dialect of a file: the forced one when given, else the first whose shape matches; Drone 0.4 when none
 * does, since its rules explain an empty file or one without compose:/build: best.
 */
export function pickDialect(documents: readonly ParsedFile[], forced?: DialectId): Dialect | undefined {
  if (forced !== undefined) return dialectById(forced);
  return DIALECTS.find((d) => d.matches(documents)) ?? drone04;
}
