/** Whether a YAML value is a mapping (an object that is not a list). */
export declare function isMap(v: unknown): v is Record<string, unknown>;
/** Words for the kind of a YAML value in messages: `a list`, `a mapping`, `true or false`, `empty`. */
export declare function kindOf(v: unknown): string;
