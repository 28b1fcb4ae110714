// The office's reports through the host API (shared/contract/office-reports-spec.ts): a sent session's reports
// written from the workspace's data and carrying the latest signed suggestion list, which must have been
// decided on that very data; then the writing is entered in the session's audit log.
import { LIST_OUTDATED, NO_SIGNED_LIST } from '../../../shared/contract/office-reports-spec';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { AuditDraft } from '../../../shared/office/audit-log';
import { panelPartsOfSession } from '../../../shared/office/session-derived';
import type { ReportSignedList } from '../../../shared/reports/report-signed-list';
import { reportDataOf } from '../../../shared/reports/report-source';
import { FileError } from '../../files/file-error';
import { loadIdentity } from '../../keys/key-store';
import { appendAudit } from '../../office/commit-audit';
import { loadWorkspace } from '../../office/office-workspace';
import { readSentSession } from '../../office/sent-session';
import { loadSignedLists } from '../../office/suggestion-lists';
import { reportSourceOfState } from '../../office/workspace-report-source';
import { writeReports, type WrittenReports } from '../../reports/write-reports';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { fileRefusal, refusal, type Refusal } from './refusal';

function auditDraft(folder: string, written: WrittenReports, list: ReportSignedList): AuditDraft {
  return {
    action: 'reportsWritten',
    details: {
      folder,
      files: written.files.map(({ kind, path, bytes }) => ({ kind, path, bytes })),
      dataFingerprint: written.dataFingerprint,
      list: { version: list.payload.version, hash: list.hash },
    },
  };
}

export function officeReportsServices(context: HostContext): Pick<HostServices, 'writeSessionReports'> {
  const { dataDir } = context;

  return {
    writeSessionReports: async ({ sessionId, folder, kinds }, call) => {
      const { locale } = call;
      try {
        const loaded = await loadIdentity(dataDir, context.ports.keyWrapper);
        if (loaded?.identity.role !== 'office') return refusal(locale, 'report.needOfficeKey', { dataDir });
        const office = loaded.identity;
        const sent = await readSentSession(dataDir, sessionId, office.fingerprint);
        if (!sent.ok) return problemsRefusal(sent.code, sent.problems.map((p) => describeProblem(locale, p)));
        const { session, workspace } = sent;
        if (panelPartsOfSession(session) === null) return refusal(locale, 'report.noQuota');

        const { state } = await loadWorkspace(workspace);
        if (state.held.length === 0) return refusal(locale, 'office.collect.noExports', { session: session.name });
        const source = reportSourceOfState(session, state);
        if (source === null) return refusal(locale, 'report.noQuota');
        // Computed here too (the worker computes it again) so a list decided on other data is refused before any file is touched.
        const { dataFingerprint } = reportDataOf(source);
        const latest = (await loadSignedLists(workspace, office.fingerprint)).at(-1);
        if (latest === undefined) return refusal(locale, NO_SIGNED_LIST, { session: session.name });
        if (latest.payload.dataFingerprint !== dataFingerprint) return refusal(locale, LIST_OUTDATED, { version: latest.payload.version });

        const written = await writeReports(source, folder, {
          locale,
          ...(kinds === undefined ? {} : { kinds }),
          signedList: latest,
          onProgress: (done, total, label) => call.progress(done, total, label),
          signal: call.signal,
        });
        await appendAudit(workspace, [auditDraft(folder, written, latest)], { actor: office.fingerprint, recordedAt: new Date().toISOString() });
        return {
          ok: true as const,
          dataFingerprint: written.dataFingerprint,
          list: { version: latest.payload.version, hash: latest.hash },
          files: written.files,
        };
      } catch (cause) {
        // A key, workspace or list that cannot be read, a folder that cannot be made or written (disk full,
        // no permission): each FileError names the file or folder and says what to do.
        if (cause instanceof FileError) return fileRefusal(locale, cause.problem);
        throw cause;
      }
    },
  };
}

/** A sent session's findings, under its code. */
const problemsRefusal = (code: string, messages: string[]): Refusal => ({ ok: false, code, messages });
