import type { Dialect } from '../dialect.js';
export declare const drone08: Dialect;
