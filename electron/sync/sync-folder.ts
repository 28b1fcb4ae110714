// The office's side of a sync folder: look at every `*.rdscores` in it, skip content already taken in, and
// import the rest. Files are told apart by the SHA-256 of their bytes: names and modification times on a
// USB stick or a share are not trusted (a copy can keep a name and change its bytes, or the reverse, and
// FAT clocks are whatever the last laptop said). No lock files, no clocks: the expert's writes are atomic
// renames (a file is whole or absent under its name), and a file that arrives by a slow hand copy and is
// still half there reads as unreadable now, is reported, and is not remembered, so the next scan tries it
// again. Only accepted content joins the seen set (it is committed with the import); a refused file is
// looked at again at every scan, and reported again, until someone removes it or the roster is put right.
import { SCORES_FILE_MAX_BYTES } from '../../shared/files/scores-file';
import type { OfficeMessage } from '../../shared/office/import-outcome';
import { expertLabel } from '../../shared/office/roster';
import { error } from '../../shared/problems';
import { detailOf, FileError } from '../files/file-error';
import { SCORES_EXTENSION } from '../expert/export-file-name';
import { importScoresSources, type ImportOptions, type ScoresSource } from '../office/import-scores-files';
import type { ImportReport } from '../office/import-report';
import { loadWorkspace, sha256Hex, type OfficeWorkspace } from '../office/office-workspace';
import type { BoundedRead } from '../exchange/read-bounded';
import type { SyncFolder } from './sync-folder-port';

export interface AlreadyImportedFile {
  readonly path: string;
  readonly contentHash: string;
  readonly exportHash: string;
  readonly message: OfficeMessage;
}

export interface SyncScanReport {
  readonly folder: string;
  /** Files whose exact bytes were taken in before: not verified or imported again. */
  readonly alreadyImported: readonly AlreadyImportedFile[];
  /** Every other scores file, imported as one batch (unreadable ones included: they are tried again next time). */
  readonly imported: ImportReport;
  readonly message: OfficeMessage;
}

/** Scores files by name; hidden files are skipped (our own temp files, macOS `._` copies on FAT sticks). */
export function isScoresFileName(name: string): boolean {
  return !name.startsWith('.') && name.toLowerCase().endsWith(SCORES_EXTENSION);
}

async function listScoresFiles(folder: SyncFolder): Promise<string[]> {
  try {
    return (await folder.list()).filter(isScoresFileName);
  } catch (cause) {
    throw new FileError(error('exchange.folder.cannotList', folder.location, { path: folder.location, detail: detailOf(cause) }), cause);
  }
}

/** A read made once, handed to the import as its source (so the bytes verified are the bytes hashed). */
async function readOnce(folder: SyncFolder, name: string): Promise<{ read: BoundedRead } | { failure: unknown }> {
  try {
    return { read: await folder.read(name, SCORES_FILE_MAX_BYTES) };
  } catch (cause) {
    return { failure: cause };
  }
}

export async function scanSyncFolder(folder: SyncFolder, workspace: OfficeWorkspace, options: ImportOptions): Promise<SyncScanReport> {
  const names = await listScoresFiles(folder);
  const { seen, state } = await loadWorkspace(workspace);
  const alreadyImported: AlreadyImportedFile[] = [];
  const sources: ScoresSource[] = [];
  for (const name of names) {
    const path = folder.pathOf(name);
    const attempt = await readOnce(folder, name);
    if ('failure' in attempt) {
      sources.push({ path, read: () => Promise.reject(attempt.failure) });
      continue;
    }
    const { read } = attempt;
    const contentHash = read.ok ? sha256Hex(read.bytes) : undefined;
    const exportHash = contentHash === undefined ? undefined : seen.get(contentHash);
    const held = state.held.find((f) => f.exportHash === exportHash);
    if (contentHash === undefined || held === undefined) {
      sources.push({ path, read: () => Promise.resolve(read) });
      continue;
    }
    const params = { expert: expertLabel(options.roster, held.payload.expertId), sequence: held.payload.sequence };
    alreadyImported.push({ path, contentHash, exportHash: held.exportHash, message: { code: 'exchange.alreadyImported', params } });
  }
  const imported = await importScoresSources(workspace, sources, options);
  return { folder: folder.location, alreadyImported, imported, message: scanSummary(folder.location, alreadyImported.length, imported) };
}

function scanSummary(folder: string, alreadyImported: number, imported: ImportReport): OfficeMessage {
  const { accepted, unreadable } = imported.counts;
  const params = {
    folder,
    total: alreadyImported + imported.total,
    alreadyImported,
    processed: imported.total,
    accepted,
    refused: imported.total - accepted - unreadable,
    unreadable,
  };
  return { code: 'exchange.scanSummary', params };
}
