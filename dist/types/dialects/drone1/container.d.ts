import type { Span } from '../../source.js';
import { type ContainerModel, type L, type Reader } from './model.js';
/** Keys of a 1.x step or service (drone-yaml's Container), plus `ports` of services. */
export declare const DRONE1_CONTAINER_KEYS: readonly ["name", "image", "commands", "command", "entrypoint", "environment", "pull", "privileged", "volumes", "working_dir", "user", "shm_size", "dns", "dns_search", "extra_hosts", "network_mode", "devices", "detach", "depends_on", "when", "settings", "failure", "ports"];
/** Container keys of 0.5–0.8 (the cncd/pipeline Container); any other key of a step is a plugin parameter. */
export declare const DRONE08_CONTAINER_KEYS: readonly ["image", "pull", "privileged", "environment", "commands", "command", "entrypoint", "volumes", "devices", "dns", "dns_search", "extra_hosts", "network_mode", "networks", "secrets", "when", "detach", "group", "shm_size", "mem_limit", "memswap_limit", "cpu_quota", "cpu_shares", "cpuset", "labels", "tmpfs", "ports", "working_dir", "user"];
export interface ContainerInput {
    readonly kind: 'service' | 'step';
    readonly ptr: string;
    readonly data: Record<string, unknown>;
    readonly name: L<string>;
    readonly span: Span;
    readonly format: '1' | '0.8';
}
export declare function decodeContainer(r: Reader, input: ContainerInput): ContainerModel;
