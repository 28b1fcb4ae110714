// The host client over Electron's preload (`window.reviewDesk`, shared/contract/ipc-channels.ts) instead of
// HTTP: the same `call(method, params, { onProgress, signal })` as createSpecClient, so AppHost and the screens
// cannot tell the two apart. The bridge's answer is parsed exactly like an HTTP body: whatever crosses the
// boundary is untrusted, even from our own preload.
import { z } from 'zod';
import { HOST_METHODS, hostApiSpec, type HostApiSpec, type HostProgress } from '../../../shared/contract/host-api-spec';
import { BRIDGE_EXTRAS, type ReviewDeskBridge } from '../../../shared/contract/ipc-channels';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { HostCallError, hostResponseSchema, type SpecClient } from '../host-client';

/**
 * The HTTP status the web host gives each failure (electron/web/api-routes.ts, STATUS), so a refusal over IPC
 * becomes the very HostCallError the HTTP client would have thrown. Repeated here because renderer/ may not
 * import electron/.
 */
const FAILURE_STATUS = { unknownMethod: 404, badParams: 400, refused: 422, internal: 500 } as const;
const failureSchema = z.enum(['unknownMethod', 'badParams', 'refused', 'internal']);
/** IPC has no status line; an answer that does not parse is reported as the HTTP client does for a 200 body. */
const OK_STATUS = 200;

interface ResultSpec {
  result: z.ZodType;
}

export interface BridgeClientOptions {
  /** The language the host answers refusals in. */
  locale?: Locale;
}

/**
 * True when `value` looks like the preload's bridge: an object with a function for every contract method and
 * for each of BRIDGE_EXTRAS. Shallow on purpose: it picks the transport, and every answer is parsed anyway.
 */
export function isReviewDeskBridge(value: unknown): value is ReviewDeskBridge {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return [...HOST_METHODS, ...BRIDGE_EXTRAS].every((name) => typeof record[name] === 'function');
}

/** The page's bridge, when it runs in the Electron window; undefined in a browser. */
export function findReviewDeskBridge(scope: object = globalThis): ReviewDeskBridge | undefined {
  const candidate: unknown = (scope as { reviewDesk?: unknown }).reviewDesk;
  return isReviewDeskBridge(candidate) ? candidate : undefined;
}

export function createBridgeClient(bridge: ReviewDeskBridge, options: BridgeClientOptions = {}): SpecClient<HostApiSpec> {
  const locale = options.locale ?? 'zh-CN';
  const badAnswer = (method: string, status: number): HostCallError =>
    new HostCallError(method, status, { code: 'host.error.badResult', message: translate(locale, 'host.error.badResult', { method }), params: { method }, problems: [] });

  return {
    async call(method, params, callOptions = {}) {
      const { onProgress, signal } = callOptions;
      signal?.throwIfAborted();
      // Every call gets an id, so it can be cancelled whether or not the caller listens to its progress.
      const operationId = crypto.randomUUID();
      // Subscribed before the call starts, so no event of this call is missed.
      const unsubscribe = onProgress ? bridge.onProgress(operationId, (progress: HostProgress) => onProgress(progress)) : undefined;
      let onAbort = (): void => {};
      // Like an aborted fetch, the call rejects at once with the signal's reason; the host is told to stop.
      const aborted = new Promise<never>((_resolve, reject) => {
        onAbort = (): void => {
          bridge.cancel(operationId);
          reject(signal?.reason);
        };
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        // The bridge's functions are typed per method; the method name is only known here as a key of the spec.
        const invoke = bridge[method] as (params: unknown, call: { locale: Locale; operationId: string }) => Promise<unknown>;
        const sent = invoke(params, { locale, operationId });
        const body: unknown = await (signal ? Promise.race([sent, aborted]) : sent);
        const answer = hostResponseSchema.safeParse(body);
        if (!answer.success) throw badAnswer(method, OK_STATUS);
        if (!answer.data.ok) {
          const failure = failureSchema.safeParse((body as { failure?: unknown }).failure);
          if (!failure.success) throw badAnswer(method, OK_STATUS);
          throw new HostCallError(method, FAILURE_STATUS[failure.data], answer.data.error);
        }
        const result = (hostApiSpec[method] as ResultSpec).result.safeParse(answer.data.result);
        if (!result.success) throw badAnswer(method, OK_STATUS);
        return result.data as z.output<HostApiSpec[typeof method]['result']>;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        unsubscribe?.();
      }
    },
    // Nothing to close: the bridge keeps one IPC listener for the window's lifetime.
    close() {},
  };
}
