// The one dispatcher every binding (Electron IPC, local web host, CLI) calls: a method name and a payload
// from outside, both untrusted, become a checked call of the host services and a checked answer. It never
// throws and never lets a stack trace out: the caller gets a result, or a message key with its text.
import type { z } from 'zod';
import { hostApiSpec, hostProgressSchema, type HostApiSpec, type HostProgress } from '../../shared/contract/host-api-spec';
import { describeProblem } from '../../shared/i18n/describe-problem';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../shared/i18n/translate';
import type { Problem } from '../../shared/problems';
import { HostError } from './host-error';
import { paramsProblems } from './params-problems';

export interface MethodSpec {
  params: z.ZodType;
  result: z.ZodType;
  /** The largest request body a binding must accept for this method, when more than its default (the web host's 1 MB). */
  requestBytes?: number;
}
/** A table of methods like `hostApiSpec` (tests use small tables of their own). */
export type ApiSpec = Readonly<Record<string, MethodSpec>>;

/** What a service gets besides its parameters: who is asking, and how to report progress. */
export interface CallContext {
  /** The caller's id for this call, when it wants progress events; null otherwise. */
  readonly operationId: string | null;
  /** The caller's language, for anything the service phrases itself. */
  readonly locale: Locale;
  /** Aborted when the caller went away (closed the page, cancelled). */
  readonly signal: AbortSignal;
  /** Reports progress; does nothing when the caller did not ask for it. */
  progress(done: number, total: number, label?: string): void;
}

/** The implementation of a spec: one async function per method, taking the parsed params. */
export type ServicesOf<S extends ApiSpec> = {
  [M in keyof S]: (params: z.output<S[M]['params']>, call: CallContext) => Promise<z.input<S[M]['result']>>;
};
export type HostServices = ServicesOf<HostApiSpec>;

/** What the caller sees when a call fails: the message key, its parameters and the text in its language. */
export interface HostErrorBody {
  code: string;
  message: string;
  params: MessageParams;
  /** Itemised findings (each parameter that is wrong, each problem of a refused file). */
  problems: { code: string; where: string; message: string }[];
}

/** Why a call failed: the bindings map these to their own status (HTTP 404, 400, 422, 500). */
export type CallFailure = 'unknownMethod' | 'badParams' | 'refused' | 'internal';

export type CallOutcome = { ok: true; result: unknown } | { ok: false; failure: CallFailure; error: HostErrorBody };

/** A bug on the host side, for the host's own log (the caller only hears "internal error"). */
export interface InternalFailure {
  method: string;
  kind: 'threw' | 'badResult' | 'http';
  error: unknown;
}

export interface DispatchTarget<S extends ApiSpec> {
  spec: S;
  services: ServicesOf<S>;
  /** Where bugs are written; defaults to stderr. */
  logInternal?: (failure: InternalFailure) => void;
}

export interface CallOptions {
  locale?: Locale;
  operationId?: string | null;
  onProgress?: (progress: HostProgress) => void;
  signal?: AbortSignal;
}

/** The real contract's target: the host services behind `hostApiSpec`. */
export const hostTarget = (services: HostServices, logInternal?: (failure: InternalFailure) => void): DispatchTarget<HostApiSpec> => ({
  spec: hostApiSpec,
  services,
  ...(logInternal ? { logInternal } : {}),
});

/** Own keys only: `constructor`, `__proto__` or `toString` are not methods of the contract. */
export const isMethodOf = <S extends ApiSpec>(spec: S, name: string): name is Extract<keyof S, string> => Object.hasOwn(spec, name);

function failure(failed: CallFailure, locale: Locale, code: MessageKey, params: MessageParams, problems: readonly Problem[] = []): CallOutcome {
  const error = hostErrorBody(locale, code, params);
  error.problems = problems.map((problem) => ({ code: problem.code, where: problem.where, message: describeProblem(locale, problem) }));
  return { ok: false, failure: failed, error };
}

/** The default log of host bugs: stderr, with the stack (the caller never sees it). */
export const logToStderr = (entry: InternalFailure): void => {
  const detail = entry.error instanceof Error ? (entry.error.stack ?? entry.error.message) : String(entry.error);
  process.stderr.write(`${translate('zh-CN', 'host.log.internal', { method: entry.method, kind: entry.kind, detail })}\n`);
};

function callContext(options: CallOptions, locale: Locale): CallContext {
  const operationId = options.operationId ?? null;
  const { onProgress } = options;
  return {
    operationId,
    locale,
    signal: options.signal ?? new AbortController().signal,
    progress(done, total, label = '') {
      if (operationId === null || !onProgress) return;
      onProgress(hostProgressSchema.parse({ operationId, done, total, label }));
    },
  };
}

export async function callMethod<S extends ApiSpec>(
  target: DispatchTarget<S>,
  method: string,
  payload: unknown,
  options: CallOptions = {},
): Promise<CallOutcome> {
  const locale = options.locale ?? 'zh-CN';
  const log = target.logInternal ?? logToStderr;
  if (!isMethodOf(target.spec, method)) return failure('unknownMethod', locale, 'host.error.unknownMethod', { method: method.slice(0, 100) });
  const methodSpec = target.spec[method] as MethodSpec;

  const params = methodSpec.params.safeParse(payload);
  if (!params.success) {
    const problems = paramsProblems(params.error.issues, payload);
    const details = problems.map((problem) => describeProblem(locale, problem)).join(' ');
    return failure('badParams', locale, 'host.error.badParams', { method, count: problems.length, details }, problems);
  }

  let raw: unknown;
  try {
    const service = target.services[method] as (params: unknown, call: CallContext) => Promise<unknown>;
    raw = await service(params.data, callContext(options, locale));
  } catch (thrown) {
    if (thrown instanceof HostError) return failure('refused', locale, thrown.code, thrown.params, thrown.problems);
    log({ method, kind: 'threw', error: thrown });
    return failure('internal', locale, 'host.error.internal', { method });
  }

  // A bug guard: the host never answers with something the contract does not promise.
  const result = methodSpec.result.safeParse(raw);
  if (!result.success) {
    log({ method, kind: 'badResult', error: result.error });
    return failure('internal', locale, 'host.error.badResult', { method });
  }
  return { ok: true, result: result.data };
}

/** The error body for a refusal that happens before the dispatcher (HTTP checks, unknown routes). */
export function hostErrorBody(locale: Locale, code: MessageKey, params: MessageParams = {}): HostErrorBody {
  return { code, message: translate(locale, code, params), params, problems: [] };
}
