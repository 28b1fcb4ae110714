// The report source of a session the office holds: the panel's inputs from the signed session file, each
// expert's latest accepted export from the workspace (its sheets and which signed file they came from).
import type { SessionPayload } from '../../shared/files/session-payload';
import { mergedSheets, viewOf } from '../../shared/office/merge';
import type { OfficeState } from '../../shared/office/office-state';
import { lacksRequiredQuota, panelPartsOfSession } from '../../shared/office/session-derived';
import type { ReportSource } from '../../shared/reports/report-source';
import { loadWorkspace, type OfficeWorkspace } from './office-workspace';

/**
 * Null when a qualification session carries no quota settings (its suggestion list, so its review report,
 * cannot be made). A stage session without a quota grades each county and has a source like any other.
 */
export async function workspaceReportSource(workspace: OfficeWorkspace, session: SessionPayload): Promise<ReportSource | null> {
  if (lacksRequiredQuota(session)) return null;
  const { state } = await loadWorkspace(workspace);
  return reportSourceOfState(session, state);
}

/** The same from a workspace already loaded; null as above. */
export function reportSourceOfState(session: SessionPayload, state: OfficeState): ReportSource | null {
  if (lacksRequiredQuota(session)) return null;
  const parts = panelPartsOfSession(session);
  const exports = viewOf(state).map((file) => ({
    expertId: file.payload.expertId,
    exportHash: file.exportHash,
    sequence: file.payload.sequence,
    signerFingerprint: file.signerFingerprint,
  }));
  return { ...parts, sessionId: session.sessionId, sheets: mergedSheets(state), exports };
}
