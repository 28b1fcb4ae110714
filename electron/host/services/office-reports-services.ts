// The office's reports through the host API (shared/contract/office-reports-spec.ts): a sent session's reports
// written from the workspace's data and carrying the latest signed suggestion list, which must have been
// decided on that very data; then the writing is entered in the session's audit log. A stage session that
// grades each county (no quota, so no list) writes its reports without one: there is nothing to sign; the
// office's decision goes into the county register separately.
import { LIST_OUTDATED, NO_SIGNED_LIST } from '../../../shared/contract/office-reports-spec';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate } from '../../../shared/i18n/translate';
import type { AuditDraft } from '../../../shared/office/audit-log';
import { lacksRequiredQuota } from '../../../shared/office/session-derived';
import type { ReportSignedList } from '../../../shared/reports/report-signed-list';
import { reportDataOf } from '../../../shared/reports/report-source';
import { appendAuditAfter } from '../../office/commit-audit';
import { loadWorkspace } from '../../office/office-workspace';
import { loadSignedLists } from '../../office/suggestion-lists';
import { reportSourceOfState } from '../../office/workspace-report-source';
import { writeReports, type WrittenReports } from '../../reports/write-reports';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { officeAccess } from './office-access';
import { refusal } from './refusal';

function auditDraft(folder: string, written: WrittenReports, list: ReportSignedList | null): AuditDraft {
  return {
    action: 'reportsWritten',
    details: {
      folder,
      files: written.files.map(({ kind, path, bytes }) => ({ kind, path, bytes })),
      dataFingerprint: written.dataFingerprint,
      list: list === null ? null : { version: list.payload.version, hash: list.hash },
    },
  };
}

export function officeReportsServices(context: HostContext): Pick<HostServices, 'writeSessionReports'> {
  const access = officeAccess(context);

  return {
    writeSessionReports: async ({ sessionId, folder, kinds }, call) => {
      const { locale } = call;
      const sent = await access.sentSession(locale, sessionId);
      if (!sent.ok) return sent;
      const { session, workspace, office } = sent;
      if (lacksRequiredQuota(session)) return refusal(locale, 'report.noQuota');
      // A workspace or list that cannot be read, a folder that cannot be made or written (disk full, no
      // permission): each FileError names the file or folder and says what to do.
      return access.onWorkspace(locale, async () => {
        const { state } = await loadWorkspace(workspace);
        if (state.held.length === 0) return refusal(locale, 'office.collect.noExports', { session: session.name });
        const source = reportSourceOfState(session, state);
        if (source === null) return refusal(locale, 'report.noQuota');
        // Computed here too (the worker computes it again) so a list decided on other data is refused before any file is touched.
        const { dataFingerprint } = reportDataOf(source);
        let latest: ReportSignedList | null = null;
        // A session with a quota has a computed list, and its reports print the list as signed.
        if (session.quota !== undefined) {
          latest = (await loadSignedLists(workspace, office.identity.fingerprint)).at(-1) ?? null;
          if (latest === null) return refusal(locale, NO_SIGNED_LIST, { session: session.name });
          if (latest.payload.dataFingerprint !== dataFingerprint) return refusal(locale, LIST_OUTDATED, { version: latest.payload.version });
        }

        const written = await writeReports(source, folder, {
          locale,
          ...(kinds === undefined ? {} : { kinds }),
          ...(latest === null ? {} : { signedList: latest }),
          onProgress: (done, total, label) => call.progress(done, total, label),
          signal: call.signal,
        });
        const by = { actor: office.identity.fingerprint, recordedAt: new Date().toISOString() };
        // The reports are written and checked whatever the log says: its problem travels as a warning.
        const problem = await appendAuditAfter(workspace, [auditDraft(folder, written, latest)], by);
        return {
          ok: true as const,
          dataFingerprint: written.dataFingerprint,
          list: latest === null ? null : { version: latest.payload.version, hash: latest.hash },
          files: written.files,
          ...(problem === null ? {} : { warning: translate(locale, 'office.reports.notLogged', { message: describeProblem(locale, problem) }) }),
        };
      });
    },
  };
}
