// The app:// scheme serves the built renderer (out/renderer) to the window, never file://: a file:// page
// can read any file its path reaches and all file:// pages share one origin. The pure parts (the path check,
// content types, the page's nonce and CSP) are the web host's, so both hosts serve the same bytes under the
// same policy. It also answers the web host's document route (app-documents.ts), so the page reads a document
// at the same relative address in both hosts.
import { readFile } from 'node:fs/promises';
import { DOCUMENTS_PATH } from '../../shared/contract/document-routes';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { bilingual, CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../web/responses';
import { noncedPage } from '../web/page-nonce';
import { contentTypeOf, findStaticFile } from '../web/static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { serveAppDocument } from './app-documents';

/**
 * Must run before the app's `ready` event (Electron refuses it later). `standard` gives the scheme real
 * origins and relative URLs; `secure` makes it a secure context (crypto.subtle, IndexedDB durability);
 * `supportFetchAPI` lets the renderer fetch its own assets (pdfjs CMaps and fonts).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** What app:// serves: the renderer's files, and the documents stored in the data directory. */
export interface AppProtocolRoots {
  rendererRoot: string;
  dataDir: string;
}

/** Binds the handler; call once the app is ready. */
export function handleAppProtocol(roots: AppProtocolRoots): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, roots));
}

// Chromium normalises `..` before the handler sees it and Node's URL does too, so the raw URL is checked as
// well: a request that spelled a way out of the folder is refused, not quietly mapped to another file.
const RAW_ESCAPE = /(?:^|\/|%2f)(?:\.|%2e){2}(?:\/|%2f|\?|#|$)|\\|%5c|%00/i;

function respond(status: number, body: string | Uint8Array<ArrayBuffer>, contentType: string, csp = CONTENT_SECURITY_POLICY): Response {
  // Every response carries the security headers, refusals included: a 404 page is still a document.
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': csp, 'Content-Type': contentType } });
}

const refusal = (status: number, text: string): Response => respond(status, `${text}\n`, 'text/plain; charset=utf-8');

/** Takes only what it reads, so tests can hand it URLs Chromium would have normalised. */
export async function serveAppRequest(request: Pick<Request, 'url' | 'method'> & { headers?: Pick<Headers, 'get'> }, roots: AppProtocolRoots): Promise<Response> {
  const { rendererRoot } = roots;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refusal(400, bilingual('host.error.badPath'));
  }
  const notFound = (): Response => refusal(404, bilingual('host.error.notFound', { path: url.pathname.slice(0, 200) }));
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return notFound();
  if (url.pathname.startsWith(DOCUMENTS_PATH) && !RAW_ESCAPE.test(request.url.slice(`${APP_SCHEME}://`.length))) return serveAppDocument(request, url, roots.dataDir);
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, bilingual('host.error.httpMethod', { method: request.method }));
  if (RAW_ESCAPE.test(request.url.slice(`${APP_SCHEME}://`.length))) return refusal(400, bilingual('host.error.badPath'));

  let found = await findStaticFile(rendererRoot, url.pathname);
  if (found.kind === 'badPath') return refusal(400, bilingual('host.error.badPath'));
  // The renderer routes in the page, so a reload on a route without an extension gets the page; a missing
  // asset (anything with an extension) stays a 404 rather than HTML under a script's name.
  if (found.kind === 'notFound' && extname(url.pathname) === '') found = await findStaticFile(rendererRoot, '/index.html');
  if (found.kind !== 'file') return notFound();

  const head = request.method === 'HEAD';
  if (found.path.endsWith('.html')) {
    const page = await noncedPage(found.path);
    return respond(200, head ? '' : new Uint8Array(page.body), 'text/html; charset=utf-8', page.csp);
  }
  return respond(200, head ? '' : new Uint8Array(await readFile(found.path)), contentTypeOf(found.path));
}
