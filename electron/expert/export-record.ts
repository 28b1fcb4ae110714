// The expert's record of the exports made for one session: `<session dir>/exports.json`. It is the only
// memory of which sequence numbers are used, so it is written before an export's file (see
// scores-export.ts) and, when it cannot be read, exporting stops rather than start again from 1.
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { join } from 'node:path';
import { z } from 'zod';
import { sha256HexSchema } from '../../shared/files/scores-payload';
import { error } from '../../shared/problems';
import { canonicalJson } from '../../shared/util/canonical-json';
import { sessionDirOf } from '../exchange/session-dir';
import { detailOf, errnoCode, FileError } from '../files/file-error';
import type { FileSystem } from '../files/file-system-port';
import { writeFileVerified } from '../files/write-verified';

export const EXPORT_RECORD_FORMAT = 'review-desk/expert-exports';
export const EXPORT_RECORD_FORMAT_VERSION = 1;

const exportEntrySchema = z.strictObject({
  expertId: z.string().min(1),
  sequence: z.number().int().positive(),
  exportHash: sha256HexSchema,
  fileName: z.string().min(1),
  /**
   * `reserved`: the number is taken and the file may or may not have been written (we crashed or failed
   * after taking it); `written`: the file was written and read back. Either way the number is never used again.
   */
  state: z.enum(['reserved', 'written']),
});
export type ExportEntry = z.infer<typeof exportEntrySchema>;

const exportRecordSchema = z.strictObject({
  format: z.literal(EXPORT_RECORD_FORMAT),
  formatVersion: z.literal(EXPORT_RECORD_FORMAT_VERSION),
  sessionId: z.string().min(1),
  exports: z.array(exportEntrySchema),
});
export type ExportRecord = z.infer<typeof exportRecordSchema>;

export function exportRecordPath(dataDir: string, sessionId: string): string {
  return join(sessionDirOf(dataDir, sessionId), 'exports.json');
}

export function emptyExportRecord(sessionId: string): ExportRecord {
  return { format: EXPORT_RECORD_FORMAT, formatVersion: EXPORT_RECORD_FORMAT_VERSION, sessionId, exports: [] };
}

function parseRecord(bytes: Uint8Array, sessionId: string): ExportRecord | null {
  try {
    const parsed = exportRecordSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    return parsed.success && parsed.data.sessionId === sessionId ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The record, or an empty one when there is none yet. Throws a FileError when it exists but cannot be used. */
export async function readExportRecord(path: string, sessionId: string, fs: FileSystem): Promise<ExportRecord> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (cause) {
    if (errnoCode(cause) === 'ENOENT') return emptyExportRecord(sessionId);
    throw new FileError(error('exchange.exportRecord.cannotRead', path, { path, detail: detailOf(cause) }), cause);
  }
  const record = parseRecord(bytes, sessionId);
  if (!record) throw new FileError(error('exchange.exportRecord.damaged', path, { path }));
  return record;
}

/** Atomic and read back (writeFileVerified): afterwards the record on disk is the old one or this one. */
export async function writeExportRecord(path: string, record: ExportRecord, fs: FileSystem): Promise<void> {
  const bytes = utf8ToBytes(canonicalJson(record));
  await writeFileVerified(path, bytes, (readBack) => parseRecord(readBack, record.sessionId) !== null, { fs, mode: 0o600 });
}

/** The expert's export with the highest sequence, reserved or written: the one the next export follows. */
export function lastExportOf(record: ExportRecord, expertId: string): ExportEntry | undefined {
  let last: ExportEntry | undefined;
  for (const entry of record.exports) {
    if (entry.expertId === expertId && (!last || entry.sequence > last.sequence)) last = entry;
  }
  return last;
}

export function withEntry(record: ExportRecord, entry: ExportEntry): ExportRecord {
  const others = record.exports.filter((e) => !(e.expertId === entry.expertId && e.sequence === entry.sequence));
  return { ...record, exports: [...others, entry] };
}
