/**
 * Docker image references, checked against the grammar of Docker's reference package
 * (name [":" tag] ["@" digest], lowercase path components, optional registry host with port).
 *
 * The grammar, as one regular expression (the reference the tests compare with):
 *   ^(?:(DOMAIN)/)?(PATH(?:/PATH)*)(?::(TAG))?(?:@(DIGEST))?$
 *   DOMAIN = (?:COMPONENT(?:\.COMPONENT)*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?, COMPONENT = [a-zA-Z0-9] or
 *     [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]; PATH = [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*;
 *   TAG = [\w][\w.-]{0,127}; DIGEST = [A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}
 * It is checked here part by part, character by character: V8 compiles a regular expression at every start,
 * that one for about 0.9M instructions (its bytecode, then its machine code), more than all the rest of
 * lowering a small file. The parts split without ambiguity, since none may hold the character that ends it: `@`
 * starts the digest (one at most), the first `/` ends the registry when what precedes it is one (else the path
 * starts there), and the last `:` after it starts the tag.
 */
export interface ImageRef {
    /** Registry host and port when the reference names one (`quay.io`, `localhost:5000`). */
    readonly domain?: string;
    readonly path: string;
    readonly tag?: string;
    readonly digest?: string;
}
/** Parses a reference, or says what is wrong with it. */
export declare function parseImage(text: string): ImageRef | {
    error: string;
};
