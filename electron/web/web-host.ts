// The local web host (DESIGN.md §2, binding 2): an HTTP server on 127.0.0.1 that serves the built renderer
// and the host API to whoever holds this run's token. Order of checks on every request: the Host header
// (DNS rebinding), the origin of API calls (other sites' pages), the token, then the route. Besides the
// JSON calls, two /api/ routes move bytes for the data directory (documents out, dropped files in), and one
// hands out the standard's Excel template.
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DOCUMENTS_PATH, STANDARD_TEMPLATE_PATH, UPLOADS_PATH } from '../../shared/contract/document-routes';
import { hostErrorBody, logToStderr, type ApiSpec, type DispatchTarget } from '../host/call-method';
import { clearUploads } from '../host/uploads';
import { API_PREFIX, handleApi, localeOf } from './api-routes';
import { createAuth, newToken } from './auth';
import { serveDocument } from './document-route';
import { createProgressEvents } from './progress-events';
import { allowedHosts, hostIsAllowed, isSameOrigin } from './request-guards';
import { bilingual, sendJson, sendText, setSecurityHeaders } from './responses';
import { sendPage } from './page-nonce';
import { findStaticFile, sendFile } from './static-files';
import { serveStandardTemplate } from './template-route';
import { DEFAULT_UPLOAD_LIMIT, receiveUpload } from './upload-route';
import type { MessageKey, MessageParams } from '../../shared/i18n/translate';

export const LOOPBACK = '127.0.0.1';
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface WebHostOptions<S extends ApiSpec> {
  target: DispatchTarget<S>;
  /** The folder holding the built renderer (index.html, assets/). */
  staticRoot: string;
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
  bodyLimit?: number;
  heartbeatMs?: number;
  /**
   * The data directory behind `GET /api/documents/<sha256>` and `POST /api/uploads` (document-routes.ts);
   * without it those paths are not routes. Uploads left from an earlier run are removed at start.
   */
  files?: { dataDir: string; uploadLimit?: number };
}

export interface WebHost {
  readonly port: number;
  readonly token: string;
  /** The link to open: carries the token once. */
  readonly url: string;
  readonly origin: string;
  /** Ends event streams, stops accepting, closes idle connections; force-closes the rest after a grace period. */
  close(graceMs?: number): Promise<void>;
}

function refusal(req: IncomingMessage, res: ServerResponse, isApi: boolean, status: number, code: MessageKey, params: MessageParams = {}): void {
  if (isApi) sendJson(res, status, { ok: false, error: { ...hostErrorBody(localeOf(req), code, params), message: bilingual(code, params) } });
  else sendText(res, status, `${bilingual(code, params)}\n`);
}

const pathnameOf = (req: IncomingMessage): string => (req.url ?? '/').split('?')[0] ?? '/';

export async function startWebHost<S extends ApiSpec>(options: WebHostOptions<S>): Promise<WebHost> {
  const staticRoot = await realpath(options.staticRoot);
  const { files } = options;
  if (files) await clearUploads(files.dataDir);
  const events = createProgressEvents(options.heartbeatMs);
  const routes = { target: options.target, events, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT };
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const auth = createAuth(port, options.token ?? newToken());
  const hosts = allowedHosts(port);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const rawUrl = req.url ?? '/';
    const pathname = pathnameOf(req);
    const isApi = pathname.startsWith(API_PREFIX);
    if (!hostIsAllowed(req, hosts)) return refusal(req, res, isApi, 403, 'host.error.wrongHost', { expected: `${LOOPBACK}:${port}` });
    if (isApi && !isSameOrigin(req)) return refusal(req, res, isApi, 403, 'host.error.crossOrigin');
    if (auth.check(req) === null) {
      // The printed link: a page load (never an API call) with the token in its query gets the cookie.
      const pageLoad = !isApi && (req.method === 'GET' || req.method === 'HEAD') && auth.queryHasToken(rawUrl);
      if (!pageLoad) return refusal(req, res, isApi, 401, 'host.error.unauthorized');
      res.setHeader('Set-Cookie', auth.setCookie);
    }
    if (files && pathname.startsWith(DOCUMENTS_PATH)) return serveDocument(req, res, files.dataDir, pathname, rawUrl);
    if (files && pathname === UPLOADS_PATH) return receiveUpload(req, res, files.dataDir, files.uploadLimit ?? DEFAULT_UPLOAD_LIMIT);
    if (pathname === STANDARD_TEMPLATE_PATH) return serveStandardTemplate(req, res, rawUrl);
    if (isApi) return handleApi(routes, req, res, pathname);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, `${bilingual('host.error.httpMethod', { method: req.method ?? '' })}\n`, { Allow: 'GET, HEAD' });
    }
    const found = await findStaticFile(staticRoot, pathname);
    if (found.kind === 'badPath') return sendText(res, 400, `${bilingual('host.error.badPath')}\n`);
    if (found.kind === 'notFound') return sendText(res, 404, `${bilingual('host.error.notFound', { path: pathname.slice(0, 200) })}\n`);
    if (found.path.endsWith('.html')) return sendPage(req, res, found.path);
    sendFile(req, res, found);
  }

  // Requests in flight per connection. At shutdown a connection with none is closed at once, including one a
  // browser opened ahead of time and never used (Node's closeIdleConnections waits for those).
  const inFlight = new Map<Socket, number>();
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.on('close', () => inFlight.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    res.on('close', () => {
      if (inFlight.has(socket)) inFlight.set(socket, (inFlight.get(socket) ?? 1) - 1);
    });
    handle(req, res).catch((error: unknown) => {
      // A bug in the host itself: logged here, answered plainly, never with the stack.
      (options.target.logInternal ?? logToStderr)({ method: `${req.method ?? ''} ${pathnameOf(req)}`, kind: 'http', error });
      if (!res.headersSent) sendText(res, 500, `${bilingual('host.error.internal', { method: req.method ?? '' })}\n`);
      else res.destroy();
    });
  });

  const origin = `http://${LOOPBACK}:${port}`;
  return {
    port,
    token: auth.token,
    url: `${origin}/?token=${auth.token}`,
    origin,
    close(graceMs = 2000) {
      events.closeAll();
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
        for (const [socket, requests] of inFlight) if (requests === 0) socket.destroy();
      });
    },
  };
}
