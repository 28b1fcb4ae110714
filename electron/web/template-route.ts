// `GET /api/templates/standard.xlsx[?locale=…]`: the creation standard's Excel template as a download, for the
// office in the browser (which cannot be given a path to save to). Behind the same host, origin and token
// checks as the API. The workbook is the project's own (the sample standard as a worked example, values never
// formulas), made once per run. Not cached (no-store from the common headers), like every answer here.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { standardTemplateFileName, XLSX_CONTENT_TYPE } from '../../shared/contract/document-routes';
import { LOCALES, type Locale } from '../../shared/i18n/translate';
import { writeStandardTemplate } from '../standard/xlsx-template';
import { localeOf, refuse } from './api-routes';

/** The file is inert data: nothing in it may run or load anything if its address is opened directly. */
const TEMPLATE_CSP = "default-src 'none'; sandbox";

let template: Promise<Buffer> | null = null;
/** Made on first request and kept; a failure is not kept, so the next request tries again. */
function templateBytes(): Promise<Buffer> {
  template ??= writeStandardTemplate().catch((cause: unknown) => {
    template = null;
    throw cause;
  });
  return template;
}

/** RFC 5987 `ext-value` characters: encodeURIComponent leaves `'()*!` alone, which attr-char does not allow (but `!`). */
const rfc5987 = (text: string): string => encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * RFC 6266: a plain ASCII `filename` for old clients, and `filename*` in UTF-8 for the Chinese name that every
 * current browser uses.
 */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** `?locale=` when it is one of ours, else the caller's Accept-Language. */
function templateLocale(req: IncomingMessage, rawUrl: string): Locale {
  const query = rawUrl.indexOf('?');
  const asked = query < 0 ? null : new URLSearchParams(rawUrl.slice(query + 1)).get('locale');
  return LOCALES.find((locale) => locale === asked) ?? localeOf(req);
}

export async function serveStandardTemplate(req: IncomingMessage, res: ServerResponse, rawUrl: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return refuse(res, 405, localeOf(req), 'host.error.httpMethod', { method: req.method ?? '' }, { Allow: 'GET, HEAD' });
  }
  const bytes = await templateBytes();
  res.writeHead(200, {
    'Content-Type': XLSX_CONTENT_TYPE,
    'Content-Length': bytes.byteLength,
    'Content-Disposition': attachmentDisposition(standardTemplateFileName(templateLocale(req, rawUrl)), 'standard-template.xlsx'),
    'Content-Security-Policy': TEMPLATE_CSP,
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
