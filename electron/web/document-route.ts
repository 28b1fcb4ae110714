// `GET /api/documents/<sha256>[?type=…]`: the bytes of a document of an opened session, for the page to
// render itself (PDF viewer, image, Word preview). Behind the same host, origin and token checks as the API.
// The documents are the counties' files, never trusted: the type is one the UI asked for from a short
// allow-list, else opaque bytes; nosniff stops the browser guessing; and a sandbox CSP keeps the response
// inert even if someone opens its address directly. No Content-Disposition: the page fetches the bytes, no
// download is wanted. Not cached (no-store from the common headers): the material is confidential.
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOCUMENTS_PATH, servedContentType, SHA256_NAME } from '../../shared/contract/document-routes';
import { findDocument } from '../host/documents';
import { localeOf, refuse } from './api-routes';

const DOCUMENT_CSP = "default-src 'none'; sandbox";

export async function serveDocument(req: IncomingMessage, res: ServerResponse, dataDir: string, pathname: string, rawUrl: string): Promise<void> {
  const locale = localeOf(req);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return refuse(res, 405, locale, 'host.error.httpMethod', { method: req.method ?? '' }, { Allow: 'GET, HEAD' });
  }
  // The raw path: an encoded or otherwise spelled name is not a hash and is refused, not decoded.
  const name = pathname.slice(DOCUMENTS_PATH.length);
  if (!SHA256_NAME.test(name)) return refuse(res, 400, locale, 'expertSession.host.document.badName');
  const found = await findDocument(dataDir, name);
  if (found === null) return refuse(res, 404, locale, 'expertSession.host.document.notFound', { sha256: name });

  const query = rawUrl.indexOf('?');
  const type = servedContentType(query < 0 ? null : new URLSearchParams(rawUrl.slice(query + 1)).get('type'));
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': found.size, 'Content-Security-Policy': DOCUMENT_CSP });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
