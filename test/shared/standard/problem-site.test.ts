import { describe, expect, it } from 'vitest';
import { error, warning } from '../../../shared/problems';
import { bySite, problemSite } from '../../../shared/standard/problem-site';
import type { SheetSites } from '../../../shared/standard/sheet-import/sites';

describe('problemSite', () => {
  it('reads a cell address as sheet, row and column letters', () => {
    expect(problemSite(error('excel.cell.notNumber', '指标!G12', { sheet: '指标', row: 12 }))).toEqual({ sheet: '指标', row: 12, column: 'G' });
    expect(problemSite(error('excel.cell.notNumber', 'My sheet!AB3'))).toEqual({ sheet: 'My sheet', row: 3, column: 'AB' });
  });

  it('keeps only the sheet of a sheet-wide finding, and nothing for an indicator id, a JSON path or the file', () => {
    expect(problemSite(error('excel.sheet.noIndicators', '指标', { sheet: '指标' }))).toEqual({ sheet: '指标' });
    expect(problemSite(error('standard.groupSumMismatch', '3.2', { id: '3.2' }))).toEqual({});
    expect(problemSite(error('standard.totalMismatch', 'totalPoints'))).toEqual({});
    expect(problemSite(error('excel.file.notXlsx', '(file)'))).toEqual({});
    // Row 0 is not a spreadsheet row.
    expect(problemSite(error('excel.file.notXlsx', 'x!A0'))).toEqual({});
  });
});

describe('bySite', () => {
  it('goes sheet by sheet (in the order first named) down the rows, then lists what has no row as found', () => {
    const items = [
      { id: 'a', sheet: '设置', row: 9 },
      { id: 'b' },
      { id: 'c', sheet: '指标', row: 30 },
      { id: 'd', sheet: '设置', row: 4 },
      { id: 'e', sheet: '指标', row: 7 },
      { id: 'f', sheet: '指标' },
      { id: 'g', sheet: '指标', row: 7 },
    ];
    expect(bySite(items).map((item) => item.id)).toEqual(['d', 'a', 'e', 'g', 'c', 'b', 'f']);
  });

  it('does not change the list it is given', () => {
    const items = [{ row: 2 }, { row: 1 }];
    bySite(items);
    expect(items).toEqual([{ row: 2 }, { row: 1 }]);
    expect(bySite([warning('standard.tieBreakRepeated', 'tieBreak')].map((p) => problemSite(p)))).toEqual([{}]);
  });
});

describe('problemSite with the workbook’s sites', () => {
  const sites: SheetSites = {
    indicator: (id) => (id === '3.2' ? { sheet: '指标', row: 17, column: 4 } : undefined),
    setting: (field) => (field === 'tieBreak' ? { sheet: '设置', row: 11, column: 2 } : undefined),
  };

  it('places an indicator’s finding at its row, and a settings finding at the setting’s row even when it names an id', () => {
    expect(problemSite(error('standard.stepNotDividing', '3.2', { id: '3.2' }), sites)).toEqual({ sheet: '指标', row: 17, column: 'D' });
    expect(problemSite(error('standard.tieBreakNotScored', 'tieBreak', { id: '3.2' }), sites)).toEqual({ sheet: '设置', row: 11, column: 'B' });
    expect(problemSite(error('standard.groupSumMismatch', '9', { id: '9' }), sites)).toEqual({});
  });
});
