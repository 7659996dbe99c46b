import type { PortWait, Readiness } from '../ir.js';

/** Ports as `/proc/net/tcp` shows them (four upper-case hex digits), alternatives joined by `/`, groups by `,`. */
export function portGroups(ports: readonly PortWait[]): string {
  return ports.map((alternatives) => alternatives.map((p) => p.toString(16).toUpperCase().padStart(4, '0')).join('/')).join(',');
}

/** Ports in words: `5432`, `2375 or 2376`, `80, 443`. */
export function portWords(ports: readonly PortWait[]): string {
  return ports.map((alternatives) => alternatives.join(' or ')).join(', ');
}

/** What `up` waits for, in the words it tells the user when a service is not ready. */
export function readinessText(r: Readiness): string {
  switch (r.kind) {
    case 'health':
      return 'its health check (healthcheck:) to pass';
    case 'ports': {
      const ports = `${r.ports.length > 1 ? 'ports' : 'port'} ${portWords(r.ports)}`;
      return r.from === 'declared'
        ? `${ports} (expose:/ports:) to listen`
        : `${ports}, where its image listens by default, to listen; if it listens elsewhere, write expose: [PORT], or expose: [] to not wait`;
    }
    case 'image-health':
      return "its image's HEALTHCHECK to pass";
    case 'none':
      return r.why;
  }
}
