import { show, type RelatedLocation } from '../../../diagnostics.js';
import type { Span } from '../../../source.js';
import { readableOption } from './trust.js';
import type { Rule } from './rule.js';
import { scalarItems, scalarText } from './rule.js';

const SIMPLE_NETWORKS = new Set(['bridge', 'host', 'none', 'default']);

/** Why a `net:` value is not a network mode docker accepts, or undefined when it is one. */
export function networkProblem(net: string): { message: string; hint?: string } | undefined {
  if (net === '') return { message: 'is empty', hint: 'name a network mode, or remove net:' };
  if (net.includes('$$')) return { message: 'cannot use a $$ reference: the network decides how the script is laid out' };
  if (!SIMPLE_NETWORKS.has(net) && !/^container:[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(net) && !/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(net)) {
    return { message: `is not a network mode: ${show(net)}`, hint: 'use bridge, host, none, container:NAME or the name of a network' };
  }
  return undefined;
}

/** Hex digits, dots and at least one colon; two linear checks (one regex with `*:*` backtracked quadratically). */
function isIPv6Like(address: string): boolean {
  return address.indexOf(':') !== -1 && /^[0-9a-fA-F:.]*$/.test(address);
}

/** An `extra_hosts` entry read: the host and its address (127.0.0.1 when `bare`), or why it cannot be used. */
export function readExtraHost(text: string): { host: string; address: string; bare: boolean } | { error: string; hint?: string } {
  if (text.includes('$$')) return { error: 'cannot use a $$ reference' };
  const colon = text.indexOf(':');
  const host = (colon === -1 ? text : text.slice(0, colon)).trim();
  const address = colon === -1 ? '127.0.0.1' : text.slice(colon + 1).trim();
  if (!/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host)) return { error: 'does not start with a host name', hint: 'write HOST:ADDRESS' };
  if (colon !== -1 && !/^([0-9]{1,3}\.){3}[0-9]{1,3}$/.test(address) && !isIPv6Like(address)) {
    return { error: 'has no IP address after the host name', hint: 'write HOST:ADDRESS, such as db:127.0.0.1' };
  }
  return { host, address, bare: colon === -1 };
}

/**
 * The settings of the one shared network namespace agree: every `net:` is a network mode and all name the same
 * one; every `dns:` entry is an address; every `extra_hosts:` entry is HOST:ADDRESS and maps a host to one
 * address; a namespace that joins another container (`net: container:…`) sets neither dns nor extra_hosts. A
 * conflict points at the earlier setting too. Options refused by the trust rule are not looked at.
 */
export const namespace: Rule = {
  name: 'namespace',
  check({ model, options, source, diags }) {
    const line = (span: Span) => source.position(span[0]).line;
    let network: { value: string; span: Span } | undefined;
    let firstNamespaceSetting: Span | undefined;
    const hosts = new Map<string, { address: string; span: Span }>();
    for (const c of model.containers) {
      const netNode = c.options.get('net');
      const net = netNode && scalarText(readableOption(c, 'net', options.trusted), netNode.raw);
      if (netNode && net !== undefined) {
        const problem = networkProblem(net);
        if (problem) {
          diags.error('invalid-network', `\`net\` of ${c.label} ${problem.message}`, netNode.span, problem.hint);
        } else if (network && network.value !== net) {
          const related: RelatedLocation[] = [{ span: network.span, message: `\`net: ${network.value}\` is set here` }];
          diags.error('conflict', `\`net: ${net}\` of ${c.label} contradicts \`net: ${network.value}\` on line ${line(network.span)}: all containers share one network namespace`, netNode.span, 'use one net: value, or none', related);
        } else if (!network) {
          network = { value: net, span: netNode.span };
        }
      }
      for (const item of scalarItems(c.options.get('dns'), readableOption(c, 'dns', options.trusted))) {
        if (item.text === '') {
          diags.error('invalid-dns', `an entry of \`dns\` of ${c.label} is empty`, item.node.span, 'write the address of a DNS server');
          continue;
        }
        firstNamespaceSetting ??= item.node.span;
      }
      for (const item of scalarItems(c.options.get('extra_hosts'), readableOption(c, 'extra_hosts', options.trusted))) {
        const span = item.node.span;
        const entry = readExtraHost(item.text);
        if ('error' in entry) {
          diags.error('invalid-extra-host', `the extra_hosts entry ${show(item.text)} of ${c.label} ${entry.error}`, span, entry.hint);
          continue;
        }
        const { host, address } = entry;
        if (entry.bare) {
          diags.warning('extra-host-address', `the extra_hosts entry \`${host}\` of ${c.label} has no address; it is mapped to 127.0.0.1, where every service of the build is reached`, span, `write ${host}:127.0.0.1`);
        }
        const earlier = hosts.get(host);
        if (earlier && earlier.address !== address) {
          const related: RelatedLocation[] = [{ span: earlier.span, message: `\`${host}\` is mapped to ${earlier.address} here` }];
          diags.error('conflict', `extra_hosts maps \`${host}\` to ${address} in ${c.label} but to ${earlier.address} on line ${line(earlier.span)}: all containers share one /etc/hosts`, span, 'map each host name to one address', related);
          continue;
        }
        if (!earlier) hosts.set(host, { address, span });
        firstNamespaceSetting ??= span;
      }
    }
    if (network && network.value.startsWith('container:') && firstNamespaceSetting) {
      const related: RelatedLocation[] = [{ span: firstNamespaceSetting, message: 'dns or extra_hosts is set here' }];
      diags.error('conflict', `dns and extra_hosts cannot be set when the namespace joins another container (\`net: ${network.value}\`)`, network.span, 'remove dns/extra_hosts, or net:', related);
    }
  },
};
