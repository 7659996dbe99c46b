/**
 * The intermediate representation between lowering and the emitters: plain, readonly, serialisable data.
 * Emitters see only this, never YAML nodes. Every string that came from the input is a `Value`.
 */
import type { Span } from './source.js';
/**
 * One of Drone 0.4's `$$` operations on a variable's value, as its Go implementation did them: patterns and
 * words are literal text (no `*` or `?` wildcards), lengths count bytes.
 */
export type Operation = 
/** `$${NAME=word}`: the word when the variable is unset or empty. */
{
    readonly op: 'default';
    readonly word: string;
}
/** `$${NAME##prefix}`: the value without this prefix, when it starts with it. */
 | {
    readonly op: 'prefix';
    readonly word: string;
}
/** `$${NAME%%suffix}`: the value without this suffix, when it ends with it. */
 | {
    readonly op: 'suffix';
    readonly word: string;
}
/** `$${NAME/old/new}`: every occurrence of `old` replaced with `new`. */
 | {
    readonly op: 'replace';
    readonly old: string;
    readonly new: string;
}
/** `$${NAME:pos}`: the first `length` bytes (Drone's reading, not bash's). */
 | {
    readonly op: 'head';
    readonly length: number;
}
/** `$${NAME:pos:len}`: `length` bytes from byte `start`, fewer at the end of the value. */
 | {
    readonly op: 'substring';
    readonly start: number;
    readonly length: number;
}
/** `"$$NAME"` in a build command: the value escaped for a double-quoted shell string. */
 | {
    readonly op: 'quote';
};
/** A reference to an environment variable read at run time (`$$NAME`), possibly through an operation. */
export interface Reference {
    readonly env: string;
    readonly op?: Operation;
    /**
     * The reference as the input wrote it, when its format spells references unlike Drone 0.4 (`${DRONE_TAG##v}`
     * in Drone 1.x): for messages and the `+ command` trace only, never for what runs.
     */
    readonly written?: string;
}
/** A piece of a value: literal text, or a reference to an environment variable read at run time. */
export type Part = string | Reference;
/** A value from the input: the concatenation of its parts. */
export type Value = readonly Part[];
export interface EnvVar {
    readonly name: string;
    readonly value: Value;
}
export interface Mount {
    /** Host side: an absolute path, or a path relative to the workspace when `relative` is set; empty for a named volume. */
    readonly host: Value;
    readonly relative: boolean;
    /** A named volume of the project (`webapps` in `webapps:/opt/webapps`), instead of a host path. */
    readonly volume?: string;
    readonly container: Value;
    /** Options after the second colon (`ro`, `rw`, `z`, ...), when given. */
    readonly mode?: string;
}
export interface Device {
    readonly host: Value;
    readonly container?: Value;
    readonly permissions?: string;
}
export interface RegistryAuth {
    /** Registry host (`quay.io`, `registry:5000`); undefined for Docker Hub. */
    readonly registry?: string;
    readonly username: Value;
    /** The password, or the registry token when only that was given. */
    readonly password: Value;
}
/** What every container of the build has: a service, a build step. */
export interface Container {
    /** The name in the input (`database`), also the compose service name and the container name suffix. */
    readonly name: string;
    readonly image: Value;
    readonly pull: boolean;
    readonly auth?: RegistryAuth;
    readonly privileged: boolean;
    readonly environment: readonly EnvVar[];
    readonly entrypoint?: readonly Value[];
    readonly command?: readonly Value[];
    readonly volumes: readonly Mount[];
    readonly devices: readonly Device[];
    /** Memory limit as docker reads it (`536870912`, `512m`). */
    readonly memLimit?: string;
    readonly cpuset?: Value;
    readonly oomKillDisable: boolean;
    /**
     * Where each option was written with a value (not null): the span of its key in the input, by the input's key
     * (`cpuset`, `auth_config`), so that a target can point at an option it cannot carry. Offsets into the input text.
     */
    readonly at: Readonly<Record<string, Span>>;
}
/** A health check in docker-compose terms; durations as docker reads them (`1s`, `1m30s`). */
export interface HealthCheck {
    /** The check: one command line for the container's shell, or a program and its arguments. Absent when disabled. */
    readonly test?: {
        readonly shell: Value;
    } | {
        readonly exec: readonly Value[];
    };
    /** Turns the image's own HEALTHCHECK off (`test: [NONE]` or `disable: true`). */
    readonly disable: boolean;
    readonly interval?: string;
    readonly timeout?: string;
    readonly startPeriod?: string;
    readonly retries?: number;
}
/** A TCP port to wait for: any one of the alternatives listening is enough (docker:dind listens on 2375 or 2376). */
export type PortWait = readonly number[];
/**
 * What `up` waits for before a service counts as ready, from the first source that applies: its `healthcheck:`,
 * its `expose:`/`ports:`, the table of well-known images, the image's own HEALTHCHECK (known only at run time).
 */
export type Readiness = {
    readonly kind: 'health';
} | {
    readonly kind: 'ports';
    readonly ports: readonly PortWait[];
    readonly from: 'declared' | 'image';
} | {
    readonly kind: 'image-health';
} | {
    readonly kind: 'none';
    readonly why: string;
};
export interface Service extends Container {
    readonly healthcheck?: HealthCheck;
    readonly readiness: Readiness;
}
export interface BuildStep extends Container {
    /** Shell commands, run in order by `/bin/sh -e` in the workspace. */
    readonly commands: readonly Value[];
}
export interface ExtraHost {
    readonly host: string;
    readonly address: string;
}
/** The container that owns the shared network namespace and the settings that belong to the namespace. */
export interface Holder {
    readonly image: string;
    /** Docker network mode of the namespace (from `net:`), when not the default bridge. */
    readonly network?: string;
    readonly dns: readonly Value[];
    readonly extraHosts: readonly ExtraHost[];
}
/**
 * The lowered input, the same for every output. Where the input and the workspace are as seen from one output
 * file is not here: it is the emit context of that output (`EmitContext` in src/targets/).
 */
export interface Project {
    /** Default project name: prefix of every container and volume name. */
    readonly name: string;
    /** Repository path, such as `github.com/octocat/hello-world`. */
    readonly repo: string;
    /** The input format as its users name it (`Drone 0.4`, `Drone 1.x`), for the generated header. */
    readonly format: string;
    /** Where the workspace is mounted in every container: `/drone/src/<repo>`. */
    readonly workspacePath: string;
    /**
     * Where the shared build volume is mounted in every container, when not `/drone`: the workspace base of Drone
     * 0.5–1.x (`workspace: base: /go`), which steps share (a GOPATH filled by one step is there for the next).
     */
    readonly workspaceBase?: string;
    readonly holder: Holder;
    readonly services: readonly Service[];
    readonly build: readonly BuildStep[];
    /** The named volumes the containers mount, in order of first use; each is `<project>-<name>` at run time. */
    readonly volumes: readonly string[];
    /** Every `$$NAME` the input references, sorted. */
    readonly variables: readonly string[];
}
/** The name of the holder: its compose service, and the suffix of its container in the script. */
export declare const HOLDER_NAME = "holder";
/** A target's name: the keys of the registry in src/targets/index.ts. */
export type { Target } from './targets/index.js';
export declare function assertNever(x: never): never;
