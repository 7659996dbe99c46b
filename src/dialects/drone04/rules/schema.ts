import { show } from '../../../diagnostics.js';
import validateDrone, { droneSchema } from '../../../generated/validate.js';
import { pointerKey } from '../../../parse/index.js';
import { suggest } from '../../../suggest.js';
import { isSingleBuild } from '../decode.js';
import { describePointer, keySpan, locate, splitPointer } from '../pointers.js';
import type { Rule } from './rule.js';
import type { Diagnostics } from '../../../diagnostics.js';
import type { ParsedFile } from '../../../parse/index.js';
import { kindOf } from '../../describe.js';

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** docker-compose keys that Drone 0.4 ignored, with the Drone way of doing the same. */
const COMPOSE_KEYS: Record<string, string> = {
  ports: 'a build container is not waited for; on a service, ports says what up waits for (nothing is published)',
  expose: 'a build container is not waited for; on a service, expose says what up waits for',
  links: 'services share one network; connect to 127.0.0.1 instead of a linked name',
  external_links: 'services share one network; connect to 127.0.0.1 instead of a linked name',
  depends_on: 'services start in the order they are declared',
  networks: 'all containers share one network namespace; use net: (trusted) to choose its network',
  hostname: 'all containers share the namespace of one holder container, so a service cannot set its own host name',
  domainname: 'all containers share the namespace of one holder container, so a service cannot set its own domain name',
  container_name: 'containers are named <project>-<service>',
  build: 'Drone 0.4 runs images only: build the image beforehand and name it in image:',
  working_dir: 'Drone 0.4 did not set a working directory for services',
  restart: 'Drone 0.4 did not restart services',
  healthcheck: 'a build container is not waited for; on a service, up waits until the health check passes',
  env_file: 'Drone 0.4 read environment: only',
  labels: 'Drone 0.4 did not label services',
  user: 'Drone 0.4 ran services as their image\'s user',
  volumes_from: 'every container already shares the /drone volume',
  cap_add: 'Drone 0.4 did not set capabilities; privileged: true (trusted) is its only switch',
  cap_drop: 'Drone 0.4 did not set capabilities',
  tty: 'Drone 0.4 did not give services a terminal',
  stdin_open: 'Drone 0.4 did not attach services to an input',
};

type SchemaNode = Record<string, unknown>;

function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n && typeof n['$ref'] === 'string' && i < 10; i++) {
    let target: unknown = droneSchema();
    for (const seg of (n['$ref'] as string).replace(/^#\//, '').split('/')) target = (target as SchemaNode | undefined)?.[seg];
    n = target as SchemaNode | undefined;
  }
  return n;
}

/**
 * The schema that applies to the value at a pointer, found by walking the schema along the data (ajv's
 * schemaPath is relative to a referenced definition, so it cannot name the key).
 */
function schemaAt(data: unknown, ptr: string): SchemaNode | undefined {
  let node = deref(droneSchema() as SchemaNode);
  let value = data;
  for (const seg of splitPointer(ptr)) {
    if (!node) return undefined;
    if (node['if'] && node['then']) {
      node = isSingleBuild((value ?? {}) as Record<string, unknown>) ? deref(node['then'] as SchemaNode) : { ...node, ...(node['else'] as SchemaNode) };
    }
    const props = node?.['properties'] as Record<string, SchemaNode> | undefined;
    const extra = node?.['additionalProperties'];
    const next = Array.isArray(value) ? (node?.['items'] as SchemaNode | undefined) : (props?.[seg] ?? (typeof extra === 'object' ? (extra as SchemaNode) : undefined));
    node = deref(next);
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined;
  }
  if (node?.['if'] && node['then'] && isSingleBuild((value ?? {}) as Record<string, unknown>)) return deref(node['then'] as SchemaNode);
  return node;
}

function valueAt(data: unknown, ptr: string): unknown {
  let v = data;
  for (const seg of splitPointer(ptr)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

/**
 * The file follows schemas/drone.schema.json. Wrong types are errors at the offending value; keys the schema
 * does not know are warnings at the key, explaining the Drone way or suggesting the key meant. (The schema's
 * findings name places by JSON pointer; this rule is the one place that turns them into spans.)
 */
export const schemaRule: Rule = {
  name: 'schema',
  check({ model, diags }) {
    validateSchema(model.file, diags);
  },
};

function validateSchema(file: ParsedFile, diags: Diagnostics): void {
  if (validateDrone(file.data)) return;
  const errors = ((validateDrone as unknown as { errors: AjvError[] }).errors ?? []).filter((e) => e.keyword !== 'if');
  for (const e of errors) {
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params['additionalProperty']);
      const ptr = `${e.instancePath}/${pointerKey(key)}`;
      const where = describePointer(e.instancePath);
      const reason = COMPOSE_KEYS[key];
      // Only a service's or a build's own keys can be docker-compose keys; auth_config has its own.
      if (reason !== undefined && !e.instancePath.endsWith('/auth_config')) {
        diags.warning('ignored-key', `\`${key}\` of ${where} is a docker-compose key that Drone 0.4 ignored; it is not emitted`, keySpan(file, ptr), reason);
        continue;
      }
      const props = Object.keys((schemaAt(file.data, e.instancePath)?.['properties'] as object | undefined) ?? {});
      const meant = suggest(key, props);
      diags.warning(
        'unknown-key',
        `unknown key ${show(key)} in ${where}; it is ignored`,
        keySpan(file, ptr),
        meant ? `did you mean \`${meant}\`?` : `known keys: ${props.join(', ')}`,
      );
      continue;
    }
    const node = schemaAt(file.data, e.instancePath);
    const expected = typeof node?.['expected'] === 'string' ? node['expected'] : `valid (${e.keyword})`;
    const value = valueAt(file.data, e.instancePath);
    const hint =
      typeof value === 'string' && /^(true|false|yes|no|on|off)$/i.test(value) && expected === 'true or false'
        ? 'write it without quotes'
        : undefined;
    diags.error('invalid-type', `${describePointer(e.instancePath)} must be ${expected}, not ${kindOf(value)}`, locate(file, e.instancePath).value, hint);
  }
}
