/** The shape of a Drone 0.5–0.8 file, for detection (./index.ts) and for compiling (./compile.ts). */
/** The key holding the steps: `pipeline`, or `script` in files from the 0.5 development period. */
export declare function stepsKey(d: Record<string, unknown>): 'pipeline' | 'script' | undefined;
