// `GET /api/documents/<sha256>[?type=…]`: the bytes of a document of an opened session, for the page to
// render itself (PDF viewer, image, Word preview). Behind the same host, origin and token checks as the API.
// The documents are the counties' files, never trusted: the type is one the UI asked for from a short
// allow-list, else opaque bytes; nosniff stops the browser guessing; and a sandbox CSP keeps the response
// inert even if someone opens its address directly. No Content-Disposition: the page fetches the bytes, no
// download is wanted. Not cached (no-store from the common headers): the material is confidential.
// Electron's app:// handler serves the same route through lookUpDocument (electron/main/app-documents.ts).
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOCUMENTS_PATH, servedContentType, SHA256_NAME } from '../../shared/contract/document-routes';
import type { MessageKey, MessageParams } from '../../shared/i18n/translate';
import { findDocument } from '../host/documents';
import { localeOf, refuse } from './api-routes';

export const DOCUMENT_CSP = "default-src 'none'; sandbox";

/** What a document request comes to, whichever binding asked: a refusal to send, or a stored file to stream. */
export type DocumentLookup =
  | { kind: 'refused'; status: 400 | 404; code: MessageKey; params: MessageParams }
  | { kind: 'found'; path: string; size: number; type: ReturnType<typeof servedContentType> };

/** `pathname` raw as requested (an encoded or otherwise spelled name is not a hash and is refused, not decoded). */
export async function lookUpDocument(dataDir: string, pathname: string, search: string): Promise<DocumentLookup> {
  const name = pathname.slice(DOCUMENTS_PATH.length);
  if (!SHA256_NAME.test(name)) return { kind: 'refused', status: 400, code: 'expertSession.host.document.badName', params: {} };
  const found = await findDocument(dataDir, name);
  if (found === null) return { kind: 'refused', status: 404, code: 'expertSession.host.document.notFound', params: { sha256: name } };
  const type = servedContentType(new URLSearchParams(search).get('type'));
  return { kind: 'found', path: found.path, size: found.size, type };
}

export async function serveDocument(req: IncomingMessage, res: ServerResponse, dataDir: string, pathname: string, rawUrl: string): Promise<void> {
  const locale = localeOf(req);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return refuse(res, 405, locale, 'host.error.httpMethod', { method: req.method ?? '' }, { Allow: 'GET, HEAD' });
  }
  const query = rawUrl.indexOf('?');
  const found = await lookUpDocument(dataDir, pathname, query < 0 ? '' : rawUrl.slice(query + 1));
  if (found.kind === 'refused') return refuse(res, found.status, locale, found.code, found.params);

  res.writeHead(200, { 'Content-Type': found.type, 'Content-Length': found.size, 'Content-Security-Policy': DOCUMENT_CSP });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
