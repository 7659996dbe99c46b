/**
 * Docker image references, checked against the grammar of Docker's reference package
 * (name [":" tag] ["@" digest], lowercase path components, optional registry host with port).
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
