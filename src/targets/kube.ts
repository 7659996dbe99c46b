/**
 * The Kubernetes target: a Job whose pod runs the services as native sidecars and the build steps after them.
 * The emitter and its template load on first emit (src/lazy.ts: dist/kube.cjs in the CLI), so that runs to sh or
 * compose do not load them.
 */
import { yamlValue } from '../emit/quote.js';
import { loadKube } from '../lazy.js';
import type { TargetDescriptor } from './target.js';

export const kubeTarget: TargetDescriptor = {
  label: 'Kubernetes Job manifest',
  defaultFileName: 'drone-compose.kube.yaml',
  // Longer than compose's `.yaml`, so they win for a name such as `ci/services.kube.yaml`.
  extensions: ['.kube.yaml', '.kube.yml', '.k8s.yaml', '.k8s.yml'],
  // A manifest is asked for by name: a file sh and compose accept may hold what a pod cannot run.
  inDiffByDefault: false,
  fileMode: 0o644,
  emit: (project, context) => loadKube().emitKube(project, context),
  secretForms: (secret) => [yamlValue([secret]).slice(1, -1)],
  // A manifest never carries a credential: passwords and `$$NAME` values come from Secrets the user creates.
  secretsIn: () => [],
};
