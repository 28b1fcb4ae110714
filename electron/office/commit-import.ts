// Persisting an import batch all or nothing. Order, each step atomic and read back (writeFileVerified):
//   1. each newly accepted export's signed object → scores/<exportHash>.rdscores;
//   2. the audit log, the committed one plus this batch's entries;
//   3. the index (held, seen, audit anchor) — the commit point.
// A failure or crash before 3 completes leaves the old index, which names neither the new scores files
// (orphans: content-addressed, harmless, rewritten with the same bytes if the export comes again) nor
// the new log entries (past its anchor, so ignored on load and replaced at the next commit). After 3 the
// batch is in. There is no moment at which the index names something not yet safely on disk.
import { mkdir } from 'node:fs/promises';
import { appendDrafts, chainAnchor, type AuditDraft, type AuditEntry } from '../../shared/office/audit-log';
import type { VerifiedScoresFile } from '../../shared/office/verified-scores-file';
import { writeFileVerified } from '../files/write-verified';
import {
  auditLogPathOf,
  indexPathOf,
  scoresDirOf,
  scoresPathOf,
  sha256Hex,
  type OfficeWorkspace,
  type WorkspaceSnapshot,
} from './office-workspace';
import { auditLogBytes, indexBytes, indexWith, parseAuditLog, parseIndex } from './workspace-files';

/** Office data is not for other users of the computer. */
const PRIVATE_FILE = 0o600;
const PRIVATE_DIR = 0o700;

export interface AcceptedFile {
  readonly file: VerifiedScoresFile;
  /** The signed object's canonical JSON: what is stored, and whose SHA-256 is the export hash. */
  readonly signedBytes: Uint8Array;
  /** SHA-256 of the file as it arrived, for the seen set. */
  readonly contentHash: string;
}

export async function commitImport(
  workspace: OfficeWorkspace,
  before: WorkspaceSnapshot,
  accepted: readonly AcceptedFile[],
  drafts: readonly AuditDraft[],
  by: Pick<AuditEntry, 'actor' | 'recordedAt'>,
): Promise<void> {
  const { fs, sessionId } = workspace;
  // A folder that cannot be made shows up as the first write's error, which says why in the user's terms.
  await mkdir(scoresDirOf(workspace), { recursive: true, mode: PRIVATE_DIR }).catch(() => undefined);
  for (const { file, signedBytes } of accepted) {
    const verify = (readBack: Uint8Array): boolean => sha256Hex(readBack) === file.exportHash;
    await writeFileVerified(scoresPathOf(workspace, file.exportHash), signedBytes, verify, { fs, mode: PRIVATE_FILE });
  }

  const log = appendDrafts(before.auditLog, drafts, by);
  const logBytes = auditLogBytes(sessionId, log);
  await writeFileVerified(auditLogPathOf(workspace), logBytes, (readBack) => parseAuditLog(readBack, sessionId) !== null, {
    fs,
    mode: PRIVATE_FILE,
  });

  const held = [...before.index.held, ...accepted.map((a) => a.file.exportHash)];
  const seen = { ...before.index.seen, ...Object.fromEntries(accepted.map((a) => [a.contentHash, a.file.exportHash])) };
  const index = indexWith(sessionId, held, seen, chainAnchor(log));
  await writeFileVerified(indexPathOf(workspace), indexBytes(index), (readBack) => parseIndex(readBack, sessionId) !== null, {
    fs,
    mode: PRIVATE_FILE,
  });
}
