/**
 * Lowering of a decoded later-format pipeline (0.5–0.8 or 1.x) to the IR, with the rules both formats share:
 * trust, names, plugin steps, step order, and the one-namespace networking (every service name resolves to
 * 127.0.0.1 through the holder's hosts entries).
 */
import { type Diagnostics } from '../../diagnostics.js';
import type { FrontOptions, LoweredProject } from '../dialect.js';
import type { PipelineModel } from './model.js';
/** What differs between the formats in lowering. */
export interface Format {
    /** 0.5–0.8 refused every volume of an untrusted repository; 1.x only host and in-memory ones. */
    readonly everyVolumeTrusted: boolean;
}
/** Lowers a decoded pipeline; reports every problem into `diags` and keeps going. */
export declare function lowerPipeline(model: PipelineModel, options: FrontOptions, diags: Diagnostics, format: Format, text?: string): LoweredProject;
