// What the office derives from the session file it sent: the roster every arriving scores file is checked
// against, and the panel's inputs apart from the sheets. Both come from the signed payload rather than
// from the demo, so the merge computes results for exactly the panel and applications the experts saw.
import type { SessionPayload } from '../files/session-payload';
import type { PanelInput } from '../panel/run-panel';
import type { Roster } from './roster';

/**
 * The session's roster; `enrolled` (expert id → key fingerprint) fills in keys the session file did not
 * carry yet, and overrides ones it did (the clerk's latest enrolment wins).
 */
export function rosterOfSession(session: SessionPayload, enrolled: ReadonlyMap<string, string>): Roster {
  return {
    sessionId: session.sessionId,
    standardFingerprint: session.standardFingerprint,
    experts: session.roster.map((entry) => ({
      id: entry.expertId,
      name: entry.name,
      keyFingerprint: enrolled.get(entry.expertId) ?? entry.keyFingerprint,
    })),
  };
}

/** The panel's input without sheets; null when the session carries no quota settings (no suggestion list can be made). */
export function panelPartsOfSession(session: SessionPayload): Omit<PanelInput, 'sheets'> | null {
  const { quota } = session;
  if (quota === undefined) return null;
  return {
    session: { name: session.name, stage: session.stage, ...(session.batch === undefined ? {} : { batch: session.batch }) },
    standard: session.standard,
    applications: session.applications.map(({ documents: _documents, ...application }) => application),
    experts: session.roster.map(({ expertId, name, organisation, title, city }) => ({ id: expertId, name, organisation, title, city })),
    assignments: session.assignments,
    quota,
  };
}
