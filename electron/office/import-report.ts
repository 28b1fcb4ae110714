// The report of one import batch: one line per file, in the order given, and counts of every outcome (zero
// included, so a report always reads the same way). Outcomes are the office's (classify-import.ts) plus
// what can become of a file that never verified.
import { FILE_OUTCOME_CODES } from '../../shared/office/file-outcomes';
import type { OfficeMessage } from '../../shared/office/import-outcome';

export const FILE_OUTCOMES = FILE_OUTCOME_CODES;
export type FileOutcome = (typeof FILE_OUTCOMES)[number];

export interface FileImportResult {
  /** The file as the caller named it (a path, or a path in the sync folder). */
  readonly path: string;
  readonly outcome: FileOutcome;
  /** The clerk's sentence (key and values; zh-CN by default), whatever the outcome. */
  readonly message: OfficeMessage;
  /** SHA-256 of the bytes read, when they could be read. */
  readonly contentHash?: string;
  /** Present when the file verified. */
  readonly exportHash?: string;
  readonly expertId?: string;
  readonly sequence?: number;
}

export interface ImportReport {
  readonly files: readonly FileImportResult[];
  readonly total: number;
  readonly counts: Readonly<Record<FileOutcome, number>>;
  readonly message: OfficeMessage;
  /** True when the batch was committed (some file accepted); false means nothing on disk changed. */
  readonly changed: boolean;
}

export function importReport(files: readonly FileImportResult[], changed: boolean): ImportReport {
  const counts = Object.fromEntries(FILE_OUTCOMES.map((outcome) => [outcome, 0])) as Record<FileOutcome, number>;
  for (const file of files) counts[file.outcome] += 1;
  return { files, total: files.length, counts, message: { code: 'exchange.importSummary', params: { total: files.length, ...counts } }, changed };
}
