import { describe, expect, it } from 'vitest';
import { aggregateFormula, columnLetter, columnRange, countedFormula, rowRange, sheetReference, sheetTotalFormula } from '../../../shared/reports/workbook/formulas';

describe('workbook formulas', () => {
  it('names columns as Excel does', () => {
    expect([1, 9, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'I', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('always quotes sheet names, doubling quotes inside', () => {
    expect(sheetReference('评分明细')).toBe("'评分明细'");
    expect(sheetReference("Score details's")).toBe("'Score details''s'");
    expect(columnRange('评分明细', 9, 120, 148)).toBe("'评分明细'!$I$120:$I$148");
    expect(columnRange('评分明细（2）', 9, 2, 30)).toBe("'评分明细（2）'!$I$2:$I$30");
    expect(columnRange('Score details (2)', 9, 2, 30)).toBe("'Score details (2)'!$I$2:$I$30");
    expect(rowRange(7, 7, 13)).toBe('G7:M7');
  });

  it('builds the total, the count and each aggregation policy with the app’s value as the result', () => {
    expect(sheetTotalFormula("'D'!$I$2:$I$30", 94.5)).toMatchObject({ text: "ROUND(MAX(0,SUM('D'!$I$2:$I$30)),2)", result: 94.5 });
    expect(countedFormula('G7:M7', 6)).toMatchObject({ text: 'COUNT(G7:M7)', result: 6 });
    const r = 'G7:M7';
    expect(aggregateFormula({ policy: 'trimmed', trimThreshold: 5 }, r, 92.38).text).toBe(
      'ROUND(IF(COUNT(G7:M7)>=5,(SUM(G7:M7)-MAX(G7:M7)-MIN(G7:M7))/(COUNT(G7:M7)-2),AVERAGE(G7:M7)),2)',
    );
    expect(aggregateFormula({ policy: 'mean', trimThreshold: 5 }, r, 1).text).toBe('ROUND(AVERAGE(G7:M7),2)');
    expect(aggregateFormula({ policy: 'median', trimThreshold: 5 }, r, 1).text).toBe('ROUND(MEDIAN(G7:M7),2)');
  });
});
