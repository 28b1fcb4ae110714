// What one row of the indicator table is: nothing (a spacer), a footnote, a totals line, or a data row
// with its parent-indicator cells per level. Deciding which group a row belongs to happens in tree.ts.
import { cellAt, type SheetRow } from '../sheet-grid';
import { displayValue, masterSite, textOf, type CellProblems, type CellSite } from './cells';
import type { IndicatorColumns, LevelColumns } from './header';
import { squeeze } from './normalise';
import { NO_GROUP_WORDS, NOTE_PREFIX, TOTAL_ROW_WORDS } from './words';

/** A parent indicator as one row states it (typed there or merged down onto it). */
export interface GroupMention {
  id: string;
  name?: string;
  points?: number;
  row: number;
  idSite: CellSite;
  nameSite: CellSite;
  pointsSite?: CellSite;
}

/** blank: same as the row above; none: this row has no parent at this level (“/”). */
export type LevelCell = { type: 'blank' } | { type: 'none' } | { type: 'refused' } | { type: 'group'; mention: GroupMention };

export type RowReading =
  | { type: 'skip' }
  | { type: 'note'; text: string }
  | { type: 'total'; value: number; column: number }
  | { type: 'data'; levels: LevelCell[]; hasLeaf: boolean };

const ourColumns = (columns: IndicatorColumns): Set<number> =>
  new Set([...columns.levels.flatMap((l) => [l.id, l.name, l.points]), ...Object.values(columns.leaf)].flatMap((c) => (c ? [c.column] : [])));

export function classifyRow(sheet: string, row: SheetRow, columns: IndicatorColumns, out: CellProblems): RowReading {
  const ours = ourColumns(columns);
  const cells = row.cells.filter((cell) => ours.has(cell.column));
  const first = cells[0];
  if (first === undefined) return { type: 'skip' };

  // A footnote is usually one cell merged across the table: every cell is that one master.
  const masters = new Set(cells.map((c) => (c.mergedFrom ? `${c.mergedFrom.row}:${c.mergedFrom.column}` : `${row.number}:${c.column}`)));
  const firstText = displayValue(first.value);
  if (masters.size === 1 && NOTE_PREFIX.test(firstText)) return { type: 'note', text: firstText };
  if (TOTAL_ROW_WORDS.has(squeeze(firstText))) {
    // The total is whichever number the line shows; without one it is just a label to skip.
    const number = cells.find((c) => typeof c.value === 'number');
    return typeof number?.value === 'number' ? { type: 'total', value: number.value, column: number.column } : { type: 'skip' };
  }

  const leafColumns = new Set(Object.values(columns.leaf).map((c) => c.column));
  const hasLeaf = cells.some((c) => leafColumns.has(c.column));
  const levels = columns.levels.map((level) => readLevelCell(sheet, row, level, out));
  return { type: 'data', levels, hasLeaf };
}

function readLevelCell(sheet: string, row: SheetRow, level: LevelColumns, out: CellProblems): LevelCell {
  const site = (column: { column: number; header: string }): CellSite => ({ sheet, row: row.number, ...column });
  const idCell = cellAt(row, level.id.column);
  const nameCell = cellAt(row, level.name.column);
  const pointsCell = level.points ? cellAt(row, level.points.column) : undefined;
  if (idCell === undefined) {
    // A name or points typed here (not merged down) without an id cannot be attached to anything.
    const typed = [nameCell, pointsCell].some((c) => c !== undefined && c.mergedFrom === undefined);
    if (typed) out.required(site(level.id));
    return typed ? { type: 'refused' } : { type: 'blank' };
  }
  if (typeof idCell.value === 'string' && NO_GROUP_WORDS.has(squeeze(idCell.value))) return { type: 'none' };
  const id = out.id(masterSite(site(level.id), idCell), idCell.value);
  const pointsSite = level.points ? site(level.points) : undefined;
  const points = pointsSite ? out.number(masterSite(pointsSite, pointsCell), pointsCell, 'nonnegative') : undefined;
  if (id === undefined || (pointsCell !== undefined && points === undefined)) return { type: 'refused' };
  const name = textOf(nameCell);
  return {
    type: 'group',
    mention: {
      id,
      row: row.number,
      idSite: site(level.id),
      nameSite: site(level.name),
      ...(name === undefined ? {} : { name }),
      ...(points === undefined ? {} : { points }),
      ...(pointsSite === undefined ? {} : { pointsSite }),
    },
  };
}
