// The only way a value becomes a cell of the review workbook. Text from users and files (county names,
// comments, opinions, recusal reasons, expert names, even the standard's wording) must never become a formula:
//  - A text cell is written as a string value, never parsed: both exceljs writers put it in the shared-string
//    table (`t="s"`, no `<f>`) and neither looks at a leading `=`. Formulas are only FormulaCells, and only
//    formulas.ts makes their formulas, from cell addresses and numbers.
//  - Every text cell is also in Excel's text format ('@', TextLook), so that when someone edits the cell in
//    Excel, WPS or LibreOffice and presses Enter, `=HYPERLINK(…)`, `+cmd|…`, `-1+2`, `@SUM(…)` (or their
//    full-width forms, or text after a tab) stay text instead of being re-read as a formula. The value itself
//    is never changed: a leading apostrophe would put a character into the data that nobody wrote.
import type { NumberLook, TextLook } from './cell-styles';
import type { Formula } from './formulas';

/** Excel keeps at most this many characters in a cell; a longer text would make the file unreadable. */
export const MAX_CELL_TEXT = 32_767;

export interface TextCell {
  readonly kind: 'text';
  readonly text: string;
  readonly look: TextLook;
}

export interface NumberCell {
  readonly kind: 'number';
  readonly value: number;
  readonly look: NumberLook;
}

export interface FormulaCell {
  readonly kind: 'formula';
  readonly formula: Formula;
  readonly look: NumberLook;
}

/** No value, only a look (a border or fill that must continue across the row). */
export interface BlankCell {
  readonly kind: 'blank';
  readonly look: TextLook | NumberLook;
}

export type CellSpec = TextCell | NumberCell | FormulaCell | BlankCell;

/** A text cell; empty text is a blank cell with the look. */
export function textCell(text: string, look: TextLook): TextCell | BlankCell {
  if (text === '') return { kind: 'blank', look };
  return { kind: 'text', text: text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text, look };
}

/** A number; null (or a non-finite number) is a blank cell with the look. */
export function numberCell(value: number | null, look: NumberLook): NumberCell | BlankCell {
  return value !== null && Number.isFinite(value) ? { kind: 'number', value, look } : { kind: 'blank', look };
}

/** A formula with the app's value as its cached result, so Excel and WPS show numbers before recalculating. */
export function formulaCell(formula: Formula, look: NumberLook): FormulaCell {
  return { kind: 'formula', formula, look };
}
