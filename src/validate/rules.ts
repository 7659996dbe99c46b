import { show, type Diagnostic, type Diagnostics } from '../diagnostics.js';
import type { SourceFile, Span } from '../source.js';
import { pointerKey, type ParsedFile } from '../parse/index.js';
import { suggest } from '../suggest.js';
import { containers, isObject } from './containers.js';
import { keySpan, locate } from './locate.js';

/** The top-level sections of Drone 0.4; all but compose and build are accepted and ignored. */
export const SECTIONS = ['compose', 'build', 'clone', 'cache', 'publish', 'deploy', 'notify', 'matrix', 'branches', 'debug'];

/** Top-level keys of other Drone versions, which Drone 0.4 ignored. */
const OTHER_VERSIONS: Record<string, string> = {
  image: 'a Drone 0.3 key',
  script: 'a Drone 0.3 key',
  env: 'a Drone 0.3 key',
  git: 'a Drone 0.3 key',
  pipeline: 'a Drone 0.5+ section',
  services: 'a Drone 0.3/0.5+ section',
  workspace: 'a Drone 0.5+ section',
  kind: 'a Drone 1.x key',
  type: 'a Drone 1.x key',
  name: 'a Drone 1.x key',
  steps: 'a Drone 1.x section',
  platform: 'a Drone 1.x section',
  trigger: 'a Drone 1.x section',
  volumes: 'a Drone 1.x section',
};

/** The sections that are compiled; findings about the rest of the file's structure are dropped. */
const COMPILED = ['compose', 'build'];

/**
 * Drops duplicate-key warnings outside `compose:` and `build:` (in `publish:`, `deploy:`, `notify:`, ...):
 * nothing from there reaches an artifact, so they would only make --strict fail on what is not compiled. A
 * duplicate `compose:` or `build:` key itself is kept.
 */
export function dropIgnoredFindings(file: ParsedFile, source: SourceFile, diags: Diagnostics): void {
  const compiled: Span[] = [];
  for (const key of COMPILED) {
    const loc = file.locs.get(`/${key}`);
    if (loc) compiled.push([Math.min(loc.key?.[0] ?? loc.value[0], loc.value[0]), Math.max(loc.key?.[1] ?? 0, loc.value[1])]);
  }
  const keep = (d: Diagnostic): boolean => {
    if (d.code !== 'duplicate-key' || !d.span) return true;
    const [start, end] = d.span;
    if (compiled.some(([from, to]) => start >= from && end <= to)) return true;
    return COMPILED.includes(source.text.slice(start, end)) && source.position(start).column === 1;
  };
  const kept = diags.list.filter(keep);
  diags.list.length = 0;
  for (const d of kept) diags.list.push(d);
}

/** Trusted-only options: refused without --trusted, as Drone 0.5+ refused them for untrusted repositories. */
export const TRUSTED_OPTIONS = ['privileged', 'volumes', 'devices', 'net', 'dns', 'extra_hosts'] as const;

/** The file is a mapping with something to compile; other top-level keys are known or explained. */
export function checkSections(file: ParsedFile, diags: Diagnostics): boolean {
  const data = file.data;
  if (data === null || data === undefined) {
    diags.error('not-a-mapping', 'the file is empty', undefined, 'a .drone.yml needs a compose: or build: section');
    return false;
  }
  if (!isObject(data)) {
    diags.error('not-a-mapping', `the top level must be a mapping of sections, not ${Array.isArray(data) ? 'a list' : 'a single value'}`, locate(file, '').value);
    return false;
  }
  for (const key of file.keys(data)) {
    if (SECTIONS.includes(key)) continue;
    const span = keySpan(file, `/${pointerKey(key)}`);
    const other = OTHER_VERSIONS[key];
    if (other) {
      diags.warning('ignored-section', `\`${key}\` is ${other}; Drone 0.4 ignored it, and so does drone-compose`, span, 'drone-compose compiles the Drone 0.4 compose: and build: sections');
    } else {
      const meant = suggest(key, SECTIONS);
      diags.warning('unknown-key', `unknown top-level key ${show(key)}; it is ignored`, span, meant ? `did you mean \`${meant}\`?` : `Drone 0.4 sections: ${SECTIONS.join(', ')}`);
    }
  }
  const present = (k: string) => data[k] !== undefined && data[k] !== null;
  if (!present('compose') && !present('build')) {
    diags.error('nothing-to-compile', 'the file has neither a compose: nor a build: section', locate(file, '').value, 'declare service containers under compose:');
    return false;
  }
  return true;
}

export type TrustedOption = (typeof TRUSTED_OPTIONS)[number];

/**
 * Whether a trusted-only option is set, in any spelling: the trust check refuses exactly these, and lowering
 * reads a trusted-only option only when the run is trusted or this says it is not set. Not set: absent, null
 * (`~`, empty), a list of nothing but nulls (`[]`, `[~]`), and `privileged` other than true (`no`, `off`,
 * `false`). Everything else is set, YAML 1.1 booleans and empty strings too (`net: off`, `dns: ""`).
 */
export function trustedOptionSet(key: TrustedOption, v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (Array.isArray(v)) return v.some((x) => x !== null && x !== undefined);
  if (key === 'privileged') return v === true;
  return true;
}

/** Every trusted-only option in use is an error unless the repository is trusted. */
export function checkTrust(file: ParsedFile, trusted: boolean, diags: Diagnostics): void {
  if (trusted) return;
  for (const c of containers(file)) {
    for (const key of TRUSTED_OPTIONS) {
      if (!trustedOptionSet(key, c.data[key])) continue;
      diags.error(
        'untrusted-option',
        `\`${key}\` in ${c.label} is a trusted-only option`,
        keySpan(file, `${c.ptr}/${key}`),
        'pass --trusted to allow it, as a Drone administrator marks a repository trusted',
      );
    }
  }
}

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** Every container gets a usable, distinct name; the holder's name is taken. */
export function checkNames(file: ParsedFile, holderName: string, diags: Diagnostics): void {
  const seen = new Map<string, string>([[holderName.toLowerCase(), 'the namespace holder']]);
  for (const c of containers(file)) {
    const span = () => keySpan(file, c.ptr);
    if (!NAME.test(c.name)) {
      diags.error('invalid-name', `the name ${show(c.name)} of ${c.label} cannot name a container`, span, 'use letters, digits, `_`, `.` and `-`, starting with a letter or digit');
      continue;
    }
    const key = c.containerName.toLowerCase();
    const other = seen.get(key);
    if (other) {
      diags.error('name-collision', `${c.label} would be named \`${c.containerName}\`, like ${other}`, span, 'rename one of them');
      continue;
    }
    seen.set(key, c.label);
  }
}
