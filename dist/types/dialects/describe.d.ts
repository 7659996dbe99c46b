/** Words for the kind of a YAML value in messages: `a list`, `a mapping`, `true or false`, `empty`. */
export declare function kindOf(v: unknown): string;
