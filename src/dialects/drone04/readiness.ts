import { show, type Diagnostics } from '../../diagnostics.js';
import type { Container, HealthCheck, PortWait, Readiness, Value } from '../../ir.js';
import { changesPort, guessPorts } from '../../lower/readiness.js';
import { flatten, isLiteral, readValue } from '../../lower/values.js';
import type { SourceFile, Span } from '../../source.js';
import { keyOf, type Container04, type Node } from './decode.js';
import { DURATION, testForm } from './rules/healthcheck.js';
import { containerPort, portSpec } from './rules/ports.js';


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

  /** The health check as the healthcheck rule accepted it; what it refused is left out. */
  private healthcheck(c: Container04): HealthCheck | undefined {
    const node = c.options.get('healthcheck');
    const h = node?.entries;
    if (!node || !h) return undefined;
    const d = node.value as Record<string, unknown>;
    const duration = (k: string): string | undefined => {
      const v = d[k];
      return typeof v === 'string' && DURATION.test(v) ? v : undefined;
    };
    const form = testForm(h);
    const disable = d['disable'] === true || form.kind === 'none';
    let test: HealthCheck['test'];
    if (form.kind === 'shell') {
      test = { shell: readValue(form.text, form.node.span, this.diags, this.used) };
    } else if (form.kind === 'exec') {
      const exec = form.words.map((w) => readValue(w.text, w.node.span, this.diags, this.used));
      const i = exec.findIndex((w) => !isLiteral(w));
      if (i === -1) test = { exec };
      else this.diags.error('invalid-healthcheck', `a $$ reference in a CMD health check of ${c.label} cannot be passed on`, form.words[i]!.node.span, 'write the check as one command: test: ["CMD-SHELL", "..."] or a string');
    }
    if (disable && test) test = undefined;
    const interval = duration('interval');
    const timeout = duration('timeout');
    const startPeriod = duration('start_period');
    const r = d['retries'];
    const retries = typeof r === 'number' && r >= 0 && Number.isSafeInteger(r) ? r : undefined;
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
        if (item === null || item === undefined) return;
        const list = portSpec(String(item));
        if (!('error' in list)) add(list, exposeNode!.items?.[i] ?? exposeNode!);
      });
    }
    if (Array.isArray(ports)) {
      ports.forEach((item, i) => {
        if (item === null || item === undefined) return;
        const spec = containerPort(item);
        const list = spec === undefined ? undefined : portSpec(spec);
        if (list && !('error' in list)) add(list, portsNode!.items?.[i] ?? portsNode!);
      });
    }
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
