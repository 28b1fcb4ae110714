// Which key each expert signed with, as the exports the office accepted show it. A file is accepted only when
// its signer was enrolled for its expert at that moment (by the session file, or by the clerk at import), so
// the held exports are the record of every enrolment made at import time. Reading them back means the clerk
// enrols a key once, not again at every later import of the same expert's files.
import { viewOf } from './merge';
import type { OfficeState } from './office-state';

/**
 * Expert id → the signer of that expert's latest accepted export. `explicit` (the clerk's enrolment in this
 * call) wins over what was held: a clerk who re-enrols an expert's new key (a replaced laptop) means it.
 */
export function enrolmentsWithHeld(state: OfficeState, explicit: ReadonlyMap<string, string>): Map<string, string> {
  const enrolled = new Map(viewOf(state).map((file) => [file.payload.expertId, file.signerFingerprint]));
  for (const [expertId, fingerprint] of explicit) enrolled.set(expertId, fingerprint);
  return enrolled;
}
