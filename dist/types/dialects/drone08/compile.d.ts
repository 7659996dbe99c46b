import type { Diagnostics } from '../../diagnostics.js';
import type { ParsedFile } from '../../parse/index.js';
import type { SourceFile } from '../../source.js';
import type { FrontOptions, FrontResult } from '../dialect.js';
import { Reader, type PipelineModel } from '../drone1/model.js';
/** Top-level keys of a 0.5–0.8 file (cncd/pipeline's Config). `script` is the 2016 spelling of `pipeline`. */
export declare const DRONE08_KEYS: readonly ["workspace", "clone", "pipeline", "services", "matrix", "branches", "labels", "platform", "volumes", "networks", "depends_on", "script"];
/** Decodes, checks and lowers a Drone 0.5–0.8 file (the dialect's `compile`). */
export declare function compileDrone08(documents: readonly ParsedFile[], source: SourceFile, options: FrontOptions, diags: Diagnostics): FrontResult;
/** Decodes a 0.5–0.8 file into the located model. */
export declare function decodeFile(r: Reader, d: Record<string, unknown>, key: 'pipeline' | 'script', repo: string): PipelineModel;
