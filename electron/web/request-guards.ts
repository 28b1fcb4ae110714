// Checks that run before authentication. A page on another site can make the browser send requests to
// 127.0.0.1 (and, with DNS rebinding, make its own host name point there): requests must name this host
// and port, and API calls must come from this origin.
import type { IncomingMessage } from 'node:http';

/** The Host header values this server answers to (DNS rebinding sends the attacker's host name). */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostIsAllowed(req: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const host = req.headers.host?.toLowerCase();
  return host !== undefined && allowed.has(host);
}

/**
 * A browser sends Origin with every POST and with cross-origin requests, and Sec-Fetch-Site on everything;
 * tools (curl, tests) send neither. When present, both must say "this origin".
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${req.headers.host?.toLowerCase() ?? ''}`) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
