import { show, type Diagnostics } from '../diagnostics.js';
import type { Container, HealthCheck, PortWait, Readiness, Value } from '../ir.js';
import type { ParsedFile } from '../parse/index.js';
import type { SourceFile, Span } from '../source.js';
import type { ContainerEntry } from '../validate/containers.js';
import { keySpan, locate } from '../validate/locate.js';
import { parseImage } from './image.js';
import { flatten, isLiteral, readValue } from './values.js';

/**
 * Ports that well-known images listen on by default, by the last component of the repository name
 * (`postgres`, `circleci/postgres`, `quay.io/coreos/etcd`), or by the whole name where that is ambiguous.
 */
const BY_NAME: Readonly<Record<string, readonly PortWait[]>> = {
  postgres: [[5432]],
  postgresql: [[5432]],
  postgis: [[5432]],
  mysql: [[3306]],
  'mysql-server': [[3306]],
  mariadb: [[3306]],
  percona: [[3306]],
  'percona-server': [[3306]],
  redis: [[6379]],
  mongo: [[27017]],
  mongodb: [[27017]],
  rabbitmq: [[5672]],
  memcached: [[11211]],
  elasticsearch: [[9200]],
  beanstalkd: [[11300]],
  etcd: [[2379]],
  couchdb: [[5984]],
  cassandra: [[9042]],
  zookeeper: [[2181]],
  nats: [[4222]],
  influxdb: [[8086]],
};
const BY_REPOSITORY: Readonly<Record<string, readonly PortWait[]>> = {
  'mssql/server': [[1433]],
  'microsoft/mssql-server-linux': [[1433]],
  'selenium/hub': [[4444]],
};

/** The table's guess for an image, or undefined. Exported for the tests and the README table. */
export function guessPorts(image: string): readonly PortWait[] | undefined {
  const ref = parseImage(image);
  if ('error' in ref) return undefined;
  const path = ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (path === 'docker' && ref.tag !== undefined && ref.tag.includes('dind')) return [[2375, 2376]];
  if (path.startsWith('selenium/standalone-')) return [[4444]];
  if (path.startsWith('selenium/node-')) return [[5555]];
  return BY_REPOSITORY[path] ?? BY_NAME[last];
}

/**
 * Mentions of a port in a service's words (`-port 4445`, `PGPORT=5433`, `http://127.0.0.1:4001`), with the
 * number when one follows. A mention of another port than the guessed one, or of none, means the guess may be wrong.
 */
const PORT_MENTION = /port[^A-Za-z0-9_]*([0-9]+)?|:([0-9]{2,5})\b/gi;

function changesPort(text: string, ports: readonly PortWait[]): boolean {
  for (const m of text.matchAll(PORT_MENTION)) {
    const n = m[1] ?? m[2];
    if (n === undefined || !ports.some((alternatives) => alternatives.includes(Number(n)))) return true;
  }
  return false;
}

const DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$/;
const MAX_RANGE = 100;

/** A port declared by a service or guessed for it: who holds it, and where, for port-conflict diagnostics. */
interface Claim {
  readonly service: string;
  readonly span: () => Span;
  readonly guessed: boolean;
}

/**
 * Decides each service's readiness and health check, and reports ports that two services claim in the one
 * shared namespace. Works on validated data; wrongly typed values were reported by the schema and are skipped.
 */
export class ReadinessLowering {
  private readonly claims = new Map<number, Claim>();

  constructor(
    private readonly file: ParsedFile,
    private readonly source: SourceFile,
    private readonly diags: Diagnostics,
    private readonly used: Set<string>,
  ) {}

  service(c: ContainerEntry, lowered: Container): { healthcheck?: HealthCheck; readiness: Readiness } {
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

  private healthcheck(c: ContainerEntry): HealthCheck | undefined {
    const ptr = `${c.ptr}/healthcheck`;
    const h = c.data['healthcheck'];
    if (h === null || h === undefined || typeof h !== 'object' || Array.isArray(h)) return undefined;
    const d = h as Record<string, unknown>;
    const at = (k: string) => `${ptr}/${k}`;
    const duration = (k: string): string | undefined => {
      const v = d[k];
      if (typeof v !== 'string') return undefined;
      if (!DURATION.test(v)) {
        this.diags.error('invalid-value', `\`${k}\` of the healthcheck of ${c.label} is not a duration: ${show(v)}`, locate(this.file, at(k)).value, 'write a number with a unit: 500ms, 1s, 1m30s');
        return undefined;
      }
      return v;
    };
    let disable = d['disable'] === true;
    let test: HealthCheck['test'];
    const t = d['test'];
    if (typeof t === 'string') {
      if (t.trim() === '') this.diags.error('invalid-value', `the healthcheck test of ${c.label} is empty`, locate(this.file, at('test')).value, 'write the command that checks the service');
      else test = { shell: readValue(t, () => locate(this.file, at('test')).value, this.diags, this.used) };
    } else if (Array.isArray(t)) {
      const words = t.map((w, i) => ({ ptr: `${at('test')}/${i}`, text: w === null || w === undefined ? '' : typeof w === 'string' ? w : String(w) }));
      const kind = words[0]?.text;
      const span = () => locate(this.file, words[0]?.ptr ?? at('test')).value;
      const read = (w: { ptr: string; text: string }) => readValue(w.text, () => locate(this.file, w.ptr).value, this.diags, this.used);
      if (kind === 'NONE') {
        disable = true;
      } else if (kind === 'CMD' && words.length > 1) {
        const exec = words.slice(1).map(read);
        const i = exec.findIndex((w) => !isLiteral(w));
        if (i === -1) test = { exec };
        else this.diags.error('invalid-value', `a $$ reference in a CMD health check of ${c.label} cannot be passed on`, () => locate(this.file, words[i + 1]!.ptr).value, 'write the check as one command: test: ["CMD-SHELL", "..."] or a string');
      } else if (kind === 'CMD-SHELL' && words.length === 2) {
        test = { shell: read(words[1]!) };
      } else {
        this.diags.error('invalid-value', `the healthcheck test of ${c.label} must start with CMD (then the program and its arguments), CMD-SHELL (then one command) or NONE`, span, 'write test: ["CMD-SHELL", "pg_isready -U postgres"], or the command as a string');
      }
    }
    if (disable && test) {
      this.diags.error('invalid-value', `the healthcheck of ${c.label} is both disabled and given a test`, keySpan(this.file, ptr), 'remove disable: true, or the test');
      test = undefined;
    }
    const interval = duration('interval');
    const timeout = duration('timeout');
    const startPeriod = duration('start_period');
    let retries = typeof d['retries'] === 'number' ? d['retries'] : undefined;
    if (retries !== undefined && retries < 0) retries = undefined; // reported by the schema
    if (retries !== undefined && !Number.isSafeInteger(retries)) {
      this.diags.error('invalid-value', `\`retries\` of the healthcheck of ${c.label} is not a whole number docker accepts`, locate(this.file, at('retries')).value, 'write a small whole number, such as 30');
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
  private declaredPorts(c: ContainerEntry): number[] | undefined {
    const expose = c.data['expose'];
    const ports = c.data['ports'];
    if (!Array.isArray(expose) && !Array.isArray(ports)) return undefined;
    const out: number[] = [];
    const own = new Set<number>();
    const add = (list: number[], ptr: string) => {
      for (const port of list) {
        if (own.has(port)) continue;
        own.add(port);
        out.push(port);
        this.claim(port, c, false, () => locate(this.file, ptr).value);
      }
    };
    if (Array.isArray(expose)) {
      expose.forEach((item, i) => {
        const ptr = `${c.ptr}/expose/${i}`;
        if (item === null || item === undefined) return;
        const list = this.portSpec(String(item), ptr, `the expose entry ${show(String(item))} of ${c.label}`);
        if (list) add(list, ptr);
      });
    }
    if (Array.isArray(ports)) {
      this.diags.warning(
        'ignored-key',
        `\`ports\` of ${c.label} publishes nothing (Drone 0.4 did not publish ports); its container ports are what up waits for`,
        keySpan(this.file, `${c.ptr}/ports`),
        'services share one network namespace: reach them at 127.0.0.1 on the container port',
      );
      ports.forEach((item, i) => {
        const ptr = `${c.ptr}/ports/${i}`;
        if (item === null || item === undefined) return;
        let spec: string | undefined;
        if (typeof item === 'object') {
          const o = item as Record<string, unknown>;
          if (o['target'] === undefined) {
            this.diags.error('invalid-value', `the port mapping of ${c.label} has no target`, locate(this.file, ptr).value, 'write target: the port the service listens on');
            return;
          }
          spec = `${String(o['target'])}${typeof o['protocol'] === 'string' ? `/${o['protocol']}` : ''}`;
        } else {
          const text = String(item);
          const slash = text.indexOf('/');
          const body = slash === -1 ? text : text.slice(0, slash);
          spec = body.slice(body.lastIndexOf(':') + 1) + (slash === -1 ? '' : text.slice(slash));
        }
        const list = this.portSpec(spec, ptr, `the port mapping ${show(String(typeof item === 'object' ? spec : item))} of ${c.label}`);
        if (list) add(list, ptr);
      });
    }
    return out;
  }

  /** `5432`, `8000-8010`, `5432/tcp` → TCP ports; `53/udp` → none (only TCP listeners are waited for). */
  private portSpec(text: string, ptr: string, what: string): number[] | undefined {
    const m = /^([0-9]{1,5})(?:-([0-9]{1,5}))?(?:\/(tcp|udp|sctp))?$/.exec(text.trim());
    const bad = (why: string) => {
      this.diags.error('invalid-value', `${what} ${why}`, locate(this.file, ptr).value, 'write a port number (5432), a range (8000-8010) or PORT/tcp');
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
  private guess(c: ContainerEntry, lowered: Container): readonly PortWait[] | undefined {
    if (!isLiteral(lowered.image)) return undefined;
    const ports = guessPorts(lowered.image.join(''));
    if (!ports) return undefined;
    const words: Value[] = [...(lowered.entrypoint ?? []), ...(lowered.command ?? [])];
    for (const e of lowered.environment) words.push([`${e.name}=`, ...e.value]);
    if (words.some((w) => changesPort(flatten(w, (n) => n), ports))) {
      this.diags.warning(
        'port-guess',
        `${c.label} runs ${show(lowered.image.join(''))}, which listens on port ${ports.map((p) => p.join(' or ')).join(', ')} by default, but its environment or command seems to change the port; up does not wait for it`,
        keySpan(this.file, c.ptr),
        'write expose: with the port it listens on to wait for it, or expose: [] to silence this',
      );
      return undefined;
    }
    for (const alternatives of ports) {
      for (const port of alternatives) this.claim(port, c, true, () => keySpan(this.file, `${c.ptr}/image`));
    }
    return ports;
  }

  /** Reports a port that another service already claims: an error when both declare it, else a warning. */
  private claim(port: number, c: ContainerEntry, guessed: boolean, span: () => Span): void {
    const other = this.claims.get(port);
    if (!other) {
      this.claims.set(port, { service: c.name, span, guessed });
      return;
    }
    if (other.service === c.name) return;
    const where = `service \`${other.service}\` on line ${this.source.position(other.span()[0]).line}`;
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
