import { keyOf } from '../decode.js';
import type { Rule } from './rule.js';
import { scalarItems } from './rule.js';

/**
 * Every build container has commands (a warning otherwise: it starts and exits), and a `when:` condition, which
 * cannot be decided outside Drone, is named with a warning: the step always runs.
 */
export const buildSteps: Rule = {
  name: 'build-steps',
  check({ model, diags }) {
    for (const c of model.build) {
      const commands = c.options.get('commands');
      if (scalarItems(commands, commands?.value).length === 0) {
        diags.warning('empty-build', `${c.label} has no commands; its container starts and exits`, keyOf(c.node));
      }
      const when = c.options.get('when');
      if (when && when.value !== null) {
        diags.warning(
          'unconditional-step',
          `${c.label} has when: conditions, which cannot be decided outside Drone; it always runs`,
          keyOf(when),
          'guard the commands in the shell instead, e.g. [ "$DRONE_BRANCH" = master ] || exit 0 (the build gets DRONE_BRANCH from the environment, else from git)',
        );
      }
    }
  },
};
