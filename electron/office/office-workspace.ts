// The office's state for one session, on disk under `<dataDir>/sessions/<session>/` (session-dir.ts):
//   office-state.json          the index: held exports, seen content, audit-log anchor (the commit point)
//   audit-log.json             the hash-chained audit log of accepted imports
//   scores/<exportHash>.rdscores  each accepted export's signed object, content-addressed
// A scores file is stored as its signed object (the file's own bytes when it came unencrypted, the
// decrypted plaintext when it came encrypted): its SHA-256 is then its name, and it verifies with the
// expert's public key alone, so loading needs no secret and an archive of the folder stays checkable.
// The disk is the truth: every operation loads the state afresh, hashing every held export again (its
// signature is checked once per process: see verifyHeld).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { join } from 'node:path';
import { readScoresFile } from '../../shared/files/scores-file';
import { verifyChain, type AuditLog } from '../../shared/office/audit-log';
import { officeStateOf, type OfficeState } from '../../shared/office/office-state';
import type { VerifiedScoresFile } from '../../shared/office/verified-scores-file';
import { error } from '../../shared/problems';
import { sessionDirOf } from '../exchange/session-dir';
import { detailOf, errnoCode, FileError } from '../files/file-error';
import { nodeFileSystem, type FileSystem } from '../files/file-system-port';
import { emptyIndex, parseAuditLog, parseIndex, type WorkspaceIndex } from './workspace-files';

export interface OfficeWorkspace {
  readonly dataDir: string;
  readonly sessionId: string;
  /** The session's folder in the data directory. */
  readonly dir: string;
  /** File operations (tests inject faults here). */
  readonly fs: FileSystem;
}

export function openOfficeWorkspace(dataDir: string, sessionId: string, options: { fs?: FileSystem } = {}): OfficeWorkspace {
  return { dataDir, sessionId, dir: sessionDirOf(dataDir, sessionId), fs: options.fs ?? nodeFileSystem };
}

export const indexPathOf = (workspace: OfficeWorkspace): string => join(workspace.dir, 'office-state.json');
/**
 * The signed session file exactly as the office sent it to the experts (written by the office UI's export):
 * collecting and reporting read the roster, the standard and the quota from it, never from a draft that may
 * have changed since.
 */
export const sessionFilePathOf = (workspace: OfficeWorkspace): string => join(workspace.dir, 'session.rdsession');
export const auditLogPathOf = (workspace: OfficeWorkspace): string => join(workspace.dir, 'audit-log.json');
export const scoresDirOf = (workspace: OfficeWorkspace): string => join(workspace.dir, 'scores');
export const scoresPathOf = (workspace: OfficeWorkspace, exportHash: string): string =>
  join(scoresDirOf(workspace), `${exportHash}.rdscores`);

/** What the workspace holds, as committed. */
export interface WorkspaceSnapshot {
  readonly index: WorkspaceIndex;
  readonly state: OfficeState;
  /** Content hash of a file as it arrived → the export hash it held. */
  readonly seen: ReadonlyMap<string, string>;
  /** The committed audit log (entries past the index's anchor are left out: they never committed). */
  readonly auditLog: AuditLog;
}

export const sha256Hex = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

/** The file's bytes, or null when it does not exist; a FileError when it cannot be read. */
export async function readIfPresent(fs: FileSystem, path: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(path);
  } catch (cause) {
    if (errnoCode(cause) === 'ENOENT') return null;
    throw new FileError(error('exchange.workspace.cannotRead', path, { path, detail: detailOf(cause) }), cause);
  }
}

/**
 * Held exports whose signature this process has already checked, by export hash. A stored file is read and
 * hashed at every load; bytes with the same SHA-256 are the same bytes, so their signature (milliseconds
 * each, for every held export, at every import) need not be checked again. Bounded, as a safety net only.
 */
const verifiedHeld = new Map<string, VerifiedScoresFile>();
const VERIFIED_HELD_LIMIT = 20_000;

function verifyHeld(bytes: Uint8Array, exportHash: string): VerifiedScoresFile | null {
  const cached = verifiedHeld.get(exportHash);
  if (cached) return cached;
  const read = readScoresFile(bytes);
  if (!read.ok || read.file.exportHash !== exportHash) return null;
  const { signerFingerprint, payload } = read.file;
  if (verifiedHeld.size >= VERIFIED_HELD_LIMIT) verifiedHeld.clear();
  const verified: VerifiedScoresFile = { exportHash, signerFingerprint, payload };
  verifiedHeld.set(exportHash, verified);
  return verified;
}

async function loadHeld(workspace: OfficeWorkspace, exportHash: string): Promise<VerifiedScoresFile> {
  const path = scoresPathOf(workspace, exportHash);
  const bytes = await readIfPresent(workspace.fs, path);
  const verified = bytes && sha256Hex(bytes) === exportHash ? verifyHeld(bytes, exportHash) : null;
  if (!verified) throw new FileError(error('exchange.workspace.scoresFileDamaged', path, { path }));
  return verified;
}

async function loadAuditLog(workspace: OfficeWorkspace, index: WorkspaceIndex): Promise<AuditLog> {
  const path = auditLogPathOf(workspace);
  const bytes = await readIfPresent(workspace.fs, path);
  const entries = bytes === null ? [] : parseAuditLog(bytes, workspace.sessionId);
  // The message counts entries from 1, as the audit log view numbers them.
  if (entries === null) throw new FileError(error('exchange.workspace.auditLogDamaged', path, { path, index: 1 }));
  const committed = entries.slice(0, index.auditLog.length);
  const check = verifyChain(committed, index.auditLog);
  if (!check.ok) throw new FileError(error('exchange.workspace.auditLogDamaged', path, { path, index: check.brokenAt + 1 }));
  return committed;
}

/** Reads and checks the workspace; a session with nothing imported yet is an empty one. Throws a FileError. */
export async function loadWorkspace(workspace: OfficeWorkspace): Promise<WorkspaceSnapshot> {
  const path = indexPathOf(workspace);
  const bytes = await readIfPresent(workspace.fs, path);
  const index = bytes === null ? emptyIndex(workspace.sessionId) : parseIndex(bytes, workspace.sessionId);
  if (index === null) throw new FileError(error('exchange.workspace.indexDamaged', path, { path }));
  const auditLog = await loadAuditLog(workspace, index);
  const held: VerifiedScoresFile[] = [];
  for (const exportHash of index.held) held.push(await loadHeld(workspace, exportHash));
  return { index, state: officeStateOf(held), seen: new Map(Object.entries(index.seen)), auditLog };
}
