import type { Dialect } from '../dialect.js';
export declare const drone04: Dialect;
