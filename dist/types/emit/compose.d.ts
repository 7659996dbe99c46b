import { type EnvVar, type Project, type Value } from '../ir.js';
import type { EmitContext, Emitted } from '../targets/target.js';
/**
 * A relative path as compose needs it: docker-compose reads a host path as relative only when it is `.`, `..`
 * or starts with `./` or `../`; anything else (`ci`, `.cache`) names a volume.
 */
export declare function composeRelative(path: string): string;
/** A service's health check as compose writes it. */
interface HealthView {
    readonly test: readonly Value[] | undefined;
    readonly disable: boolean;
    readonly interval: Value | undefined;
    readonly timeout: Value | undefined;
    readonly retries: number | undefined;
    readonly hasRetries: boolean;
    readonly startPeriod: Value | undefined;
}
/** A service of the compose file: the holder's neighbours, services and build steps alike. */
interface ContainerView {
    readonly key: string;
    readonly image: Value;
    readonly pullAlways: boolean;
    readonly auth: {
        readonly login: string;
    } | undefined;
    readonly privileged: boolean;
    readonly entrypoint: readonly Value[] | undefined;
    readonly command: readonly Value[] | undefined;
    readonly environment: readonly EnvVar[];
    readonly volumes: readonly Value[];
    readonly devices: readonly Value[];
    readonly memLimit: Value | undefined;
    readonly cpuset: Value | undefined;
    readonly oomKillDisable: boolean;
    readonly dependsOn: readonly string[];
    readonly profile: Value | undefined;
    readonly healthcheck?: HealthView | undefined;
    /** Build steps: what they wait for, with its condition. */
    readonly conditions?: readonly {
        readonly key: string;
        readonly condition: string;
    }[];
    readonly workingDir?: Value;
}
/** What templates/compose.hbs prints: keys through `yamlKey`, values through `yaml`, numbers through `int`. */
export interface ComposeView {
    /** The input's name as the output sees it, for the header comment. */
    readonly source: string;
    /** The input format (`Drone 0.4`), for the header comment. */
    readonly format: string;
    readonly project: string;
    readonly holderKey: string;
    readonly holder: {
        readonly image: Value;
        readonly network: Value | undefined;
        readonly dns: readonly Value[] | undefined;
        readonly extraHosts: readonly Value[] | undefined;
        readonly healthcheck: {
            readonly test: readonly Value[];
        } | undefined;
    };
    readonly serviceKey: Value;
    readonly containers: readonly ContainerView[];
    readonly buildNames: readonly string[];
    readonly volumes: readonly string[];
    readonly credentials: readonly {
        readonly key: string;
        readonly login: string;
    }[];
}
/** The docker-compose target: the holder as a service, every other container on `network_mode: service:holder`. */
export declare function emitCompose(p: Project, context: EmitContext): Emitted;
export {};
