import { show } from '../../../diagnostics.js';
import { suggest } from '../../../suggest.js';
import { isMap } from '../../describe.js';
import { keyOf } from '../decode.js';
import type { Rule } from './rule.js';

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

/**
 * The file is a mapping with a compose: or build: section (else nothing else runs); every other top-level key
 * is a known section, or is explained (another Drone version's key) or answered with the section meant.
 */
export const sections: Rule = {
  name: 'sections',
  check({ model, diags }) {
    const data = model.root.value;
    if (data === null || data === undefined) {
      diags.error('not-a-mapping', 'the file is empty', undefined, 'a .drone.yml needs a compose: or build: section');
      return false;
    }
    if (!isMap(data)) {
      diags.error('not-a-mapping', `the top level must be a mapping of sections, not ${Array.isArray(data) ? 'a list' : 'a single value'}`, model.root.span);
      return false;
    }
    for (const [key, node] of model.sections) {
      if (SECTIONS.includes(key)) continue;
      const span = keyOf(node);
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
      diags.error('nothing-to-compile', 'the file has neither a compose: nor a build: section', model.root.span, 'declare service containers under compose:');
      return false;
    }
    return true;
  },
};
