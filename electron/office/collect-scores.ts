// Importing what the clerk dropped or pointed at: files and folders, in the order given. Runs of loose files
// form one batch (importScoresFiles' order and all-or-nothing commit: the same file twice is a duplicate the
// second time); each folder is scanned as the sync folder is (bytes already taken in are recognised without
// being verified again). Folders are listed before anything is read, so progress counts every file from the
// start. One line per file, each with its sentence as a key and values; the caller phrases it.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { error } from '../../shared/problems';
import type { OfficeMessage } from '../../shared/office/import-outcome';
import type { FileOutcomeCode } from '../../shared/office/file-outcomes';
import { readBounded } from '../exchange/read-bounded';
import { detailOf } from '../files/file-error';
import { nodeSyncFolder } from '../sync/node-sync-folder';
import { isScoresFileName, scanSyncFolder } from '../sync/sync-folder';
import type { SyncFolder } from '../sync/sync-folder-port';
import { importScoresSources, type ImportOptions } from './import-scores-files';
import type { FileImportResult } from './import-report';
import type { OfficeWorkspace } from './office-workspace';

export interface CollectedFile {
  path: string;
  fileName: string;
  outcome: FileOutcomeCode | 'alreadyHeld';
  message: OfficeMessage;
  expertId?: string;
  sequence?: number;
  exportHash?: string;
}

/** done of total files read so far, and the name of the one being read ('' at the end). */
export type CollectProgress = (done: number, total: number, fileName: string) => void;

type Step = { kind: 'files'; paths: string[] } | { kind: 'folder'; path: string; folder: SyncFolder } | { kind: 'failed'; line: CollectedFile };

const isFolder = (path: string): Promise<boolean> => stat(path).then((s) => s.isDirectory(), () => false);

const lineOf = (file: FileImportResult): CollectedFile => ({
  path: file.path,
  fileName: basename(file.path),
  outcome: file.outcome,
  message: file.message,
  ...(file.expertId === undefined ? {} : { expertId: file.expertId }),
  ...(file.sequence === undefined ? {} : { sequence: file.sequence }),
  ...(file.exportHash === undefined ? {} : { exportHash: file.exportHash }),
});

/** A folder whose listing is taken once (to count) and whose reads report progress. */
function countedFolder(folder: SyncFolder, names: readonly string[], onRead: (name: string) => void): SyncFolder {
  return {
    location: folder.location,
    list: () => Promise.resolve([...names]),
    read: (name, maxBytes) => {
      onRead(name);
      return folder.read(name, maxBytes);
    },
    write: (name, bytes, verify) => folder.write(name, bytes, verify),
    pathOf: (name) => folder.pathOf(name),
  };
}

/** Throws a FileError only when the workspace cannot be read or written (batches before it stay committed). */
export async function collectScores(
  workspace: OfficeWorkspace,
  paths: readonly string[],
  options: ImportOptions,
  onProgress: CollectProgress = () => undefined,
): Promise<CollectedFile[]> {
  let done = 0;
  let total = 0;
  const reading = (path: string): void => {
    onProgress(done, total, basename(path));
    done += 1;
  };
  const steps: Step[] = [];
  for (const path of paths) {
    if (!(await isFolder(path))) {
      const last = steps.at(-1);
      if (last?.kind === 'files') last.paths.push(path);
      else steps.push({ kind: 'files', paths: [path] });
      total += 1;
      continue;
    }
    const folder = nodeSyncFolder(path);
    try {
      const names = (await folder.list()).filter(isScoresFileName);
      total += names.length;
      steps.push({ kind: 'folder', path, folder: countedFolder(folder, names, (name) => reading(folder.pathOf(name))) });
    } catch (cause) {
      const problem = error('exchange.folder.cannotList', path, { path, detail: detailOf(cause) });
      steps.push({ kind: 'failed', line: { path, fileName: basename(path), outcome: 'unreadable', message: { code: problem.code, params: problem.params } } });
    }
  }

  const lines: CollectedFile[] = [];
  for (const step of steps) {
    if (step.kind === 'failed') lines.push(step.line);
    if (step.kind === 'files') {
      const sources = step.paths.map((path) => ({
        path,
        read: (maxBytes: number) => {
          reading(path);
          return readBounded(path, maxBytes);
        },
      }));
      lines.push(...(await importScoresSources(workspace, sources, options)).files.map(lineOf));
    }
    if (step.kind === 'folder') {
      const scan = await scanSyncFolder(step.folder, workspace, options);
      for (const held of scan.alreadyImported) {
        lines.push({ path: held.path, fileName: basename(held.path), outcome: 'alreadyHeld', message: held.message, exportHash: held.exportHash });
      }
      lines.push(...scan.imported.files.map(lineOf));
    }
  }
  onProgress(total, total, '');
  return lines;
}
