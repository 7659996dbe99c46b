import { type Diagnostics } from '../../diagnostics.js';
import type { ParsedFile } from '../../parse/index.js';
import type { SourceFile } from '../../source.js';
import type { FrontOptions, FrontResult } from '../dialect.js';
import { Reader, type PipelineModel } from './model.js';
/** Top-level keys of a 1.x pipeline document. */
export declare const DRONE1_PIPELINE_KEYS: readonly ["kind", "type", "name", "platform", "workspace", "clone", "steps", "services", "volumes", "trigger", "depends_on", "node", "concurrency", "image_pull_secrets", "environment", "node_selector", "tolerations", "service_account_name", "metadata", "host_aliases", "version"];
/** Decodes, checks and lowers a Drone 1.x file (the dialect's `compile`). */
export declare function compileDrone1(documents: readonly ParsedFile[], source: SourceFile, options: FrontOptions, diags: Diagnostics): FrontResult;
/** Decodes the chosen pipeline document. */
export declare function decodePipeline(r: Reader, d: Record<string, unknown>): PipelineModel;
/** A workspace path docker can mount: absolute, not the root, no `:` or control characters. */
export declare function checkedWorkspace(r: Reader, path: string, ptr: string): string;
