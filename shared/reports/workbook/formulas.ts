// Every formula in the review workbook, built here from cell addresses and numbers only — never from text a
// user or a file supplied (sheet names come from the locale files). Each carries the app's value as its
// cached result.
//
// Rounding. The app computes in exact hundredths and rounds half away from zero once; a spreadsheet adds
// binary doubles, so a mean that is exactly x.xx5 may be held as x.xx4999…. LibreOffice's ROUND corrects for
// that representation error (it rounds the value as its 15 significant digits show it; Excel is known to do
// the same), so plain ROUND(…, 2) reproduces the app's 四舍五入 and no integer-hundredths workaround is
// needed. Checked in LibreOffice 7.4 after a forced recalculation: every application of the demo and of the
// bench's W2 (500 applications × 15 experts) under each policy — trimmed, mean and median, with 20, 25 and
// 119 aggregates lying exactly on a half — and 4 000 generated means that fall exactly on a half: all equal
// the app's. The sheet totals are rounded to hundredths too, so the aggregate is computed from the very
// numbers the app used, not from sums of leaf points carrying float noise in the 15th digit.
import type { AggregationPolicy } from '../../standard/schema';

declare const formulaBrand: unique symbol;

/** A formula we built, with the app's value as its result. Only this file makes them. */
export interface Formula {
  readonly text: string;
  readonly result: number;
  readonly [formulaBrand]: true;
}

const formula = (text: string, result: number): Formula => ({ text, result }) as Formula;

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as formulas refer to it: always quoted (names with spaces or CJK need no special casing). */
export function sheetReference(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/**
 * A column's rows on another sheet, absolute ($I$120:$I$148) so sorting or filtering the summary table in
 * Excel or WPS moves the formula with its row without re-pointing it.
 */
export function columnRange(sheetName: string, column: number, firstRow: number, lastRow: number): string {
  const letter = columnLetter(column);
  return `${sheetReference(sheetName)}!$${letter}$${firstRow}:$${letter}$${lastRow}`;
}

/** Cells of one row on the same sheet (G6:M6), relative so the formula stays right when the row is sorted. */
export function rowRange(row: number, firstColumn: number, lastColumn: number): string {
  return `${columnLetter(firstColumn)}${row}:${columnLetter(lastColumn)}${row}`;
}

/** A scored sheet's total: what its leaves add up to, floored at zero, as the app computes it. */
export function sheetTotalFormula(leafPoints: string, total: number): Formula {
  return formula(`ROUND(MAX(0,SUM(${leafPoints})),2)`, total);
}

/** How many experts' totals count (COUNT skips the empty and the text cells of recused or missing experts). */
export function countedFormula(totals: string, counted: number): Formula {
  return formula(`COUNT(${totals})`, counted);
}

/** The panel aggregate by the standard's policy (shared/panel/aggregate.ts), rounded to two decimals. */
export function aggregateFormula(policy: AggregationPolicy, totals: string, aggregate: number): Formula {
  const r = totals;
  switch (policy.policy) {
    case 'mean':
      return formula(`ROUND(AVERAGE(${r}),2)`, aggregate);
    case 'median':
      return formula(`ROUND(MEDIAN(${r}),2)`, aggregate);
    case 'trimmed':
      return formula(
        `ROUND(IF(COUNT(${r})>=${policy.trimThreshold},(SUM(${r})-MAX(${r})-MIN(${r}))/(COUNT(${r})-2),AVERAGE(${r})),2)`,
        aggregate,
      );
  }
}
