// Writes one of the programme's reports into the folder the office chose: the folder made if missing (a new
// folder on a USB stick), refused by name when it is a file, then the verified write (temp file, fsync, rename,
// read back and checked), so a full disk or a pulled stick leaves no half-written report behind.
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { error } from '../../shared/problems';
import { detailOf, errnoCode, FileError } from '../files/file-error';
import type { FileSystem } from '../files/file-system-port';
import { writeFileVerified } from '../files/write-verified';
import type { ReportBytes } from './programme-report-bytes';

export interface WrittenProgrammeReport {
  path: string;
  bytes: number;
}

/** The folder as a directory that exists, or a FileError saying why it is not one. */
async function folderReady(folder: string): Promise<void> {
  const notAFolder = (): FileError => new FileError(error('programme.reports.notAFolder', folder, { path: folder }));
  try {
    await mkdir(folder, { recursive: true });
  } catch (cause) {
    // mkdir answers EEXIST or ENOTDIR when the path, or a folder on the way to it, is a file.
    if (errnoCode(cause) === 'EEXIST' || errnoCode(cause) === 'ENOTDIR') throw notAFolder();
    throw new FileError(error('programme.reports.cannotCreateFolder', folder, { path: folder, detail: detailOf(cause) }), cause);
  }
  const isFolder = await stat(folder).then((found) => found.isDirectory(), () => false);
  if (!isFolder) throw notAFolder();
}

export async function writeProgrammeReport(folder: string, fileName: string, report: ReportBytes, options: { fs?: FileSystem } = {}): Promise<WrittenProgrammeReport> {
  await folderReady(folder);
  const path = join(folder, fileName);
  await writeFileVerified(path, report.bytes, report.verify, options.fs ? { fs: options.fs } : {});
  return { path, bytes: report.bytes.length };
}
