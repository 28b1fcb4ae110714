// Calling the host services as a binding does, and reading their answers, for the host tests: a transport
// failure throws (it is never what a test is about); an answer is taken as accepted or refused, and the
// other kind throws with the whole answer, so a failing test shows what the host said.
import { callMethod, type DispatchTarget } from '../../../electron/host/call-method';
import type { HostApiSpec, HostMethod, HostResult } from '../../../shared/contract/host-api-spec';
import type { Locale } from '../../../shared/i18n/translate';

export type HostTarget = DispatchTarget<HostApiSpec>;

export async function callHost<M extends HostMethod>(target: HostTarget, method: M, params: unknown, locale: Locale = 'zh-CN'): Promise<HostResult<M>> {
  const outcome = await callMethod(target, method, params, { operationId: 'op', locale });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.result as HostResult<M>;
}

export function accepted<R extends { ok: boolean }>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<R, { ok: true }>;
}

export function refused<R extends { ok: boolean }>(result: R): { code: string; messages: string[] } {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result as unknown as { code: string; messages: string[] };
}
