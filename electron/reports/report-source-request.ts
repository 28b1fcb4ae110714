// Where a report's data comes from, as the CLI and the host API ask for it: the demo, or a session the office
// prepared (its signed `.rdsession`, checked in full) together with the experts' exports the office's
// workspace holds for it. The same request gives the same source, which verify-report relies on.
import { buildDemoReportSource } from '../../shared/demo/demo-report-source';
import { error, type Problem } from '../../shared/problems';
import type { ReportSource } from '../../shared/reports/report-source';
import { groupedFingerprint } from '../../shared/util/fingerprint';
import { readSessionContainer } from '../files/session-container-reader';
import { loadIdentity } from '../keys/key-store';
import type { KeyWrapper } from '../keys/key-wrapper';
import { openOfficeWorkspace } from '../office/office-workspace';
import { workspaceReportSource } from '../office/workspace-report-source';

export type ReportSourceRequest = { kind: 'demo' } | { kind: 'session'; sessionFile: string };

export type ReportSourceOutcome = { ok: true; source: ReportSource } | { ok: false; problems: Problem[] };

/**
 * A session must be signed by this data directory's office key (read with `keyWrapper`): the workspace here
 * holds no exports for another office's session, and a report would silently show no scores.
 */
export async function reportSourceOf(request: ReportSourceRequest, dataDir: string, keyWrapper: KeyWrapper): Promise<ReportSourceOutcome> {
  if (request.kind === 'demo') return { ok: true, source: buildDemoReportSource() };
  const path = request.sessionFile;
  const loaded = await loadIdentity(dataDir, keyWrapper);
  const officeFingerprint = loaded?.identity.role === 'office' ? loaded.identity.fingerprint : null;
  const read = await readSessionContainer(path);
  if (!read.ok) return { ok: false, problems: read.problems };
  const { payload: session, signerFingerprint } = read.signed;
  if (officeFingerprint === null) return { ok: false, problems: [error('report.needOfficeKey', path, { dataDir })] };
  if (signerFingerprint !== officeFingerprint) {
    return {
      ok: false,
      problems: [error('report.notOurSession', path, { signer: groupedFingerprint(signerFingerprint), own: groupedFingerprint(officeFingerprint) })],
    };
  }
  // Null only for a qualification session without a quota; a graded stage has a source without one.
  const source = await workspaceReportSource(openOfficeWorkspace(dataDir, session.sessionId), session);
  return source === null ? { ok: false, problems: [error('report.noQuota', path)] } : { ok: true, source };
}
