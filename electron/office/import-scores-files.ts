// Importing experts' scores files into the office workspace: read each (size-limited), verify it with the
// office key, classify the batch against what is held and the roster (classifyBatch), and commit the
// accepted ones all or nothing (commit-import.ts). A batch in which nothing is accepted writes nothing at
// all, so refused files leave the workspace byte for byte as it was; that is also why only accepted
// imports enter the audit log (the report, not the disk, tells the clerk about refusals).
import type { Signer } from '../../shared/crypto/signer';
import { SCORES_FILE_MAX_BYTES } from '../../shared/files/scores-file';
import type { AuditDraft } from '../../shared/office/audit-log';
import { classifyBatch } from '../../shared/office/classify-import';
import type { Roster } from '../../shared/office/roster';
import { detailOf } from '../files/file-error';
import { readBounded, type BoundedRead } from '../exchange/read-bounded';
import { exclusive } from '../exchange/exclusive';
import { workspaceTaskKey } from './commit-audit';
import { commitImport, type AcceptedFile } from './commit-import';
import { importReport, type FileImportResult, type ImportReport } from './import-report';
import { loadWorkspace, sha256Hex, type OfficeWorkspace } from './office-workspace';
import { verifyScoresBytes } from './verify-scores-bytes';

export interface ImportOptions {
  /** Opens files encrypted to the office; its fingerprint is the audit log's actor. */
  officeSigner: Signer;
  roster: Roster;
  /** The clock, for the audit log's `recordedAt` only (tests). */
  now?: () => Date;
}

/** A file to import: where it is (for the report) and how to get its bytes. */
export interface ScoresSource {
  readonly path: string;
  read(maxBytes: number): Promise<BoundedRead>;
}

/** Imports files from disk by path. Throws a FileError only when the workspace cannot be read or written. */
export function importScoresFiles(workspace: OfficeWorkspace, paths: readonly string[], options: ImportOptions): Promise<ImportReport> {
  return importScoresSources(
    workspace,
    paths.map((path) => ({ path, read: (maxBytes: number) => readBounded(path, maxBytes) })),
    options,
  );
}

type Examined =
  | { kind: 'failed'; result: FileImportResult }
  | { kind: 'verified'; path: string; accepted: AcceptedFile };

async function examine(source: ScoresSource, options: ImportOptions): Promise<Examined> {
  const { path } = source;
  let read: BoundedRead;
  try {
    read = await source.read(SCORES_FILE_MAX_BYTES);
  } catch (cause) {
    return { kind: 'failed', result: { path, outcome: 'unreadable', message: { code: 'exchange.read.failed', params: { path, detail: detailOf(cause) } } } };
  }
  if (!read.ok) {
    const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);
    const params = { size: megabytes(read.size), limit: megabytes(SCORES_FILE_MAX_BYTES) };
    return { kind: 'failed', result: { path, outcome: 'unreadable', message: { code: 'crypto.tooLarge', params } } };
  }
  const contentHash = sha256Hex(read.bytes);
  const verified = verifyScoresBytes(read.bytes, options.officeSigner);
  if (!verified.ok) {
    const { outcome, problem } = verified;
    return { kind: 'failed', result: { path, outcome, contentHash, message: { code: problem.code, params: { ...problem.params, where: problem.where } } } };
  }
  return { kind: 'verified', path, accepted: { file: verified.file, signedBytes: verified.signedBytes, contentHash } };
}

/** The same, for files from anywhere (the sync folder hands its files in this way). */
export function importScoresSources(workspace: OfficeWorkspace, sources: readonly ScoresSource[], options: ImportOptions): Promise<ImportReport> {
  return exclusive(workspaceTaskKey(workspace), async () => {
    const before = await loadWorkspace(workspace);
    const examined: Examined[] = [];
    for (const source of sources) examined.push(await examine(source, options));
    const verified = examined.flatMap((e) => (e.kind === 'verified' ? [e] : []));
    const batch = classifyBatch(before.state, verified.map((v) => v.accepted.file), options.roster);

    const results = new Map<Examined, FileImportResult>();
    const accepted: AcceptedFile[] = [];
    const drafts: AuditDraft[] = [];
    for (const [i, item] of verified.entries()) {
      const result = batch.results[i];
      const draft = batch.auditDrafts[i];
      if (!result || !draft) throw new Error('classifyBatch returned fewer results than files');
      const { exportHash, payload } = item.accepted.file;
      const { contentHash } = item.accepted;
      const { outcome, message } = result;
      results.set(item, { path: item.path, outcome, message, contentHash, exportHash, expertId: payload.expertId, sequence: payload.sequence });
      if (outcome === 'accepted') {
        accepted.push(item.accepted);
        drafts.push(draft);
      }
    }
    if (accepted.length > 0) {
      const recordedAt = (options.now ?? (() => new Date()))().toISOString();
      await commitImport(workspace, before, accepted, drafts, { actor: options.officeSigner.fingerprint, recordedAt });
    }
    const files = examined.map((e) => (e.kind === 'failed' ? e.result : results.get(e)));
    return importReport(files.filter((file) => file !== undefined), accepted.length > 0);
  });
}
