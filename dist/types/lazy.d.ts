/**
 * Modules that only some paths need, loaded on first use so that start-up does not pay for them.
 * The CLI bundle replaces this file with src/bin/lazy-bundle.ts (scripts/build.mjs), where each loader requires a
 * bundle of its own. Here (tsc's build/ and the library, dist/index.js) the synchronous loaders return modules
 * imported statically: loadLater, loadKube and loadCommander are called from synchronous code (a dialect's
 * compile, a target's emit, the reading of the command line), so they cannot wait for an import().
 */
import * as commander from 'commander';
import * as later from './dialects/later.js';
import * as kube from './emit/kube.js';
export declare const loadCheck: () => Promise<typeof import("./check.js")>;
export declare const loadChildProcess: () => Promise<{
    default: typeof import("node:child_process");
    spawn(command: string, options?: import("child_process").SpawnOptionsWithoutStdio): import("child_process").ChildProcessWithoutNullStreams;
    spawn(command: string, options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioPipe, import("child_process").StdioPipe, import("child_process").StdioPipe>): import("child_process").ChildProcessByStdio<import("stream").Writable, import("stream").Readable, import("stream").Readable>;
    spawn(command: string, options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioPipe, import("child_process").StdioPipe, import("child_process").StdioNull>): import("child_process").ChildProcessByStdio<import("stream").Writable, import("stream").Readable, null>;
    spawn(command: string, options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioPipe, import("child_process").StdioNull, import("child_process").StdioPipe>): import("child_process").ChildProcessByStdio<import("stream").Writable, null, import("stream").Readable>;
    spawn(command: string, options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioNull, import("child_process").StdioPipe, import("child_process").StdioPipe>): import("child_process").ChildProcessByStdio<null, import("stream").Readable, import("stream").Readable>;
    spawn(command: string, options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioPipe, import("child_process").StdioNull, import("child_process").StdioNull>): import("child_process").ChildProcessByStdio<import("stream").Writable, null, null>;
    spawn(command: string, options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioNull, import("child_process").StdioPipe, import("child_process").StdioNull>): import("child_process").ChildProcessByStdio<null, import("stream").Readable, null>;
    spawn(command: string, options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioNull, import("child_process").StdioNull, import("child_process").StdioPipe>): import("child_process").ChildProcessByStdio<null, null, import("stream").Readable>;
    spawn(command: string, options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioNull, import("child_process").StdioNull, import("child_process").StdioNull>): import("child_process").ChildProcessByStdio<null, null, null>;
    spawn(command: string, options: import("child_process").SpawnOptions): import("child_process").ChildProcess;
    spawn(command: string, args?: readonly string[], options?: import("child_process").SpawnOptionsWithoutStdio): import("child_process").ChildProcessWithoutNullStreams;
    spawn(command: string, args: readonly string[], options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioPipe, import("child_process").StdioPipe, import("child_process").StdioPipe>): import("child_process").ChildProcessByStdio<import("stream").Writable, import("stream").Readable, import("stream").Readable>;
    spawn(command: string, args: readonly string[], options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioPipe, import("child_process").StdioPipe, import("child_process").StdioNull>): import("child_process").ChildProcessByStdio<import("stream").Writable, import("stream").Readable, null>;
    spawn(command: string, args: readonly string[], options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioPipe, import("child_process").StdioNull, import("child_process").StdioPipe>): import("child_process").ChildProcessByStdio<import("stream").Writable, null, import("stream").Readable>;
    spawn(command: string, args: readonly string[], options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioNull, import("child_process").StdioPipe, import("child_process").StdioPipe>): import("child_process").ChildProcessByStdio<null, import("stream").Readable, import("stream").Readable>;
    spawn(command: string, args: readonly string[], options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioPipe, import("child_process").StdioNull, import("child_process").StdioNull>): import("child_process").ChildProcessByStdio<import("stream").Writable, null, null>;
    spawn(command: string, args: readonly string[], options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioNull, import("child_process").StdioPipe, import("child_process").StdioNull>): import("child_process").ChildProcessByStdio<null, import("stream").Readable, null>;
    spawn(command: string, args: readonly string[], options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioNull, import("child_process").StdioNull, import("child_process").StdioPipe>): import("child_process").ChildProcessByStdio<null, null, import("stream").Readable>;
    spawn(command: string, args: readonly string[], options: import("child_process").SpawnOptionsWithStdioTuple<import("child_process").StdioNull, import("child_process").StdioNull, import("child_process").StdioNull>): import("child_process").ChildProcessByStdio<null, null, null>;
    spawn(command: string, args: readonly string[], options: import("child_process").SpawnOptions): import("child_process").ChildProcess;
    exec: typeof import("child_process").exec;
    execFile: typeof import("child_process").execFile;
    fork(modulePath: string | import("url").URL, options?: import("child_process").ForkOptions): import("child_process").ChildProcess;
    fork(modulePath: string | import("url").URL, args?: readonly string[], options?: import("child_process").ForkOptions): import("child_process").ChildProcess;
    spawnSync(command: string): import("child_process").SpawnSyncReturns<NonSharedBuffer>;
    spawnSync(command: string, options: import("child_process").SpawnSyncOptionsWithStringEncoding): import("child_process").SpawnSyncReturns<string>;
    spawnSync(command: string, options: import("child_process").SpawnSyncOptionsWithBufferEncoding): import("child_process").SpawnSyncReturns<NonSharedBuffer>;
    spawnSync(command: string, options?: import("child_process").SpawnSyncOptions): import("child_process").SpawnSyncReturns<string | NonSharedBuffer>;
    spawnSync(command: string, args: readonly string[]): import("child_process").SpawnSyncReturns<NonSharedBuffer>;
    spawnSync(command: string, args: readonly string[], options: import("child_process").SpawnSyncOptionsWithStringEncoding): import("child_process").SpawnSyncReturns<string>;
    spawnSync(command: string, args: readonly string[], options: import("child_process").SpawnSyncOptionsWithBufferEncoding): import("child_process").SpawnSyncReturns<NonSharedBuffer>;
    spawnSync(command: string, args?: readonly string[], options?: import("child_process").SpawnSyncOptions): import("child_process").SpawnSyncReturns<string | NonSharedBuffer>;
    execSync(command: string): NonSharedBuffer;
    execSync(command: string, options: import("child_process").ExecSyncOptionsWithStringEncoding): string;
    execSync(command: string, options: import("child_process").ExecSyncOptionsWithBufferEncoding): NonSharedBuffer;
    execSync(command: string, options?: import("child_process").ExecSyncOptions): string | NonSharedBuffer;
    execFileSync(file: string): NonSharedBuffer;
    execFileSync(file: string, options: import("child_process").ExecFileSyncOptionsWithStringEncoding): string;
    execFileSync(file: string, options: import("child_process").ExecFileSyncOptionsWithBufferEncoding): NonSharedBuffer;
    execFileSync(file: string, options?: import("child_process").ExecFileSyncOptions): string | NonSharedBuffer;
    execFileSync(file: string, args: readonly string[]): NonSharedBuffer;
    execFileSync(file: string, args: readonly string[], options: import("child_process").ExecFileSyncOptionsWithStringEncoding): string;
    execFileSync(file: string, args: readonly string[], options: import("child_process").ExecFileSyncOptionsWithBufferEncoding): NonSharedBuffer;
    execFileSync(file: string, args?: readonly string[], options?: import("child_process").ExecFileSyncOptions): string | NonSharedBuffer;
    ChildProcess: typeof import("child_process").ChildProcess;
}>;
/** Decoding, checking and lowering of Drone 0.5–0.8 and 1.x files (dist/later.cjs in the CLI). */
export declare const loadLater: () => typeof later;
/** The Kubernetes emitter and its template (dist/kube.cjs in the CLI). */
export declare const loadKube: () => typeof kube;
/** commander, for the command lines src/args.ts leaves to it (initialised on first use in the CLI bundle). */
export declare const loadCommander: () => typeof commander;
