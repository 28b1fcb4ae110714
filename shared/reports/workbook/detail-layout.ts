// Where each expert × application block sits on the detail sheet (评分明细), computed before anything is
// written so the summary sheet — which comes first in the workbook — can point its totals at the rows.
// The sheet is sorted by application, then expert (roster order), then leaf (the standard's order), so each
// scored sheet's leaf points are one contiguous range: `SUM(I120:I148)` instead of a SUMIFS over the whole
// column, which would make every total scan hundreds of thousands of rows.
import type { ReportModel, SheetRecord } from '../report-model';

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

/** The rows holding one scored sheet's leaves. */
export interface LeafRows {
  first: number;
  last: number;
}

/** A scored sheet is a row per leaf and one for the opinion; any other sheet is one row saying why not. */
export function detailRowCount(record: SheetRecord): number {
  return record.state === 'scored' ? record.leaves.length + 1 : 1;
}

export const recordKey = (applicationId: string, expertId: string): string => `${applicationId}\u0000${expertId}`;

/** The leaf rows of every scored sheet, by recordKey, in the order detail-sheet.ts writes them. */
export function detailLeafRows(model: ReportModel): Map<string, LeafRows> {
  const rows = new Map<string, LeafRows>();
  let next = DETAIL_HEADER_ROW + 1;
  for (const application of model.applications) {
    for (const record of application.sheets) {
      if (record.state === 'scored' && record.leaves.length > 0) {
        rows.set(recordKey(record.applicationId, record.expertId), { first: next, last: next + record.leaves.length - 1 });
      }
      next += detailRowCount(record);
    }
  }
  return rows;
}
