// Why a write did not commit, as a Problem. A full disk is the failure an expert can act on (free space,
// then retry), so it gets its own message; anything else is reported with the browser's words as detail.
import { error, type Problem } from '../../../shared/problems';
import { InvalidRecordError } from './invalid-record';

/** Dexie wraps the browser's error (an AbortError whose `inner` is the QuotaExceededError): look through. */
function causes(cause: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = cause;
  while (typeof current === 'object' && current !== null && !chain.includes(current) && chain.length < 8) {
    chain.push(current);
    const next: unknown = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
    current = next;
  }
  return chain;
}

const nameOf = (value: unknown): string => (typeof value === 'object' && value !== null && 'name' in value ? String(value.name) : '');

export function isQuotaExceeded(cause: unknown): boolean {
  return causes(cause).some((value) => nameOf(value) === 'QuotaExceededError');
}

function detailOf(cause: unknown): string {
  const deepest = causes(cause).at(-1) ?? cause;
  if (deepest instanceof Error || (typeof deepest === 'object' && deepest !== null && 'message' in deepest)) {
    const { name, message } = deepest as { name?: unknown; message?: unknown };
    return [name, message].filter((part) => typeof part === 'string' && part !== '').join(': ') || String(cause);
  }
  return String(cause);
}

/** `where` names the record the write was for (e.g. "sheets/<session>/<application>"). */
export function writeFailureProblem(cause: unknown, where: string): Problem {
  if (cause instanceof InvalidRecordError) return cause.problem;
  if (isQuotaExceeded(cause)) return error('expertSession.db.quotaExceeded', where);
  return error('expertSession.db.writeFailed', where, { detail: detailOf(cause) });
}
