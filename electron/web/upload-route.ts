// `POST /api/uploads`: a file dropped into the page arrives as bytes (a browser never reveals its path), is
// streamed to `<dataDir>/uploads/<random>.<ext>` and answered with that path, which the page then passes to
// openSession (which deletes it afterwards, host/uploads.ts). Behind the same host, origin and token checks
// as the API. Only `Content-Type: application/octet-stream` is taken: like JSON for the API, a cross-site
// page cannot send it (nor the X-File-Name header) without a CORS preflight, which this server never grants.
// The size limit holds whatever Content-Length says; a body over it is drained (so the client reads our 413)
// up to a cap past which the connection is cut, and nothing of it is kept.
import { open, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { UPLOAD_CONTENT_TYPE, UPLOAD_NAME_HEADER, type UploadResult } from '../../shared/contract/document-routes';
import { detailOf } from '../files/file-error';
import { newUploadPath } from '../host/uploads';
import { formatBytes } from '../package/zip-limits';
import { localeOf, refuse } from './api-routes';
import { sendJson } from './responses';

const MiB = 1024 * 1024;
/** A session container is a batch's documents: large, but within this. */
export const DEFAULT_UPLOAD_LIMIT = 2 * 1024 * MiB;
/** How much past the limit is read and dropped before the connection is cut. */
const drainCap = (limit: number): number => Math.min(Math.max(limit, MiB), 64 * MiB);
const NAME_CHARS = 120;

/**
 * The sent name made safe to show and to take an extension from: percent-decoded (headers carry only
 * Latin-1), NFC, the last path segment only, without control, format (bidi, zero-width) or reserved
 * characters and leading dots, at most 120 characters. Never empty.
 */
export function cleanUploadName(raw: string | string[] | undefined): string {
  let text = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // Not percent-encoded after all: the header's own text.
  }
  const last = text.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = last.replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '').trim().replace(/^\.+/, '');
  const cut = [...cleaned].slice(0, NAME_CHARS).join('').trim();
  return cut === '' ? 'upload' : cut;
}

/**
 * `cut`: too large even to drain, the connection is gone; `aborted`: the client went away (neither gets an
 * answer); `writeFailed`: this machine could not keep the bytes (a full disk…).
 */
type Received = { ok: true; size: number } | { ok: false; reason: 'tooLarge' | 'cut' | 'aborted' } | { ok: false; reason: 'writeFailed'; detail: string };

async function receive(req: IncomingMessage, path: string, limit: number): Promise<Received> {
  const declared = Number(req.headers['content-length']);
  let tooLarge = Number.isFinite(declared) && declared > limit;
  let size = 0;
  // Leaving a for-await loop destroys the request but detaches it from the socket first (Node does that for
  // server requests), so cutting the connection takes the socket itself.
  const { socket } = req;
  const file = await open(path, 'wx', 0o600);
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        if (size > limit + drainCap(limit)) {
          socket.destroy();
          return { ok: false, reason: 'cut' };
        }
        continue;
      }
      try {
        for (let offset = 0; offset < chunk.byteLength; ) offset += (await file.write(chunk, offset)).bytesWritten;
      } catch (cause) {
        return { ok: false, reason: 'writeFailed', detail: detailOf(cause) };
      }
    }
  } catch {
    // Only reading throws here: the client went away mid-body.
    return { ok: false, reason: 'aborted' };
  } finally {
    await file.close();
  }
  if (tooLarge) return { ok: false, reason: 'tooLarge' };
  // A client that went away mid-body may end the stream without an error.
  return req.complete ? { ok: true, size } : { ok: false, reason: 'aborted' };
}

export async function receiveUpload(req: IncomingMessage, res: ServerResponse, dataDir: string, limit: number): Promise<void> {
  const locale = localeOf(req);
  if (req.method !== 'POST') return refuse(res, 405, locale, 'host.error.httpMethod', { method: req.method ?? '' }, { Allow: 'POST' });
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== UPLOAD_CONTENT_TYPE) return refuse(res, 415, locale, 'expertSession.host.upload.contentType');

  const name = cleanUploadName(req.headers[UPLOAD_NAME_HEADER]);
  const path = await newUploadPath(dataDir, name);
  // Nothing is kept unless it arrived whole and within the limit.
  const received = await receive(req, path, limit).catch(async (cause: unknown) => {
    await rm(path, { force: true });
    throw cause;
  });
  if (!received.ok) {
    await rm(path, { force: true });
    if (received.reason === 'writeFailed') return refuse(res, 500, locale, 'expertSession.host.upload.writeFailed', { detail: received.detail }, { Connection: 'close' });
    if (received.reason !== 'tooLarge') return;
    return refuse(res, 413, locale, 'expertSession.host.upload.tooLarge', { limit: formatBytes(limit) }, { Connection: 'close' });
  }
  const result: UploadResult = { path, name, size: received.size };
  sendJson(res, 200, { ok: true, result });
}
