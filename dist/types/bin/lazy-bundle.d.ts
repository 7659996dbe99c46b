/**
 * src/lazy.ts as the CommonJS CLI bundle needs it: the bundle runs from a code cache (src/bin/drone-compose.cjs),
 * where import() has no loader, so it requires the bundles beside it (dist/check.cjs, later.cjs, kube.cjs) and
 * node:child_process instead. require() is synchronous, and each bundle is run once (Node's module cache).
 *
 * Each bundle holds its own copy of the modules it shares with the start-up bundle (diagnostics, the IR's
 * helpers, the Handlebars runtime): what crosses between bundles is plain data, objects whose methods are
 * called (a `Diagnostics`), and functions, never something compared by identity or by `instanceof`.
 */
import type * as Check from '../check.js';
import type * as Later from '../dialects/later.js';
import type * as Kube from '../emit/kube.js';
import type * as ChildProcess from 'node:child_process';
import type * as Commander from 'commander';
export declare const loadCheck: () => Promise<typeof Check>;
export declare const loadChildProcess: () => Promise<typeof ChildProcess>;
export declare const loadLater: () => typeof Later;
export declare const loadKube: () => typeof Kube;
/**
 * commander stays in the start-up bundle (it is not a bundle of its own), but as a CommonJS module that esbuild
 * initialises on its first require: only runs whose command line src/args.ts leaves to it pay for it.
 */
export declare const loadCommander: () => typeof Commander;
