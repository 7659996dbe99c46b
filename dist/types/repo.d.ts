/**
 * The repository path (`github.com/OWNER/NAME`) from a git remote URL in https, http, ssh or scp-like form;
 * undefined for local paths and file URLs, which name no host.
 */
export declare function repoFromUrl(url: string): string | undefined;
/** The url of remote `origin` in a git config file's text. */
export declare function originUrl(config: string): string | undefined;
/** The repository path from the `origin` remote of the git repository holding `dir`, if any. */
export declare function repoFromGit(dir: string): string | undefined;
