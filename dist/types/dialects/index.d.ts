/**
 * The input formats drone-compose reads, and how one is chosen for a file: by the user (`--dialect`), else by
 * the shape of the documents, the first dialect in `DIALECTS` that matches.
 */
import type { ParsedFile } from '../parse/index.js';
import type { Dialect, DialectId } from './dialect.js';
export type { Dialect, DialectId, FrontOptions, FrontResult, LoweredProject } from './dialect.js';
/**
 * Every dialect, in the order detection tries them: 1.x (`kind: pipeline` documents), 0.4 (`compose:` or
 * `build:` in the one document), 0.5–0.8 (a `pipeline:` mapping). A new format is a folder beside drone04/
 * exporting a `Dialect`, added here.
 */
export declare const DIALECTS: readonly Dialect[];
/** The dialect with an id, when drone-compose has it. */
export declare function dialectById(id: DialectId): Dialect | undefined;
/**
 * The dialect of a file: the forced one when given, else the first whose shape matches; Drone 0.4 when none
 * does, since its rules explain an empty file or one without compose:/build: best.
 */
export declare function pickDialect(documents: readonly ParsedFile[], forced?: DialectId): Dialect | undefined;
