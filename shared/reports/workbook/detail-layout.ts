// Where each expert × application block sits in the score details (评分明细), computed before anything is
// written so the summary sheet — which comes first in the workbook — can point its totals at the rows.
// The details are sorted by application, then expert (roster order), then leaf (the standard's order), so
// each scored sheet's leaf points are one contiguous range: `SUM(I120:I148)` instead of a SUMIFS over the
// whole column, which would make every total scan hundreds of thousands of rows.
// A worksheet holds at most 1,048,576 rows, and the bench's W2 (500 applications × 25 experts × 120 leaves)
// has about 1.5 million detail rows: the details go on as many sheets as they need (评分明细, 评分明细（2）, …),
// each block whole on one sheet, so a total's range never spans two sheets.
import type { ApplicationReport, ReportModel, SheetRecord } from '../report-model';

/** Columns of the detail sheet, 1-based. */
export const DETAIL_COLUMN = {
  applicationId: 1,
  county: 2,
  expertId: 3,
  expertName: 4,
  indicatorId: 5,
  indicatorName: 6,
  kind: 7,
  value: 8,
  points: 9,
  comment: 10,
} as const;

export const DETAIL_COLUMN_COUNT = Object.keys(DETAIL_COLUMN).length;

export const DETAIL_HEADER_ROW = 1;

/**
 * Data rows on one detail sheet at most: Excel's 1,048,576 less a margin, so a sheet stays clear of the limit
 * whatever a block adds (a block is never split, so a sheet may end up to a block's rows short of this).
 */
export const DETAIL_ROWS_PER_SHEET = 1_000_000;

/** The rows holding one scored sheet's leaves, on the detail sheet named `sheet`. */
export interface LeafRows {
  sheet: string;
  first: number;
  last: number;
}

/** One expert's sheet for one application: its rows, from `firstRow`, on one detail sheet. */
export interface DetailBlock {
  application: ApplicationReport;
  record: SheetRecord;
  firstRow: number;
}

/** One detail sheet: its name and its blocks, in order. */
export interface DetailPart {
  name: string;
  blocks: DetailBlock[];
  /** Data rows, below the header. */
  rows: number;
}

export interface DetailLayout {
  parts: DetailPart[];
  /** The leaf rows of every scored sheet, by recordKey. */
  leafRows: Map<string, LeafRows>;
  /** Data rows over all parts. */
  totalRows: number;
}

/** A scored sheet is a row per leaf and one for the opinion; any other sheet is one row saying why not. */
export function detailRowCount(record: SheetRecord): number {
  return record.state === 'scored' ? record.leaves.length + 1 : 1;
}

export const recordKey = (applicationId: string, expertId: string): string => `${applicationId}\u0000${expertId}`;

/**
 * Lays the blocks out in the order detail-sheet.ts writes them, starting a new sheet whenever the next block
 * would take the current one past `rowsPerSheet` data rows. `sheetName(i)` names the i-th sheet (0-based).
 * A block longer than `rowsPerSheet` (only with a tiny limit) gets a sheet of its own.
 */
export function detailLayout(model: ReportModel, sheetName: (index: number) => string, rowsPerSheet = DETAIL_ROWS_PER_SHEET): DetailLayout {
  const parts: DetailPart[] = [];
  const leafRows = new Map<string, LeafRows>();
  let part: DetailPart = { name: sheetName(0), blocks: [], rows: 0 };
  parts.push(part);
  let totalRows = 0;
  for (const application of model.applications) {
    for (const record of application.sheets) {
      const rows = detailRowCount(record);
      if (part.rows > 0 && part.rows + rows > rowsPerSheet) {
        part = { name: sheetName(parts.length), blocks: [], rows: 0 };
        parts.push(part);
      }
      const firstRow = DETAIL_HEADER_ROW + 1 + part.rows;
      part.blocks.push({ application, record, firstRow });
      if (record.state === 'scored' && record.leaves.length > 0) {
        leafRows.set(recordKey(record.applicationId, record.expertId), { sheet: part.name, first: firstRow, last: firstRow + record.leaves.length - 1 });
      }
      part.rows += rows;
      totalRows += rows;
    }
  }
  return { parts, leafRows, totalRows };
}
