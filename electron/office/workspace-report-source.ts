// The report source of a session the office holds: the panel's inputs from the signed session file, each
// expert's latest accepted export from the workspace (its sheets and which signed file they came from).
import type { SessionPayload } from '../../shared/files/session-payload';
import { mergedSheets, viewOf } from '../../shared/office/merge';
import type { OfficeState } from '../../shared/office/office-state';
import { panelPartsOfSession } from '../../shared/office/session-derived';
import type { ReportSource } from '../../shared/reports/report-source';
import { loadWorkspace, type OfficeWorkspace } from './office-workspace';

/** Null when the session carries no quota settings (no suggestion list, so no review report, can be made). */
export async function workspaceReportSource(workspace: OfficeWorkspace, session: SessionPayload): Promise<ReportSource | null> {
  if (panelPartsOfSession(session) === null) return null;
  const { state } = await loadWorkspace(workspace);
  return reportSourceOfState(session, state);
}

/** The same from a workspace already loaded; null as above. */
export function reportSourceOfState(session: SessionPayload, state: OfficeState): ReportSource | null {
  const parts = panelPartsOfSession(session);
  if (parts === null) return null;
  const exports = viewOf(state).map((file) => ({
    expertId: file.payload.expertId,
    exportHash: file.exportHash,
    sequence: file.payload.sequence,
    signerFingerprint: file.signerFingerprint,
  }));
  return { ...parts, sessionId: session.sessionId, sheets: mergedSheets(state), exports };
}
