// Reading one cell as a number, an id or text, turning every refusal into a Problem that names the sheet,
// the row number and the column header as the clerk sees them ("工作表「指标」第12行 分值：'四' 不是数字").
import type { MessageKey } from '../../i18n/translate';
import { error, warning, type MessageParams, type Problem } from '../../problems';
import { indicatorIdSchema } from '../schema';
import { cellAddress, type SheetCell, type SheetValue } from '../sheet-grid';
import { halfWidth, parseDecimalText, tidyNumber } from './normalise';

/** Where a cell is, in the words a message needs. */
export interface CellSite {
  sheet: string;
  row: number;
  column: number;
  /** The header (or settings label) as written in the sheet. */
  header: string;
}

export type NumberRule = 'positive' | 'nonnegative';

/** Units accepted after a number: "4分" is unambiguous in a points column, so it is read as 4. */
export const POINT_UNITS = ['分'] as const;

export const displayValue = (value: SheetValue): string => (typeof value === 'string' ? value : String(value));

export class CellProblems {
  readonly problems: Problem[] = [];
  private readonly missingColumns = new Set<string>();
  private readonly refusals = new Set<string>();

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  /** Records an error; the same finding about the same cell is recorded once (a merged cell is read once per
   * row it covers, see `masterSite`). */
  refuse(site: CellSite, code: MessageKey, params: MessageParams = {}): undefined {
    const problem = error(code, cellAddress(site.sheet, site.row, site.column), this.params(site, params));
    const key = JSON.stringify([problem.code, problem.where, problem.params]);
    if (!this.refusals.has(key)) {
      this.refusals.add(key);
      this.problems.push(problem);
    }
    return undefined;
  }

  warn(site: CellSite, code: MessageKey, params: MessageParams = {}): void {
    this.problems.push(warning(code, cellAddress(site.sheet, site.row, site.column), this.params(site, params)));
  }

  /** A problem about the sheet as a whole (a missing column, a missing sheet). */
  sheetError(where: string, code: MessageKey, params: MessageParams = {}): void {
    this.problems.push(error(code, where, params));
  }

  sheetWarning(where: string, code: MessageKey, params: MessageParams = {}): void {
    this.problems.push(warning(code, where, params));
  }

  /** Reported once per column, however many rows would need it. */
  missingColumn(sheet: string, headerRow: number, column: string): void {
    const key = `${sheet}\u0000${column}`;
    if (this.missingColumns.has(key)) return;
    this.missingColumns.add(key);
    this.sheetError(cellAddress(sheet, headerRow, 1), 'excel.header.missingColumn', { sheet, column });
  }

  required(site: CellSite): undefined {
    return this.refuse(site, 'excel.cell.required');
  }

  /** A number with at most `units` after it; undefined when blank or refused (refusals are recorded). */
  number(site: CellSite, cell: SheetCell | undefined, rule: NumberRule, units: readonly string[] = POINT_UNITS): number | undefined {
    if (cell === undefined) return undefined;
    const value =
      typeof cell.value === 'number'
        ? tidyNumber(cell.value)
        : typeof cell.value === 'string'
          ? parseDecimalText(cell.value, units)
          : null;
    if (value === null) return this.refuse(site, 'excel.cell.notNumber', { value: displayValue(cell.value) });
    if (rule === 'positive' && value <= 0) return this.refuse(site, 'excel.cell.notPositive', { value: displayValue(cell.value) });
    if (rule === 'nonnegative' && value < 0) return this.refuse(site, 'excel.cell.negative', { value: displayValue(cell.value) });
    return value;
  }

  /** A whole number of at least `min` (a count of experts or places). */
  integer(site: CellSite, cell: SheetCell | undefined, min: number, units: readonly string[]): number | undefined {
    const value = this.number(site, cell, 'nonnegative', units);
    if (value === undefined || cell === undefined) return undefined;
    if (!Number.isInteger(value) || value < min) {
      return this.refuse(site, 'excel.cell.notWholeNumber', { value: displayValue(cell.value), min });
    }
    return value;
  }

  /** An indicator id; a number cell (Excel turns a typed 3.2 into a number) is read as the id it shows. */
  id(site: CellSite, value: SheetValue): string | undefined {
    const text = typeof value === 'number' ? String(value) : halfWidth(String(value)).replace(/\s+/g, '');
    // "1." and "1、" are how lists are numbered by hand; the mark is punctuation, not part of the id.
    const id = text.replace(/[.、]+$/, '');
    if (!indicatorIdSchema.safeParse(id).success) return this.refuse(site, 'excel.cell.badId', { value: displayValue(value) });
    return id;
  }

  private params(site: CellSite, params: MessageParams): MessageParams {
    return { sheet: site.sheet, row: site.row, column: site.header, ...params };
  }
}

/** Where a value was typed: a merged cell's findings belong to its master cell, whichever row read it. */
export const masterSite = (site: CellSite, cell: SheetCell | undefined): CellSite =>
  cell?.mergedFrom ? { ...site, row: cell.mergedFrom.row, column: cell.mergedFrom.column } : site;

/** Text of a cell as typed (names, guidance); numbers and booleans as they display. */
export const textOf = (cell: SheetCell | undefined): string | undefined =>
  cell === undefined ? undefined : displayValue(cell.value);
