import type { Dialect } from '../dialect.js';
export declare const drone1: Dialect;
