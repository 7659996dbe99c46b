/**
 * The repository path (`github.com/OWNER/NAME`) from a git remote URL in https, http, ssh or scp-like form;
 * undefined for local paths and file URLs, which name no host.
 */
export declare function repoFromUrl(url: string): string | undefined;
/**
 * The top folder of the git work tree holding `dir`: the nearest folder, from `dir` up, that has a `.git` entry
 * (a folder, or a file as in worktrees and submodules). Undefined outside git. Reads no git config, runs no git.
 */
export declare function gitTop(dir: string): string | undefined;
/** The url of remote `origin` in a git config file's text. */
export declare function originUrl(config: string): string | undefined;
/** The repository path from the `origin` remote of the git repository holding `dir`, if any. */
export declare function repoFromGit(dir: string): string | undefined;
