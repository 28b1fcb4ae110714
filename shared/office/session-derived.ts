// What the office derives from the session file it sent: the roster every arriving scores file is checked
// against, and the panel's inputs apart from the sheets. Both come from the signed payload rather than
// from the demo, so the merge computes results for exactly the panel and applications the experts saw.
import type { SessionPayload } from '../files/session-payload';
import type { PanelInput } from '../panel/run-panel';
import { stageRanksUnderQuota } from '../panel/stage-quota';
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

/**
 * The panel's input without sheets. A session without quota settings (a stage that grades each county by the
 * standard's bands; a qualification session cannot be exported without one) gets no quota: the panel
 * then ranks and grades but makes no suggestion list.
 */
export function panelPartsOfSession(session: SessionPayload): Omit<PanelInput, 'sheets'> {
  return {
    session: { name: session.name, stage: session.stage, ...(session.batch === undefined ? {} : { batch: session.batch }) },
    standard: session.standard,
    applications: session.applications.map(({ documents: _documents, ...application }) => application),
    experts: session.roster.map(({ expertId, name, organisation, title, city }) => ({ id: expertId, name, organisation, title, city })),
    assignments: session.assignments,
    ...(session.quota === undefined ? {} : { quota: session.quota }),
  };
}

/**
 * A session whose stage decides places under the quota but which carries no quota settings: no suggestion
 * list can be made, so the merge and the reports refuse it (the draft cannot be exported like this; an older
 * or hand-made file can).
 */
export function lacksRequiredQuota(session: SessionPayload): boolean {
  return stageRanksUnderQuota(session.stage) && session.quota === undefined;
}
