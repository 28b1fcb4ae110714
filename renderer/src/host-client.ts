// The renderer's side of the contract (shared/contract/host-api-spec.ts): `callHost('getHostInfo', {})`,
// typed by the spec, sent as `POST /api/<method>` to the local web host (the Electron preload will offer
// the same calls), and every answer parsed with the method's result schema before the UI sees it.
import { z } from 'zod';
import { HOST_METHODS, hostApiSpec, type HostApi, type HostApiSpec, type HostProgress } from '../../shared/contract/host-api-spec';
import { translate, type Locale } from '../../shared/i18n/translate';
import { openProgressStream, type Listening, type ProgressStream } from './progress-stream';

/** How long a finished call waits for its `done` event before giving up on late progress. */
const DONE_WAIT_MS = 2000;
const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface MethodSpec {
  params: z.ZodType;
  result: z.ZodType;
}
type ApiSpec = Readonly<Record<string, MethodSpec>>;

/** The host's error body (electron/host/call-method.ts, HostErrorBody). */
export const hostErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  problems: z.array(z.object({ code: z.string(), where: z.string(), message: z.string() })),
});
export type HostErrorBody = z.infer<typeof hostErrorSchema>;

/** Every answer of `POST /api/<method>`. */
export const hostResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: hostErrorSchema }),
]);

/** A call the host refused or could not answer; `message` is ready to show, `code` is for the program. */
export class HostCallError extends Error {
  override readonly name = 'HostCallError';
  readonly code: string;
  readonly params: HostErrorBody['params'];
  readonly problems: HostErrorBody['problems'];

  constructor(
    readonly method: string,
    readonly status: number,
    body: HostErrorBody,
  ) {
    super(body.message);
    this.code = body.code;
    this.params = body.params;
    this.problems = body.problems;
  }
}

export interface HostClientOptions {
  /** Where the host is; '' (same origin) in the page. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** The language the host answers errors in. */
  locale?: Locale;
  /** Extra headers (tests pass `Authorization: Bearer …`; the page relies on its cookie). */
  headers?: Record<string, string>;
}

export interface CallOptions {
  /** Progress of a long call, pushed by the host while it runs. */
  onProgress?: (progress: HostProgress) => void;
  signal?: AbortSignal;
}

export interface SpecClient<S extends ApiSpec> {
  call<M extends keyof S & string>(method: M, params: z.input<S[M]['params']>, options?: CallOptions): Promise<z.output<S[M]['result']>>;
  /** Ends the progress stream, if one is open. */
  close(): void;
}

/** A client for any table of methods (the real contract, or a test's). */
export function createSpecClient<S extends ApiSpec>(spec: S, options: HostClientOptions = {}): SpecClient<S> {
  const base = options.baseUrl ?? '';
  const fetchFn = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const locale = options.locale ?? 'zh-CN';
  const headers = options.headers ?? {};
  let stream: ProgressStream | null = null;

  const badAnswer = (method: string, status: number): HostCallError =>
    new HostCallError(method, status, { code: 'host.error.badResult', message: translate(locale, 'host.error.badResult', { method }), params: { method }, problems: [] });

  return {
    async call(method, params, callOptions = {}) {
      let operationId: string | undefined;
      let listening: Listening | undefined;
      if (callOptions.onProgress) {
        if (stream === null || stream.closed) stream = openProgressStream(`${base}/api/events`, fetchFn, headers);
        // Subscribe before calling, so no event of this call is missed; without a stream the call goes on.
        if (await stream.ready) {
          operationId = crypto.randomUUID();
          listening = stream.listen(operationId, callOptions.onProgress);
        }
      }
      try {
        const response = await fetchFn(`${base}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: {
            ...headers,
            'Content-Type': 'application/json',
            'Accept-Language': locale,
            ...(operationId === undefined ? {} : { 'X-Operation-Id': operationId }),
          },
          body: JSON.stringify(params),
          cache: 'no-store',
          ...(callOptions.signal ? { signal: callOptions.signal } : {}),
        });
        const body: unknown = await response.json().catch(() => undefined);
        // The answer may overtake the last events (another connection): every onProgress runs before we return.
        if (listening) await Promise.race([listening.finished, delay(DONE_WAIT_MS)]);
        const answer = hostResponseSchema.safeParse(body);
        if (!answer.success) throw badAnswer(method, response.status);
        if (!answer.data.ok) throw new HostCallError(method, response.status, answer.data.error);
        const result = (spec[method] as MethodSpec).result.safeParse(answer.data.result);
        if (!result.success) throw badAnswer(method, response.status);
        return result.data as z.output<S[typeof method]['result']>;
      } finally {
        listening?.stop();
      }
    },
    close() {
      stream?.close();
      stream = null;
    },
  };
}

export interface HostClient extends SpecClient<HostApiSpec> {
  /** The contract as an object, one function per method in HOST_METHODS. */
  api: HostApi;
}

export function createHostClient(options: HostClientOptions = {}): HostClient {
  const client = createSpecClient(hostApiSpec, options);
  const api = Object.fromEntries(HOST_METHODS.map((method) => [method, (params: unknown) => client.call(method, params as never)])) as HostApi;
  return { ...client, api };
}

let pageClient: HostClient | null = null;

/** The page's client (same origin, cookie auth). */
export function callHost<M extends keyof HostApiSpec & string>(
  method: M,
  params: z.input<HostApiSpec[M]['params']>,
  options?: CallOptions,
): Promise<z.output<HostApiSpec[M]['result']>> {
  pageClient ??= createHostClient();
  return pageClient.call(method, params, options);
}
