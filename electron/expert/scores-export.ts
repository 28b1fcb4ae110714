// The expert's export (shared/files/README.md): a complete snapshot of their sheets for one session, signed,
// optionally encrypted to the office, numbered 1, 2, 3… with the previous export's hash, written into a
// folder (a USB stick, a shared folder) so it is whole or absent, and read back before we say it is safe.
//
// Crash windows. The danger is one number for two different contents: export 4 reaches the USB stick, we
// crash before recording it, and the next export is numbered 4 again, which the office must refuse as a
// fork. So the number is taken *before* the file exists:
//   1. build the file (number = the highest recorded for this expert + 1, previousHash = its hash);
//   2. write the record with this export `reserved` (atomic: old record or new, never torn);
//   3. write the export into the folder (atomic, read back, verified);
//   4. mark it `written` in the record.
// A crash before 2 leaves nothing: the file was never written and the number never taken. A crash between
// 2 and 4 leaves the number taken, with or without its file; the next export takes the number after it
// and names the reserved export as its previous one. If that file did reach the office, the chain follows
// on from it; if it did not, the office holds no export at that number to compare with and accepts the
// gap (each export is a full snapshot). Either way no number is ever given to two contents. A failed step
// 4 leaves the export safe but still `reserved`, which is what a crash would leave: that is reported
// (`recorded: false`), not thrown, since the file in the folder is good and will be imported.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EncryptionRecipient } from '../../shared/crypto/encrypted-envelope';
import type { SigningKey } from '../../shared/crypto/signer';
import { buildScoresFile, type BuiltScoresFile, type ScoresPayloadInput } from '../../shared/files/scores-file';
import { error } from '../../shared/problems';
import { exclusive } from '../exchange/exclusive';
import { FileError } from '../files/file-error';
import { nodeFileSystem, type FileSystem } from '../files/file-system-port';
import type { SyncFolder } from '../sync/sync-folder-port';
import { exportFileName } from './export-file-name';
import { exportRecordPath, lastExportOf, readExportRecord, withEntry, writeExportRecord, type ExportEntry } from './export-record';
import { exportVerifier, selfCheck } from './export-check';

export interface ExportScoresRequest {
  dataDir: string;
  sessionId: string;
  standardFingerprint: string;
  expertId: string;
  /** All of the expert's sheets for the session: each export is a complete snapshot. */
  sheets: readonly ScoresPayloadInput['sheets'][number][];
  signer: SigningKey;
  /** The office's key (recipientFromSigningKey of the key that signed the session file). */
  encryptTo?: EncryptionRecipient;
  /** Where the file goes: nodeSyncFolder(path) for a folder on disk. */
  folder: SyncFolder;
  /** The clock, for the informational `createdAt` only (tests). */
  now?: () => Date;
  /** The data directory's file operations (tests inject faults here). */
  fs?: FileSystem;
}

export interface ExportedScores {
  sequence: number;
  previousHash: string | null;
  exportHash: string;
  fileName: string;
  /** Where the file is, as the folder names it. */
  path: string;
  encrypted: boolean;
  /** False when the file is safe but the record still says `reserved` (marking it written failed). */
  recorded: boolean;
}

/** Builds and writes the expert's next export. Throws a FileError (message in Chinese) when it is not safe. */
export function exportScores(request: ExportScoresRequest): Promise<ExportedScores> {
  return exclusive(exportRecordPath(request.dataDir, request.sessionId), () => exportNext(request));
}

function buildNext(request: ExportScoresRequest, sequence: number, previousHash: string | null): BuiltScoresFile {
  const { sessionId, standardFingerprint, expertId, sheets, signer, encryptTo } = request;
  const createdAt = (request.now ?? (() => new Date()))().toISOString();
  const payload = { sessionId, standardFingerprint, expertId, sequence, previousHash, createdAt, sheets: [...sheets] };
  const built = buildScoresFile(payload, signer, encryptTo ? { encryptTo } : {});
  // An encrypted file cannot be opened here (only the office key can), so its signed content is checked now;
  // a plain file gets the same reading from the folder's read-back (export-check.ts).
  const problem = encryptTo ? selfCheck(payload, signer, built.exportHash) : null;
  if (problem !== null) throw new FileError(error('exchange.export.selfCheckFailed', sessionId, { detail: problem }));
  return built;
}

async function exportNext(request: ExportScoresRequest): Promise<ExportedScores> {
  const fs = request.fs ?? nodeFileSystem;
  const recordPath = exportRecordPath(request.dataDir, request.sessionId);
  const record = await readExportRecord(recordPath, request.sessionId, fs);
  const last = lastExportOf(record, request.expertId);
  const sequence = (last?.sequence ?? 0) + 1;
  const previousHash = last?.exportHash ?? null;
  const built = buildNext(request, sequence, previousHash);
  const fileName = exportFileName(request.sessionId, request.expertId, sequence, built.exportHash);
  const reserved: ExportEntry = { expertId: request.expertId, sequence, exportHash: built.exportHash, fileName, state: 'reserved' };

  // A folder that cannot be made shows up as the record write's error, which says why in the user's terms.
  await mkdir(dirname(recordPath), { recursive: true, mode: 0o700 }).catch(() => undefined);
  const reservedRecord = withEntry(record, reserved);
  await writeExportRecord(recordPath, reservedRecord, fs);
  await request.folder.write(fileName, built.bytes, exportVerifier(built, sequence, request.encryptTo));
  const recorded = await writeExportRecord(recordPath, withEntry(reservedRecord, { ...reserved, state: 'written' }), fs).then(
    () => true,
    () => false,
  );
  return {
    sequence,
    previousHash,
    exportHash: built.exportHash,
    fileName,
    path: request.folder.pathOf(fileName),
    encrypted: request.encryptTo !== undefined,
    recorded,
  };
}
