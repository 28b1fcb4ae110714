// Appending audit entries for events that change nothing else in the workspace (a session file written, a
// suggestion list signed, reports written): the same commit as an import batch with no scores, so the log
// and the index's anchor move together or not at all.
import type { AuditDraft, AuditEntry } from '../../shared/office/audit-log';
import { exclusive } from '../exchange/exclusive';
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

/** The one key every task that commits to a session's workspace runs under. */
export const workspaceTaskKey = (workspace: OfficeWorkspace): string => workspace.dir;
