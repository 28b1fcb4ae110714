// Appending audit entries for events that change nothing else in the workspace (a session file written, a
// suggestion list signed, reports written): the same commit as an import batch with no scores, so the log
// and the index's anchor move together or not at all.
import type { AuditDraft, AuditEntry } from '../../shared/office/audit-log';
import type { Problem } from '../../shared/problems';
import { exclusive } from '../exchange/exclusive';
import { FileError } from '../files/file-error';
import { commitImport } from './commit-import';
import { loadWorkspace, type OfficeWorkspace } from './office-workspace';

/**
 * Loads the workspace afresh and appends `drafts`, one workspace task at a time (the key imports use too, so
 * an import and an audit append never build on the same index). Throws a FileError when it cannot.
 */
export function appendAudit(workspace: OfficeWorkspace, drafts: readonly AuditDraft[], by: Pick<AuditEntry, 'actor' | 'recordedAt'>): Promise<void> {
  return exclusive(workspaceTaskKey(workspace), async () => {
    const before = await loadWorkspace(workspace);
    await commitImport(workspace, before, [], drafts, by);
  });
}

/**
 * appendAudit for an event that has already happened (a file written, a list signed): a log that will not take
 * the entry must not turn the safe, checked result into a failure the clerk would redo for nothing, so its
 * problem is returned for the answer to carry as a warning; null when the entry is in.
 */
export function appendAuditAfter(workspace: OfficeWorkspace, drafts: readonly AuditDraft[], by: Pick<AuditEntry, 'actor' | 'recordedAt'>): Promise<Problem | null> {
  return appendAudit(workspace, drafts, by).then(
    () => null,
    (cause: unknown) => {
      if (cause instanceof FileError) return cause.problem;
      throw cause;
    },
  );
}

/** The one key every task that commits to a session's workspace runs under. */
export const workspaceTaskKey = (workspace: OfficeWorkspace): string => workspace.dir;
