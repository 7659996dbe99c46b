import type { TargetDescriptor } from './target.js';
export declare const kubeTarget: TargetDescriptor;
