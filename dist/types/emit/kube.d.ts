import { type Diagnostic } from '../diagnostics.js';
import type { Project } from '../ir.js';
/** The image of the init container that clones the repository: pinned, so the manifest does not change under it. */
export declare const DEFAULT_CLONE_IMAGE = "alpine/git:2.45.2";
/** What one emitted manifest depends on besides the IR. */
export interface KubeContext {
    /** The input as named in the generated header. */
    readonly source: string;
    /** The workspace folder relative to the output (unused: the pod clones the repository instead of mounting it). */
    readonly workspaceDir: string;
    /** The image of the clone init container; default DEFAULT_CLONE_IMAGE. */
    readonly cloneImage?: string;
}
export interface KubeResult {
    readonly text: string;
    readonly diagnostics: Diagnostic[];
}
/** The Job's limits: Drone 0.4's default build timeout, and a day to read the logs before the Job is removed. */
export declare const ACTIVE_DEADLINE_SECONDS = 3600;
export declare const TTL_SECONDS_AFTER_FINISHED = 86400;
/** Where the scripts ConfigMap is mounted in the clone and build containers. */
export declare const SCRIPTS_PATH = "/drone-compose";
/** The names of the objects of one project: what the manifest creates and what the user creates before a run. */
export interface KubeNames {
    /** The Job (and the `app.kubernetes.io/instance` label). */
    readonly job: string;
    /** The ConfigMap of scripts, in the manifest. */
    readonly scripts: string;
    /** The ConfigMap the user creates for each run: DRONE_REMOTE, DRONE_COMMIT and the other build variables. */
    readonly build: string;
    /** The Secret the user creates with a key for every `$$NAME` the file reads. */
    readonly secrets: string;
    /** The registry Secret (`kubernetes.io/dockerconfigjson`) the user creates when images need credentials. */
    readonly registry: string;
}
/** A DNS-1123 label from any text: lowercase letters, digits and `-`, starting and ending with a letter or digit. */
export declare function dns1123Label(text: string, max?: number): string;
/** The object names for a project name; every one is a DNS-1123 label of at most 63 characters. */
export declare function kubeNames(projectName: string): KubeNames;
/** Emits the manifest of a project, or only diagnostics (and no text) when it cannot be expressed. */
export declare function emitKube(p: Project, ctx: KubeContext): KubeResult;
/**
 * Docker's memory size as a Kubernetes quantity of the same number of bytes: `512m` is 512 MiB (`512Mi`), a
 * number without unit is bytes, and a fraction (`1.5g`) is the whole bytes Docker computes from it.
 */
export declare function kubeMemory(docker: string): string;
/** A Go duration (`1m30s`, `500ms`) in whole seconds, rounded up, at least 1 (0 for zero); undefined when absent or unreadable. */
export declare function seconds(duration: string | undefined): number | undefined;
