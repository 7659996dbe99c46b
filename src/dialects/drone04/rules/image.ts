import { keyOf } from '../decode.js';
import type { Rule } from './rule.js';

/** Whether a container's `image:` is missing or empty (null, `~`, `""`). */
export function imageMissing(raw: unknown): boolean {
  return raw === undefined || raw === null || raw === '';
}

/**
 * Every build container names its image; a service without one runs the image of its name, as Drone did, with a
 * warning. (Whether a written image is a valid reference is found while lowering, which reads its `$$` parts.)
 */
export const image: Rule = {
  name: 'image',
  check({ model, diags }) {
    for (const c of model.containers) {
      if (!imageMissing(c.options.get('image')?.value)) continue;
      if (c.kind === 'build') {
        diags.error('missing-image', `${c.label} has no image`, keyOf(c.node), 'name the image the commands run in with image:');
      } else {
        diags.warning('image-from-name', `${c.label} has no image; its name \`${c.name}\` is used as the image, as Drone did`, keyOf(c.node), `write image: ${c.name}`);
      }
    }
  },
};
