/** The closest candidate within a small edit distance ("did you mean"), or undefined. */
export declare function suggest(word: string, candidates: Iterable<string>): string | undefined;
