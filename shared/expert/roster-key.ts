// Which panel member this machine's key is: the roster entry the office enrolled with that fingerprint.
// Before enrolment (keyFingerprint null) no entry matches, and the expert says who they are.
import type { RosterEntry, SessionPayload } from '../files/session-payload';

export function rosterEntryOfKey(session: Pick<SessionPayload, 'roster'>, fingerprint: string | null | undefined): RosterEntry | undefined {
  if (fingerprint === null || fingerprint === undefined) return undefined;
  return session.roster.find((entry) => entry.keyFingerprint === fingerprint);
}
