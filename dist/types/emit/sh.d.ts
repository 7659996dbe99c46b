import { type Project } from '../ir.js';
/** The POSIX sh target: a script with the verbs up, down, build, run, logs, ps. */
export declare function emitSh(p: Project): string;
