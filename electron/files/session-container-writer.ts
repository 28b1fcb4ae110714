// Writing the office's `.rdsession` for the experts: DESIGN.md §5 "write to a temp file, fsync, rename,
// then read back and verify before saying the file is safe", for a file too large to hold in memory
// (write-verified.ts is the same rule for files that fit). The payload is checked first, so we never
// write a container our own reader refuses. The container is read back through that reader, in full
// (signature, identity, every document's length and hash), twice: under its temporary name, so a bad
// write never replaces a file already at the target; and under its final name, so "saved" means
// readable where the user will look.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { SigningKey } from '../../shared/crypto/signer';
import { buildSessionFile, type SessionPayloadInput } from '../../shared/files/session-file';
import { sessionPayloadSchema, type SessionPayload } from '../../shared/files/session-payload';
import { error, type Problem } from '../../shared/problems';
import { zodIssuesToProblems } from '../../shared/standard/schema-problems';
import { fingerprintOf, groupedFingerprint } from '../../shared/util/fingerprint';
import { refused, type ImportRefused } from '../package/import-types';
import type { ZipLimits } from '../package/zip-limits';
import type { BlobStore } from '../store/blob-store';
import { nodeStoreFileSystem, type StoreFileSystem } from '../store/store-fs';
import { detailOf } from './file-error';
import { containerDocuments, SESSION_ENTRY, type ContainerDocument } from './session-container-layout';
import { readSessionContainer } from './session-container-reader';
import { writeContainerFile } from './session-container-zip';

export interface WriteSessionOptions {
  /** The file operations of the write (tests fail chosen ones); the blobs are read through the store's own. */
  files?: StoreFileSystem;
  /** Limits for the read-back; the same as a reader's by default. */
  limits?: Partial<ZipLimits>;
}

export type WriteSessionOutcome =
  | { ok: true; exportHash: string; officeFingerprint: string; documents: number; bytes: number }
  | ImportRefused;

/** What our reader would refuse in the payload itself, as problems (empty when it is fine). */
function payloadProblems(payload: SessionPayload, signer: SigningKey): Problem[] {
  const problems: Problem[] = [];
  if (payload.office.fingerprint !== signer.fingerprint) {
    const params = { claimed: groupedFingerprint(payload.office.fingerprint), signer: groupedFingerprint(signer.fingerprint) };
    problems.push(error('session.write.officeKeyMismatch', 'office.fingerprint', params));
  }
  const actual = fingerprintOf(payload.standard);
  if (payload.standardFingerprint !== actual) {
    const params = { declared: groupedFingerprint(payload.standardFingerprint), actual: groupedFingerprint(actual) };
    problems.push(error('session.write.standardFingerprint', 'standardFingerprint', params));
  }
  for (const { sha256, title } of containerDocuments(payload).sizeConflicts) {
    problems.push(error('session.container.sizeConflict', SESSION_ENTRY, { sha256, title }));
  }
  return problems;
}

async function missingBlobs(documents: readonly ContainerDocument[], store: BlobStore): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { sha256, application, title } of documents) {
    if (!(await store.has(sha256))) problems.push(error('session.write.documentMissing', sha256, { application, title, sha256 }));
  }
  return problems;
}

/** Null when the container at `path` reads back as exactly what was written; otherwise why not. */
async function readBackProblems(path: string, exportHash: string, documents: number, limits: Partial<ZipLimits> | undefined): Promise<Problem[] | null> {
  const read = await readSessionContainer(path, { limits });
  if (!read.ok) return read.problems;
  if (read.signed.exportHash !== exportHash || read.documents.length !== documents) {
    return [error('session.container.io', path, { detail: 'the container read back is not the one written' })];
  }
  return null;
}

const removeQuietly = (files: StoreFileSystem, path: string): Promise<void> => files.removeFile(path).catch(() => undefined);

async function place(
  path: string,
  sessionBytes: Uint8Array,
  exportHash: string,
  documents: readonly ContainerDocument[],
  store: BlobStore,
  options: WriteSessionOptions,
): Promise<ImportRefused | { bytes: number }> {
  const files = options.files ?? nodeStoreFileSystem;
  // Same folder, so the rename stays on one file system and is atomic; hidden, so no one opens it by mistake.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let bytes: number;
  try {
    bytes = await writeContainerFile(temp, sessionBytes, documents, store, files);
    const unreadable = await readBackProblems(temp, exportHash, documents.length, options.limits);
    if (unreadable !== null) {
      await removeQuietly(files, temp);
      return refused([error('session.write.verifyFailed', path, { path }), ...unreadable]);
    }
    await files.rename(temp, path);
  } catch (cause) {
    await removeQuietly(files, temp);
    return refused([error('session.write.failed', path, { path, detail: detailOf(cause) })]);
  }
  // From here the target is the new file: a failure means a file we cannot vouch for, so it goes.
  try {
    await files.syncDir(dirname(path));
    const unreadable = await readBackProblems(path, exportHash, documents.length, options.limits);
    if (unreadable !== null) throw new Error(`read back: ${unreadable.map((problem) => problem.code).join(', ')}`);
  } catch (cause) {
    await removeQuietly(files, path);
    return refused([error('session.write.notConfirmed', path, { path, detail: detailOf(cause) })]);
  }
  return { bytes };
}

/**
 * Writes the session and every document it lists into a `.rdsession` container at `path`. Never throws:
 * a payload that is wrong, a document the store lacks, and any failure to write or verify the file come
 * back as a refusal; on a refusal no container is left at `path` (any previous file there is untouched,
 * unless the new one had already replaced it and then failed its final check).
 */
export async function writeSessionContainer(
  path: string,
  payload: SessionPayloadInput,
  officeSigner: SigningKey,
  blobStore: BlobStore,
  options: WriteSessionOptions = {},
): Promise<WriteSessionOutcome> {
  const parsed = sessionPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    const details = zodIssuesToProblems(parsed.error.issues, payload);
    return refused([error('session.write.payloadInvalid', details[0]?.where ?? '(root)', { count: details.length }), ...details]);
  }
  const invalid = payloadProblems(parsed.data, officeSigner);
  if (invalid.length > 0) return refused(invalid);
  const { documents } = containerDocuments(parsed.data);
  try {
    const missing = await missingBlobs(documents, blobStore);
    if (missing.length > 0) return refused(missing);
  } catch (cause) {
    return refused([error('session.write.failed', path, { path, detail: detailOf(cause) })]);
  }
  const built = buildSessionFile(payload, officeSigner);
  const placed = await place(path, built.bytes, built.exportHash, documents, blobStore, options);
  if ('ok' in placed) return placed;
  return { ok: true, exportHash: built.exportHash, officeFingerprint: officeSigner.fingerprint, documents: documents.length, bytes: placed.bytes };
}
