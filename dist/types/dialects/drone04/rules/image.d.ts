import type { Rule } from './rule.js';
/** Whether a container's `image:` is missing or empty (null, `~`, `""`). */
export declare function imageMissing(raw: unknown): boolean;
/**
 * Every build container names its image; a service without one runs the image of its name, as Drone did, with a
 * warning. (Whether a written image is a valid reference is found while lowering, which reads its `$$` parts.)
 */
export declare const image: Rule;
