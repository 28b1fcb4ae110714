// The office's audit log through the host API (shared/contract/office-audit-spec.ts): read the session's log
// with a plain line per entry, and export it (workbook + raw JSON) into a folder, the export itself then
// entered in the log. The session is the one this office sent (sent-session.ts); the log is read without the
// rest of the workspace (read-audit-log.ts), and a log that does not verify is refused, never shown as whole.
import { stat } from 'node:fs/promises';
import type { SessionPayload } from '../../../shared/files/session-payload';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { AuditLog } from '../../../shared/office/audit-log';
import { auditActionLabel, auditActorLabel, describeAuditEntry } from '../../../shared/office/audit-description';
import type { AuditLogEntryView } from '../../../shared/contract/office-audit-spec';
import { safeNamePart } from '../../exchange/safe-file-name';
import { appendAuditAfter } from '../../office/commit-audit';
import { exportAuditFiles } from '../../office/export-audit-log';
import { readAuditLog, type AuditLogRead } from '../../office/read-audit-log';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { officeAccess } from './office-access';
import { refusal, type Refusal } from './refusal';

/** Session names can be long; the file name keeps the start (ext4 allows 255 bytes, Chinese is 3 each). */
const NAME_CHARS = 40;

type Office = { readonly name: string; readonly fingerprint: string };

/** The log as people read it: each entry with its actor's and action's words and its one-line description. */
function entryViews(locale: Locale, log: AuditLog, session: SessionPayload, office: Office): AuditLogEntryView[] {
  const names = new Map(session.roster.map((entry) => [entry.expertId, entry.name]));
  return log.map((entry) => {
    const { description, expertId } = describeAuditEntry(locale, entry, names);
    return {
      index: entry.index,
      recordedAt: entry.recordedAt,
      actor: entry.actor,
      actorLabel: auditActorLabel(locale, entry.actor, office),
      action: entry.action,
      description,
      ...(expertId === undefined ? {} : { expertId }),
      hash: entry.hash,
      previousHash: entry.previousHash,
    };
  });
}

/** The refusal for a log that cannot be trusted: where it breaks, and to keep the folder for whoever checks it. */
function damagedRefusal(locale: Locale, read: Extract<AuditLogRead, { ok: false }>, folder: string): Refusal & { brokenAt?: number } {
  if (read.reason === 'unreadable') return refusal(locale, 'officeAudit.unreadable', { path: read.path, folder });
  return { ...refusal(locale, 'officeAudit.damaged', { entry: read.brokenAt + 1, folder }), brokenAt: read.brokenAt };
}

/** `2026-11-28` in this computer's time zone: the day the clerk sees on the calendar. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function officeAuditServices(context: HostContext): Pick<HostServices, 'officeAuditLog' | 'exportAuditLog'> {
  const { sentSession, onWorkspace } = officeAccess(context);

  return {
    officeAuditLog: async ({ sessionId }, call) => {
      const { locale } = call;
      return onWorkspace(locale, async () => {
        const sent = await sentSession(locale, sessionId);
        if (!sent.ok) return sent;
        const { session, workspace, office } = sent;
        const read = await readAuditLog(workspace);
        if (!read.ok) return damagedRefusal(locale, read, workspace.dir);
        return {
          ok: true as const,
          sessionName: session.name,
          entries: entryViews(locale, read.log, session, office.identity),
          anchor: read.anchor,
        };
      });
    },

    exportAuditLog: async ({ sessionId, folder }, call) => {
      const { locale } = call;
      return onWorkspace(locale, async () => {
        const sent = await sentSession(locale, sessionId);
        if (!sent.ok) return sent;
        const { session, workspace, office } = sent;
        // Checked first so the clerk hears "no such folder", not a write error about a file inside it.
        const kind = await stat(folder).then((s) => (s.isDirectory() ? 'folder' : 'other'), () => 'missing');
        if (kind === 'missing') return refusal(locale, 'officeAudit.export.folderMissing', { folder });
        if (kind === 'other') return refusal(locale, 'officeAudit.export.notFolder', { folder });

        const read = await readAuditLog(workspace);
        if (!read.ok) return damagedRefusal(locale, read, workspace.dir);
        const { log, anchor } = read;
        const views = entryViews(locale, log, session, office.identity);
        const now = new Date();
        const stem = translate(locale, 'officeAudit.export.fileName', { session: safeNamePart(session.name, NAME_CHARS), date: localDate(now) });
        call.signal.throwIfAborted();
        const files = await exportAuditFiles({
          locale,
          sessionId,
          folder,
          fileStem: safeNamePart(stem, NAME_CHARS + 20),
          log,
          anchor,
          rows: views.map((view) => ({ ...view, actionLabel: auditActionLabel(locale, view.action) })),
          facts: { sessionName: session.name, sessionId, exportedAt: now.toISOString() },
        });

        // The files are written and checked whatever happens next; a log that will not take the entry is
        // reported beside them rather than turning a safe export into a failure the clerk would redo.
        const details = { path: files.workbookPath, jsonPath: files.jsonPath, entries: anchor.length, headHash: anchor.headHash };
        const by = { actor: office.identity.fingerprint, recordedAt: new Date().toISOString() };
        const problem = await appendAuditAfter(workspace, [{ action: 'auditLogExported', details }], by);
        const logged =
          problem === null
            ? { logged: true, messages: [] }
            : { logged: false, messages: [translate(locale, 'officeAudit.export.notLogged', { message: describeProblem(locale, problem) })] };
        return { ok: true as const, ...files, entries: anchor.length, anchor, ...logged };
      });
    },
  };
}
