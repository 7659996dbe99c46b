/** What any dialect needs to decide readiness without a declared port: the ports well-known images listen on. */
import type { PortWait } from '../ir.js';
import { parseImage } from './image.js';

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
 * `port` in any case is spelled out rather than matched with the `i` flag, which means the same here (no other
 * character folds to these ASCII letters without the `u` flag) but which V8 compiles, at every start, for about
 * four times the instructions (0.9M more), the negated class with it.
 */
const PORT_MENTION = /[Pp][Oo][Rr][Tt][^A-Za-z0-9_]*([0-9]+)?|:([0-9]{2,5})\b/g;

/** Whether a service's words seem to make it listen on another port than the table's. */
export function changesPort(text: string, ports: readonly PortWait[]): boolean {
  for (const m of text.matchAll(PORT_MENTION)) {
    const n = m[1] ?? m[2];
    if (n === undefined || !ports.some((alternatives) => alternatives.includes(Number(n)))) return true;
  }
  return false;
}
