// Which roster entry this computer scores as, per session. openSession reports it (the office enrolled this
// machine's key under it), but the session table's schema has no field for it, so it is remembered in
// localStorage; when that is gone (cleared storage), the roster entry enrolled with this profile's key
// fingerprint gives the same answer.
import type { SessionPayload } from '../../../shared/files/session-payload';

const keyOf = (sessionId: string): string => `review-desk.expert-id.${sessionId}`;

export function rememberExpertId(storage: Pick<Storage, 'setItem'> | undefined, sessionId: string, expertId: string): void {
  try {
    storage?.setItem(keyOf(sessionId), expertId);
  } catch {
    // The roster fallback below still finds it.
  }
}

export function recallExpertId(storage: Pick<Storage, 'getItem'> | undefined, payload: SessionPayload, keyFingerprint: string | null): string | null {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(keyOf(payload.sessionId)) ?? null;
  } catch {
    stored = null;
  }
  // Only an id the roster still has: a stale value from an earlier file of the same session must not score.
  if (stored !== null && payload.roster.some((entry) => entry.expertId === stored)) return stored;
  if (keyFingerprint === null) return null;
  return payload.roster.find((entry) => entry.keyFingerprint === keyFingerprint)?.expertId ?? null;
}
