import { show } from '../../../diagnostics.js';
import { keyOf, type Node } from '../decode.js';
import type { Rule } from './rule.js';

/** Most ports one range may declare: each is waited for. */
export const MAX_RANGE = 100;

/** `5432`, `8000-8010`, `5432/tcp` → TCP ports; `53/udp` → none (only TCP listeners are waited for); else why not. */
export function portSpec(text: string): number[] | { error: string } {
  const m = /^([0-9]{1,5})(?:-([0-9]{1,5}))?(?:\/(tcp|udp|sctp))?$/.exec(text.trim());
  if (!m) return { error: 'is not a port' };
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to > 65535 || to < from) return { error: 'is not a port between 1 and 65535' };
  if (to - from >= MAX_RANGE) return { error: `spans more than ${MAX_RANGE} ports, too many to wait for` };
  if (m[3] === 'udp' || m[3] === 'sctp') return [];
  const out: number[] = [];
  for (let p = from; p <= to; p++) out.push(p);
  return out;
}

/** The container side of a `ports:` item (`8080:80/tcp` → `80/tcp`, `{target: 80}` → `80`), or undefined when a mapping has no target. */
export function containerPort(item: unknown): string | undefined {
  if (typeof item === 'object' && item !== null) {
    const o = item as Record<string, unknown>;
    if (o['target'] === undefined) return undefined;
    return `${String(o['target'])}${typeof o['protocol'] === 'string' ? `/${o['protocol']}` : ''}`;
  }
  const text = String(item);
  const slash = text.indexOf('/');
  const body = slash === -1 ? text : text.slice(0, slash);
  return body.slice(body.lastIndexOf(':') + 1) + (slash === -1 ? '' : text.slice(slash));
}

/** The items of a list option with their nodes, nulls left out. */
function listItems(node: Node | undefined): { item: unknown; node: Node }[] {
  if (!node || !Array.isArray(node.value)) return [];
  const out: { item: unknown; node: Node }[] = [];
  node.value.forEach((item: unknown, i: number) => {
    if (item !== null && item !== undefined) out.push({ item, node: node.items?.[i] ?? node });
  });
  return out;
}

/**
 * Every `expose:` and `ports:` entry of a service is a TCP port, a range of at most 100, or PORT/PROTOCOL (a
 * mapping has a target); an error at the entry otherwise. `ports:` publishes nothing, which a warning says. (Two
 * services claiming one port are found while lowering, since a port may also come from the image's name.)
 */
export const ports: Rule = {
  name: 'ports',
  check({ model, diags }) {
    const hint = 'write a port number (5432), a range (8000-8010) or PORT/tcp';
    for (const c of model.services) {
      for (const { item, node } of listItems(c.options.get('expose'))) {
        const list = portSpec(String(item));
        if ('error' in list) diags.error('invalid-port', `the expose entry ${show(String(item))} of ${c.label} ${list.error}`, node.span, hint);
      }
      const portsNode = c.options.get('ports');
      if (!portsNode || !Array.isArray(portsNode.value)) continue;
      diags.warning(
        'ignored-key',
        `\`ports\` of ${c.label} publishes nothing (Drone 0.4 did not publish ports); its container ports are what up waits for`,
        keyOf(portsNode),
        'services share one network namespace: reach them at 127.0.0.1 on the container port',
      );
      for (const { item, node } of listItems(portsNode)) {
        const spec = containerPort(item);
        if (spec === undefined) {
          diags.error('invalid-port', `the port mapping of ${c.label} has no target`, node.span, 'write target: the port the service listens on');
          continue;
        }
        const list = portSpec(spec);
        if ('error' in list) diags.error('invalid-port', `the port mapping ${show(String(typeof item === 'object' ? spec : item))} of ${c.label} ${list.error}`, node.span, hint);
      }
    }
  },
};
