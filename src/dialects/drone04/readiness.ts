import { show, type Diagnostics } from '../../diagnostics.js';
import type { Container, HealthCheck, PortWait, Readiness, Value } from '../../ir.js';
import { changesPort, guessPorts } from '../../lower/readiness.js';
import { flatten, isLiteral, readValue } from '../../lower/values.js';
import type { SourceFile, Span } from '../../source.js';
import { keyOf, type Container04, type Node } from './decode.js';

const DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$/;
const MAX_RANGE = 100;

/** A port declared by a service or guessed for it: who holds it, and where, for port-conflict diagnostics. */
interface Claim {
  readonly service: string;
  readonly span: Span;
  readonly guessed: boolean;
}

/**
 * Decides each service's readiness and health check, and reports ports that two services claim in the one
 * shared namespace. Works on validated data; wrongly typed values were reported by the schema and are skipped.
 */
export class ReadinessLowering {
  private readonly claims = new Map<number, Claim>();

  constructor(
    private readonly source: SourceFile,
    private readonly diags: Diagnostics,
    private readonly used: Set<string>,
  ) {}

  service(c: Container04, lowered: Container): { healthcheck?: HealthCheck; readiness: Readiness } {
    const healthcheck = this.healthcheck(c);
    const declared = this.declaredPorts(c);
    const waitsOnHealth = healthcheck !== undefined && healthcheck.test !== undefined;
    let readiness: Readiness;
    if (waitsOnHealth) readiness = { kind: 'health' };
    else if (declared !== undefined && declared.length > 0) readiness = { kind: 'ports', ports: declared.map((p) => [p]), from: 'declared' };
    else if (declared !== undefined) readiness = { kind: 'none', why: 'expose: [] turns the wait off' };
    else {
      const guess = this.guess(c, lowered);
      if (guess) readiness = { kind: 'ports', ports: guess, from: 'image' };
      else if (healthcheck?.disable) readiness = { kind: 'none', why: 'its health check is turned off and it declares no port' };
      else readiness = { kind: 'image-health' };
    }
    return { ...(healthcheck ? { healthcheck } : {}), readiness };
  }

  // ---- health checks --------------------------------------------------------------------------

  private healthcheck(c: Container04): HealthCheck | undefined {
    const node = c.options.get('healthcheck');
    const h = node?.entries;
    if (!node || !h) return undefined;
    const d = node.value as Record<string, unknown>;
    const at = (k: string) => h.get(k)!;
    const duration = (k: string): string | undefined => {
      const v = d[k];
      if (typeof v !== 'string') return undefined;
      if (!DURATION.test(v)) {
        this.diags.error('invalid-healthcheck', `\`${k}\` of the healthcheck of ${c.label} is not a duration: ${show(v)}`, at(k).span, 'write a number with a unit: 500ms, 1s, 1m30s');
        return undefined;
      }
      return v;
    };
    let disable = d['disable'] === true;
    let test: HealthCheck['test'];
    const t = d['test'];
    if (typeof t === 'string') {
      if (t.trim() === '') this.diags.error('invalid-healthcheck', `the healthcheck test of ${c.label} is empty`, at('test').span, 'write the command that checks the service');
      else test = { shell: readValue(t, at('test').span, this.diags, this.used) };
    } else if (Array.isArray(t)) {
      const testNode = at('test');
      const words = t.map((w, i) => ({ node: testNode.items?.[i] ?? testNode, text: w === null || w === undefined ? '' : typeof w === 'string' ? w : String(w) }));
      const kind = words[0]?.text;
      const span = (words[0]?.node ?? testNode).span;
      const read = (w: { node: Node; text: string }) => readValue(w.text, w.node.span, this.diags, this.used);
      if (kind === 'NONE') {
        disable = true;
      } else if (kind === 'CMD' && words.length > 1) {
        const exec = words.slice(1).map(read);
        const i = exec.findIndex((w) => !isLiteral(w));
        if (i === -1) test = { exec };
        else this.diags.error('invalid-healthcheck', `a $$ reference in a CMD health check of ${c.label} cannot be passed on`, words[i + 1]!.node.span, 'write the check as one command: test: ["CMD-SHELL", "..."] or a string');
      } else if (kind === 'CMD-SHELL' && words.length === 2) {
        test = { shell: read(words[1]!) };
      } else {
        this.diags.error('invalid-healthcheck', `the healthcheck test of ${c.label} must start with CMD (then the program and its arguments), CMD-SHELL (then one command) or NONE`, span, 'write test: ["CMD-SHELL", "pg_isready -U postgres"], or the command as a string');
      }
    }
    if (disable && test) {
      this.diags.error('invalid-healthcheck', `the healthcheck of ${c.label} is both disabled and given a test`, keyOf(node), 'remove disable: true, or the test');
      test = undefined;
    }
    const interval = duration('interval');
    const timeout = duration('timeout');
    const startPeriod = duration('start_period');
    let retries = typeof d['retries'] === 'number' ? d['retries'] : undefined;
    if (retries !== undefined && retries < 0) retries = undefined; // reported by the schema
    if (retries !== undefined && !Number.isSafeInteger(retries)) {
      this.diags.error('invalid-healthcheck', `\`retries\` of the healthcheck of ${c.label} is not a whole number docker accepts`, at('retries').span, 'write a small whole number, such as 30');
      retries = undefined;
    }
    return {
      ...(test ? { test } : {}),
      disable,
      ...(interval ? { interval } : {}),
      ...(timeout ? { timeout } : {}),
      ...(startPeriod ? { startPeriod } : {}),
      ...(retries !== undefined ? { retries } : {}),
    };
  }

  // ---- ports ----------------------------------------------------------------------------------

  /** The TCP ports of `expose:` and the container side of `ports:`, in order, once each; undefined when neither is given. */
  private declaredPorts(c: Container04): number[] | undefined {
    const exposeNode = c.options.get('expose');
    const portsNode = c.options.get('ports');
    const expose = exposeNode?.value;
    const ports = portsNode?.value;
    if (!Array.isArray(expose) && !Array.isArray(ports)) return undefined;
    const out: number[] = [];
    const own = new Set<number>();
    const add = (list: number[], node: Node) => {
      for (const port of list) {
        if (own.has(port)) continue;
        own.add(port);
        out.push(port);
        this.claim(port, c, false, node.span);
      }
    };
    if (Array.isArray(expose)) {
      expose.forEach((item, i) => {
        const itemNode = exposeNode!.items?.[i] ?? exposeNode!;
        if (item === null || item === undefined) return;
        const list = this.portSpec(String(item), itemNode, `the expose entry ${show(String(item))} of ${c.label}`);
        if (list) add(list, itemNode);
      });
    }
    if (Array.isArray(ports)) {
      this.diags.warning(
        'ignored-key',
        `\`ports\` of ${c.label} publishes nothing (Drone 0.4 did not publish ports); its container ports are what up waits for`,
        keyOf(portsNode!),
        'services share one network namespace: reach them at 127.0.0.1 on the container port',
      );
      ports.forEach((item, i) => {
        const itemNode = portsNode!.items?.[i] ?? portsNode!;
        if (item === null || item === undefined) return;
        let spec: string | undefined;
        if (typeof item === 'object') {
          const o = item as Record<string, unknown>;
          if (o['target'] === undefined) {
            this.diags.error('invalid-port', `the port mapping of ${c.label} has no target`, itemNode.span, 'write target: the port the service listens on');
            return;
          }
          spec = `${String(o['target'])}${typeof o['protocol'] === 'string' ? `/${o['protocol']}` : ''}`;
        } else {
          const text = String(item);
          const slash = text.indexOf('/');
          const body = slash === -1 ? text : text.slice(0, slash);
          spec = body.slice(body.lastIndexOf(':') + 1) + (slash === -1 ? '' : text.slice(slash));
        }
        const list = this.portSpec(spec, itemNode, `the port mapping ${show(String(typeof item === 'object' ? spec : item))} of ${c.label}`);
        if (list) add(list, itemNode);
      });
    }
    return out;
  }

  /** `5432`, `8000-8010`, `5432/tcp` → TCP ports; `53/udp` → none (only TCP listeners are waited for). */
  private portSpec(text: string, itemNode: Node, what: string): number[] | undefined {
    const m = /^([0-9]{1,5})(?:-([0-9]{1,5}))?(?:\/(tcp|udp|sctp))?$/.exec(text.trim());
    const bad = (why: string) => {
      this.diags.error('invalid-port', `${what} ${why}`, itemNode.span, 'write a port number (5432), a range (8000-8010) or PORT/tcp');
      return undefined;
    };
    if (!m) return bad('is not a port');
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to > 65535 || to < from) return bad('is not a port between 1 and 65535');
    if (to - from >= MAX_RANGE) return bad(`spans more than ${MAX_RANGE} ports, too many to wait for`);
    if (m[3] === 'udp' || m[3] === 'sctp') return [];
    const out: number[] = [];
    for (let p = from; p <= to; p++) out.push(p);
    return out;
  }

  /** The table's ports for the service's image, unless the file evidently changes the port. */
  private guess(c: Container04, lowered: Container): readonly PortWait[] | undefined {
    if (!isLiteral(lowered.image)) return undefined;
    const ports = guessPorts(lowered.image.join(''));
    if (!ports) return undefined;
    const words: Value[] = [...(lowered.entrypoint ?? []), ...(lowered.command ?? [])];
    for (const e of lowered.environment) words.push([`${e.name}=`, ...e.value]);
    if (words.some((w) => changesPort(flatten(w, (n) => n), ports))) {
      this.diags.warning(
        'port-guess',
        `${c.label} runs ${show(lowered.image.join(''))}, which listens on port ${ports.map((p) => p.join(' or ')).join(', ')} by default, but its environment or command seems to change the port; up does not wait for it`,
        keyOf(c.node),
        'write expose: with the port it listens on to wait for it, or expose: [] to silence this',
      );
      return undefined;
    }
    for (const alternatives of ports) {
      for (const port of alternatives) this.claim(port, c, true, imageKey(c));
    }
    return ports;
  }

  /** Reports a port that another service already claims: an error when both declare it, else a warning. */
  private claim(port: number, c: Container04, guessed: boolean, span: Span): void {
    const other = this.claims.get(port);
    if (!other) {
      this.claims.set(port, { service: c.name, span, guessed });
      return;
    }
    if (other.service === c.name) return;
    const where = `service \`${other.service}\` on line ${this.source.position(other.span[0]).line}`;
    if (!guessed && !other.guessed) {
      this.diags.error('port-conflict', `port ${port} of ${c.label} is already declared by ${where}: all services share one network namespace, so only one can listen on it`, span, 'change the port one of them listens on');
    } else {
      this.diags.warning(
        'port-guess',
        `${c.label} and ${where} would both listen on port ${port} (${guessed ? 'the port its image listens on by default' : 'declared'}); all services share one network namespace`,
        span,
        'make one listen on another port and declare it with expose:',
      );
    }
  }
}

/** The key span of a service's image, else (no image: key) of the service. */
function imageKey(c: Container04): Span {
  const n = c.options.get('image');
  return n ? keyOf(n) : keyOf(c.node);
}
