// `POST /api/<method>` (JSON params in, `{ ok, result }` or `{ ok: false, error }` out) and
// `GET /api/events` (progress). Every call goes through the one dispatcher, callMethod.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOCALES, type Locale, type MessageKey, type MessageParams } from '../../shared/i18n/translate';
import { callMethod, hostErrorBody, isMethodOf, type ApiSpec, type CallFailure, type DispatchTarget, type MethodSpec } from '../host/call-method';
import type { ProgressEvents } from './progress-events';
import { readBody } from './read-body';
import { sendJson } from './responses';

export const API_PREFIX = '/api/';
export const EVENTS_PATH = '/api/events';
/** Request header carrying the caller's operation id, for progress events. */
export const OPERATION_HEADER = 'x-operation-id';
const OPERATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

const STATUS: Readonly<Record<CallFailure, number>> = { unknownMethod: 404, badParams: 400, refused: 422, internal: 500 };

export interface ApiRoutes<S extends ApiSpec> {
  target: DispatchTarget<S>;
  events: ProgressEvents;
  bodyLimit: number;
}

/** The caller's language from Accept-Language (the UI sends its own); Chinese unless it asks for English. */
export function localeOf(req: IncomingMessage): Locale {
  const first = (req.headers['accept-language'] ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en-US' : LOCALES[0];
}

/** The API's refusal: `{ ok: false, error }` in the caller's language, for the other /api/ routes too. */
export function refuse(res: ServerResponse, status: number, locale: Locale, code: MessageKey, params: MessageParams = {}, headers: Record<string, string> = {}): void {
  sendJson(res, status, { ok: false, error: hostErrorBody(locale, code, params) }, headers);
}

export async function handleApi<S extends ApiSpec>(routes: ApiRoutes<S>, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  const locale = localeOf(req);
  if (pathname === EVENTS_PATH) {
    if (req.method !== 'GET') return refuse(res, 405, locale, 'host.error.httpMethod', { method: req.method ?? '' }, { Allow: 'GET' });
    routes.events.subscribe(req, res);
    return;
  }

  const method = pathname.slice(API_PREFIX.length);
  if (req.method !== 'POST') return refuse(res, 405, locale, 'host.error.httpMethod', { method: req.method ?? '' }, { Allow: 'POST' });
  const operationId = req.headers[OPERATION_HEADER];
  if (operationId !== undefined && (typeof operationId !== 'string' || !OPERATION_ID.test(operationId))) {
    return refuse(res, 400, locale, 'host.error.badOperationId');
  }
  try {
    await answerCall(routes, req, res, method, locale, operationId ?? null);
  } finally {
    // However the call ended, its client stops waiting for progress.
    if (operationId !== undefined) routes.events.publishDone(operationId);
  }
}

async function answerCall<S extends ApiSpec>(
  routes: ApiRoutes<S>,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  locale: Locale,
  operationId: string | null,
): Promise<void> {
  if (!isMethodOf(routes.target.spec, method)) return refuse(res, 404, locale, 'host.error.unknownMethod', { method: method.slice(0, 100) });
  // JSON only: a cross-site form cannot send it without a CORS preflight, which this server never grants.
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refuse(res, 415, locale, 'host.error.contentType');

  // A method whose params may be large (a whole panel's sheets) says so in the contract.
  const limit = Math.max(routes.bodyLimit, (routes.target.spec[method] as MethodSpec).requestBytes ?? 0);
  const body = await readBody(req, limit);
  if (!body.ok && body.reason === 'aborted') return;
  if (!body.ok) return refuse(res, 413, locale, 'host.error.tooLarge', { limit }, { Connection: 'close' });
  let payload: unknown = {};
  if (body.body.length > 0) {
    try {
      payload = JSON.parse(body.body.toString('utf8'));
    } catch {
      return refuse(res, 400, locale, 'host.error.notJson');
    }
  }

  // The caller going away (page closed, fetch aborted) aborts the call.
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const outcome = await callMethod(routes.target, method, payload, {
    locale,
    operationId,
    onProgress: (progress) => routes.events.publish(progress),
    signal: abort.signal,
  });
  if (outcome.ok) sendJson(res, 200, { ok: true, result: outcome.result });
  else sendJson(res, STATUS[outcome.failure], { ok: false, error: outcome.error });
}
