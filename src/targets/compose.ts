/** The docker-compose target: the holder as a service, every other container on `network_mode: service:holder`. */
import { yamlValue } from '../emit/quote.js';
import { emitCompose } from '../emit/compose.js';
import type { TargetDescriptor } from './target.js';

export const composeTarget: TargetDescriptor = {
  label: 'docker-compose file',
  defaultFileName: 'docker-compose.yml',
  extensions: ['.yml', '.yaml'],
  inDiffByDefault: true,
  fileMode: 0o644,
  emit: emitCompose,
  secretForms: (secret) => [yamlValue([secret]).slice(1, -1)],
  // A compose file never carries registry credentials (see emitCompose's `ignored-option` warning).
  secretsIn: () => [],
};
