// The page (index.html) gets a fresh nonce on every load: antd injects its styles as <style> elements at run
// time, which `default-src 'self'` blocks. The page's CSP then allows styles from 'self' and from elements
// carrying that nonce; the renderer reads it from <meta name="csp-nonce"> and hands it to antd's
// ConfigProvider. Scripts stay 'self' only. A nonce is unguessable and single-use per response, so text a
// county or an expert wrote can never carry one into the page.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from './responses';

export const CSP_NONCE_META = 'csp-nonce';

export const newNonce = (): string => randomBytes(18).toString('base64');

/** The page's CSP: the base policy plus styles from 'self' and the nonce. */
export const pageCsp = (nonce: string): string => `${CONTENT_SECURITY_POLICY}; style-src 'self' 'nonce-${nonce}'`;

/** The page with the nonce in a meta element right after <head> (at the start when it has none: browsers place it in the head). */
export function withNonceMeta(html: string, nonce: string): string {
  const head = /<head[^>]*>/i.exec(html);
  const at = head ? head.index + head[0].length : 0;
  return `${html.slice(0, at)}\n    <meta name="${CSP_NONCE_META}" content="${nonce}" />${html.slice(at)}`;
}

/** The page read from disk with a fresh nonce, and the CSP that goes with it: shared by the web host and the app:// protocol. */
export async function noncedPage(path: string): Promise<{ body: Buffer; csp: string }> {
  const nonce = newNonce();
  return { body: Buffer.from(withNonceMeta(await readFile(path, 'utf8'), nonce), 'utf8'), csp: pageCsp(nonce) };
}

export async function sendPage(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const { body, csp } = await noncedPage(path);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Content-Security-Policy': csp });
  res.end(req.method === 'HEAD' ? undefined : body);
}
