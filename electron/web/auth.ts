// Who may talk to the local web host: whoever holds this run's token. The printed link carries it once
// (`/?token=…`); that page load sets an HttpOnly, SameSite=Strict cookie, so the page's scripts never see
// the token and other sites' pages cannot send it. Scripts and tools may use `Authorization: Bearer …`.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** 32 random bytes, base64url (43 characters): a new one every run. */
export const newToken = (): string => randomBytes(32).toString('base64url');

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
/** Constant-time comparison (hashing first makes the lengths equal). */
const sameSecret = (given: string, token: string): boolean => timingSafeEqual(digest(given), digest(token));

export type AuthMethod = 'cookie' | 'bearer';

export interface Auth {
  readonly token: string;
  /** Cookies are shared by every port of a host, so the name carries the port: two runs do not collide. */
  readonly cookieName: string;
  /** The Set-Cookie header value for a page load that showed the right token. */
  readonly setCookie: string;
  /** How the request proves it holds the token, or null. */
  check(req: IncomingMessage): AuthMethod | null;
  /** True when the URL's query has `token=` with this run's token. */
  queryHasToken(rawUrl: string): boolean;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function createAuth(port: number, token: string = newToken()): Auth {
  const cookieName = `review_desk_${port}`;
  return {
    token,
    cookieName,
    setCookie: `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`,
    check(req) {
      const cookie = cookieValue(req.headers.cookie, cookieName);
      if (cookie !== undefined && sameSecret(cookie, token)) return 'cookie';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      if (match?.[1] !== undefined && sameSecret(match[1], token)) return 'bearer';
      return null;
    },
    queryHasToken(rawUrl) {
      const query = rawUrl.indexOf('?');
      if (query < 0) return false;
      const given = new URLSearchParams(rawUrl.slice(query + 1)).get('token');
      return given !== null && sameSecret(given, token);
    },
  };
}
