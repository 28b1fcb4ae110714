// The detail rows laid out over sheets: no sheet past the limit (Excel's 1,048,576 rows, with the header),
// no block split between sheets, rows numbered from 2 on every sheet, and the sheets named from the locale.
import { describe, expect, it } from 'vitest';
import { DETAIL_ROWS_PER_SHEET, detailLayout, detailRowCount, recordKey, type DetailLayout } from '../../../shared/reports/workbook/detail-layout';
import { detailSheetName } from '../../../shared/reports/workbook/detail-sheet';
import { demoModel } from './workbook-fixtures';

const EXCEL_MAX_ROWS = 1_048_576;
const model = demoModel();
const zhName = (index: number): string => detailSheetName('zh-CN', index);

/** Every part's blocks are contiguous from row 2, no part is over `limit` unless it is one block alone. */
function expectWellFormed(layout: DetailLayout, limit: number): void {
  for (const part of layout.parts) {
    let next = 2;
    for (const block of part.blocks) {
      expect(block.firstRow).toBe(next);
      next += detailRowCount(block.record);
    }
    expect(part.rows).toBe(next - 2);
    if (part.blocks.length > 1) expect(part.rows).toBeLessThanOrEqual(limit);
  }
  const blocks = layout.parts.flatMap((part) => part.blocks.map((block) => block.record));
  expect(blocks).toEqual(model.applications.flatMap((a) => a.sheets));
  expect(layout.totalRows).toBe(blocks.reduce((n, record) => n + detailRowCount(record), 0));
}

describe('the detail layout', () => {
  it('puts a session of ordinary size on one sheet, well below Excel’s row limit', () => {
    const layout = detailLayout(model, zhName);
    expect(layout.parts.map((p) => p.name)).toEqual(['评分明细']);
    expectWellFormed(layout, DETAIL_ROWS_PER_SHEET);
    // The header, the limit and the longest block a standard could have (a few hundred leaves) still fit.
    expect(1 + DETAIL_ROWS_PER_SHEET + 1_000).toBeLessThan(EXCEL_MAX_ROWS);
  });

  it('starts a new sheet when the next block would go past the limit, never splitting a block', () => {
    const layout = detailLayout(model, zhName, 100);
    expect(layout.parts.length).toBeGreaterThan(20);
    expect(layout.parts.slice(0, 3).map((p) => p.name)).toEqual(['评分明细', '评分明细（2）', '评分明细（3）']);
    expect(detailLayout(model, (i) => detailSheetName('en-US', i), 100).parts[1]?.name).toBe('Score details (2)');
    expectWellFormed(layout, 100);
    // A part stops only where the next block would not have fitted.
    layout.parts.slice(0, -1).forEach((part, i) => {
      const next = layout.parts[i + 1]?.blocks[0];
      expect(next && part.rows + detailRowCount(next.record)).toBeGreaterThan(100);
    });
  });

  it('gives a block longer than the limit a sheet of its own', () => {
    const layout = detailLayout(model, zhName, 5);
    expectWellFormed(layout, 5);
    for (const part of layout.parts) if (part.rows > 5) expect(part.blocks).toHaveLength(1);
  });

  it('points each scored sheet’s leaf rows at its part', () => {
    const layout = detailLayout(model, zhName, 100);
    for (const part of layout.parts) {
      for (const { record, firstRow } of part.blocks) {
        const rows = layout.leafRows.get(recordKey(record.applicationId, record.expertId));
        if (record.state === 'scored') expect(rows).toEqual({ sheet: part.name, first: firstRow, last: firstRow + record.leaves.length - 1 });
        else expect(rows).toBeUndefined();
      }
    }
  });
});
