import type { TargetDescriptor } from './target.js';
export type { EmitContext, Emitted, TargetDescriptor } from './target.js';
export { DEFAULT_CONTEXT } from './target.js';
/** Every target by name, in the order `-t`'s help and `drone-compose diff` list them. */
export declare const REGISTRY: {
    readonly sh: TargetDescriptor;
    readonly compose: TargetDescriptor;
    readonly kube: TargetDescriptor;
};
export type Target = keyof typeof REGISTRY;
export declare const TARGETS: readonly Target[];
/** The default target: where no name or flag says otherwise. */
export declare const DEFAULT_TARGET: Target;
export declare function describeTarget(target: Target): TargetDescriptor;
export declare function isTarget(name: string): name is Target;
/**
 * The target a file name implies: the one with the longest extension it ends with (`.yml`: compose,
 * `.kube.yaml`: kube), else the default.
 */
export declare function targetFromPath(path: string): Target;
/** Every form a secret takes in any target's output, as written first: what a diff masks. */
export declare function secretForms(secret: string): string[];
