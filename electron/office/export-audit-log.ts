// Writing a session's audit log out of the workspace for people and for checkers: an .xlsx to read (entries,
// then the chain check and the anchor) and the raw log as JSON — the same canonical bytes the workspace
// keeps — for anyone to verify again with the chain's rules. Each file is written atomically and read back
// (write-verified.ts): the workbook must open with its every entry, the JSON must verify to the same anchor.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Locale } from '../../shared/i18n/translate';
import { verifyChain, type AuditLog, type ChainAnchor } from '../../shared/office/audit-log';
import { writeAuditWorkbook, type AuditWorkbookFacts, type AuditWorkbookRow } from '../../shared/office/audit-workbook';
import { exceljsSink } from '../../shared/reports/workbook/exceljs-sink';
import type { FileSystem } from '../files/file-system-port';
import { writeFileVerified } from '../files/write-verified';
import { workbookBytes } from '../reports/workbook-bytes';
import { auditLogBytes, parseAuditLog } from './workspace-files';

export interface AuditExportRequest {
  readonly locale: Locale;
  readonly sessionId: string;
  readonly folder: string;
  /** The file names' stem without extension (already safe for every file system). */
  readonly fileStem: string;
  readonly log: AuditLog;
  readonly anchor: ChainAnchor;
  readonly rows: readonly AuditWorkbookRow[];
  readonly facts: Omit<AuditWorkbookFacts, 'jsonFileName' | 'anchor'>;
  readonly fs?: FileSystem;
}

export interface AuditExportFiles {
  readonly workbookPath: string;
  readonly jsonPath: string;
}

/** The workbook opens, and its entries sheet has the header and one row per entry with the last hash in place. */
async function workbookHolds(bytes: Uint8Array, rows: readonly AuditWorkbookRow[]): Promise<boolean> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined || sheet.rowCount !== rows.length + 1) return false;
  const last = rows[rows.length - 1];
  return last === undefined || sheet.getRow(rows.length + 1).getCell(6).value === last.hash;
}

/** Writes both files into `folder` (which must exist); throws a FileError that says why when it cannot. */
export async function exportAuditFiles(request: AuditExportRequest): Promise<AuditExportFiles> {
  const { locale, sessionId, folder, fileStem, log, anchor, rows, facts, fs } = request;
  const jsonFileName = `${fileStem}.json`;
  const workbookPath = join(folder, `${fileStem}.xlsx`);
  const jsonPath = join(folder, jsonFileName);

  const workbook = new ExcelJS.Workbook();
  writeAuditWorkbook(exceljsSink(workbook, { streaming: false }), locale, rows, { ...facts, anchor, jsonFileName });
  const xlsx = await workbookBytes(workbook);
  await writeFileVerified(workbookPath, xlsx, (readBack) => workbookHolds(readBack, rows), fs ? { fs } : {});

  // The JSON copy is the workspace's own file format: a checker needs nothing but the chain's rules.
  const json = auditLogBytes(sessionId, log);
  const verify = (readBack: Uint8Array): boolean => {
    const entries = parseAuditLog(readBack, sessionId);
    return entries !== null && entries.length === anchor.length && verifyChain(entries, anchor).ok;
  };
  await writeFileVerified(jsonPath, json, verify, fs ? { fs } : {});
  return { workbookPath, jsonPath };
}
