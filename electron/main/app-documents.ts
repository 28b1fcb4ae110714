// `app://review-desk/api/documents/<sha256>[?type=…]`: the web host's document route (electron/web/document-route.ts)
// answered through the app:// protocol, so the page reads a document at the same relative address in both hosts.
// Same lookup, same allow-listed type, same inert CSP; refusals are the API's JSON in the caller's language,
// which the page's fetchDocument parses. Only our own window can reach app:// at all (harden-contents.ts keeps
// every web contents on this origin), so no token is needed as it is over HTTP.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { LOCALES, type Locale, type MessageKey, type MessageParams } from '../../shared/i18n/translate';
import { hostErrorBody } from '../host/call-method';
import { DOCUMENT_CSP, lookUpDocument } from '../web/document-route';
import { SECURITY_HEADERS } from '../web/responses';

/** The refusal language from Accept-Language, as the web host's localeOf reads it. */
export function localeOfHeaders(headers: Pick<Headers, 'get'> | undefined): Locale {
  const first = (headers?.get('accept-language') ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en-US' : LOCALES[0];
}

function refusal(status: number, locale: Locale, code: MessageKey, params: MessageParams = {}, extra: Record<string, string> = {}): Response {
  const body = JSON.stringify({ ok: false, error: hostErrorBody(locale, code, params) });
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': DOCUMENT_CSP, 'Content-Type': 'application/json; charset=utf-8', ...extra } });
}

export async function serveAppDocument(request: Pick<Request, 'method'> & { headers?: Pick<Headers, 'get'> }, url: URL, dataDir: string): Promise<Response> {
  const locale = localeOfHeaders(request.headers);
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, locale, 'host.error.httpMethod', { method: request.method }, { Allow: 'GET, HEAD' });
  const found = await lookUpDocument(dataDir, url.pathname, url.search);
  if (found.kind === 'refused') return refusal(found.status, locale, found.code, found.params);

  const headers = { ...SECURITY_HEADERS, 'Content-Type': found.type, 'Content-Length': String(found.size), 'Content-Security-Policy': DOCUMENT_CSP };
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  // Streamed: a county's scanned PDF can be hundreds of megabytes.
  const body = Readable.toWeb(createReadStream(found.path)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}
