import { lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The repository path (`github.com/OWNER/NAME`) from a git remote URL in https, http, ssh or scp-like form;
 * undefined for local paths and file URLs, which name no host.
 */
export function repoFromUrl(url: string): string | undefined {
  const u = url.trim();
  let host: string | undefined;
  let path: string | undefined;
  const scheme = /^(?:https?|ssh|git|git\+ssh|ssh\+git):\/\/(?:[^@/]*@)?([^/:]+)(?::\d+)?\/(.+)$/.exec(u);
  const scp = /^(?:[^@/]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(u);
  if (scheme) [, host, path] = scheme;
  else if (scp && !u.startsWith('/') && !/^[a-zA-Z]:\\/.test(u)) [, host, path] = scp;
  if (!host || !path) return undefined;
  const clean = path.replace(/\/+$/, '').replace(/\.git$/, '').replace(/^\/+/, '');
  if (!clean || clean.split('/').some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return `${host.toLowerCase()}/${clean}`;
}

/** Finds the git config of the repository holding `dir` (also for worktrees and submodules). */
function gitConfigPath(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const dotgit = join(d, '.git');
    try {
      // Asked without an exception where there is no .git, as most folders on the way up.
      const st = statSync(dotgit, { throwIfNoEntry: false });
      if (st?.isDirectory()) return join(dotgit, 'config');
      const m = st ? /^gitdir:\s*(.+)$/m.exec(readFileSync(dotgit, 'utf8')) : null;
      if (m) {
        const gitdir = resolve(d, m[1]!.trim());
        try {
          const common = readFileSync(join(gitdir, 'commondir'), 'utf8').trim();
          return join(resolve(gitdir, common), 'config');
        } catch {
          return join(gitdir, 'config');
        }
      }
    } catch {
      // not here; look in the parent
    }
    if (dirname(d) === d) return undefined;
  }
}

/**
 * The top folder of the git work tree holding `dir`: the nearest folder, from `dir` up, that has a `.git` entry
 * (a folder, or a file as in worktrees and submodules). Undefined outside git. Reads no git config, runs no git.
 */
export function gitTop(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      // Asked without an exception where there is none, as in most folders on the way up: an error costs each time.
      if (lstatSync(join(d, '.git'), { throwIfNoEntry: false })) return d;
    } catch {
      // unreadable (EACCES, ENOTDIR): not here; look in the parent
    }
    if (dirname(d) === d) return undefined;
  }
}

/** The url of remote `origin` in a git config file's text. */
export function originUrl(config: string): string | undefined {
  let inOrigin = false;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[\s*([^\]\s]+)(?:\s+"([^"]*)")?\s*\]/.exec(line);
    if (section) {
      inOrigin = section[1]!.toLowerCase() === 'remote' && section[2] === 'origin';
      continue;
    }
    const kv = /^\s*url\s*=\s*(.*?)\s*$/i.exec(line);
    if (inOrigin && kv) return kv[1]!.replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}

/** The repository path from the `origin` remote of the git repository holding `dir`, if any. */
export function repoFromGit(dir: string): string | undefined {
  const config = gitConfigPath(dir);
  if (!config) return undefined;
  try {
    const url = originUrl(readFileSync(config, 'utf8'));
    return url ? repoFromUrl(url) : undefined;
  } catch {
    return undefined;
  }
}
