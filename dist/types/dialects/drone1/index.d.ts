import type { Dialect } from '../dialect.js';
import { Reader, type PipelineModel } from './model.js';
/** Top-level keys of a 1.x pipeline document. */
export declare const DRONE1_PIPELINE_KEYS: readonly ["kind", "type", "name", "platform", "workspace", "clone", "steps", "services", "volumes", "trigger", "depends_on", "node", "concurrency", "image_pull_secrets", "environment", "node_selector", "tolerations", "service_account_name", "metadata", "host_aliases", "version"];
export declare const drone1: Dialect;
/** Decodes the chosen pipeline document. */
export declare function decodePipeline(r: Reader, d: Record<string, unknown>): PipelineModel;
/** A workspace path docker can mount: absolute, not the root, no `:` or control characters. */
export declare function checkedWorkspace(r: Reader, path: string, ptr: string): string;
