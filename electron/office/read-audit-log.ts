// Reading a session's audit log for people to look at (the office's audit view and its export). Unlike
// loadWorkspace it reads only the index and the log — a damaged scores file elsewhere in the workspace must
// not hide the very record someone would consult to find out what happened — and it says how the log is
// broken instead of throwing: a log that does not parse, or a chain that does not verify (with the entry).
import { verifyChain, type AuditLog, type ChainAnchor } from '../../shared/office/audit-log';
import { error } from '../../shared/problems';
import { FileError } from '../files/file-error';
import { auditLogPathOf, indexPathOf, readIfPresent, type OfficeWorkspace } from './office-workspace';
import { emptyIndex, parseAuditLog, parseIndex } from './workspace-files';

export type AuditLogRead =
  | { readonly ok: true; readonly log: AuditLog; readonly anchor: ChainAnchor }
  /** The log file is there but is not this session's audit log (not JSON, a field of the wrong kind…). */
  | { readonly ok: false; readonly reason: 'unreadable'; readonly path: string }
  /** The chain does not verify from `brokenAt` (0-based) on, or is shorter than the index's anchor says. */
  | { readonly ok: false; readonly reason: 'broken'; readonly path: string; readonly brokenAt: number };

/**
 * The committed entries (those the index anchors) checked against the index's anchor. Throws a FileError
 * when a file cannot be read at all or the index is damaged (as loadWorkspace does).
 */
export async function readAuditLog(workspace: OfficeWorkspace): Promise<AuditLogRead> {
  // The index first, then the log: commits write the log before the index, so a log read after its index
  // holds at least the anchored entries (read the other way round, a commit in between would look like a cut).
  const indexPath = indexPathOf(workspace);
  const indexBytes = await readIfPresent(workspace.fs, indexPath);
  const index = indexBytes === null ? emptyIndex(workspace.sessionId) : parseIndex(indexBytes, workspace.sessionId);
  if (index === null) throw new FileError(error('exchange.workspace.indexDamaged', indexPath, { path: indexPath }));

  const path = auditLogPathOf(workspace);
  const bytes = await readIfPresent(workspace.fs, path);
  const entries = bytes === null ? [] : parseAuditLog(bytes, workspace.sessionId);
  if (entries === null) return { ok: false, reason: 'unreadable', path };
  // Entries past the anchor belong to a commit that never finished: not part of the log.
  const committed = entries.slice(0, index.auditLog.length);
  const check = verifyChain(committed, index.auditLog);
  if (!check.ok) return { ok: false, reason: 'broken', path, brokenAt: check.brokenAt };
  return { ok: true, log: committed, anchor: { length: committed.length, headHash: committed[committed.length - 1]?.hash ?? null } };
}
