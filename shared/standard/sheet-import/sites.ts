// Where each indicator and each setting was typed in the template, so findings about the standard as a whole
// (a group whose items do not add up, a step that does not divide the maximum, a tie-break naming an unknown
// id) can point at a row like the cell findings do. They are found after the cells were read, and name an
// indicator id or a settings field rather than a cell; this maps those back. Read-only: the import itself
// (sheet-import.ts) has already reported every cell problem, so anything refused here is simply left out.
import { cellAt, type SheetGrid } from '../sheet-grid';
import { CellProblems, displayValue } from './cells';
import { findIndicatorSheet, resolveColumns } from './header';
import { classifyRow } from './indicator-rows';
import { settingOf, type SettingKey } from './setting-labels';
import { findSettingsSheet } from './settings';

export interface SheetPlace {
  sheet: string;
  row: number;
  /** 1-based column number. */
  column: number;
}

export interface SheetSites {
  /** The row that first names the indicator (a group's first row, an item's own row). */
  indicator(id: string): SheetPlace | undefined;
  /** The settings row of the field a semantic check names (`totalPoints`, `grades.优秀`, `preference.points`…). */
  setting(field: string): SheetPlace | undefined;
}

/** validate.ts names settings by the standard's field; the sheet by its own key. */
const SETTING_OF_FIELD: Readonly<Record<string, SettingKey>> = {
  title: 'title',
  version: 'version',
  stages: 'stages',
  totalPoints: 'totalPoints',
  bonusCap: 'bonusCap',
  grades: 'grades',
  tieBreak: 'tieBreak',
  aggregation: 'aggregation',
  preference: 'preferenceAmount',
  vetoConsensus: 'vetoConsensus',
  deviation: 'deviationAbsolute',
};

function indicatorPlaces(sheets: readonly SheetGrid[]): Map<string, SheetPlace> {
  const places = new Map<string, SheetPlace>();
  const found = findIndicatorSheet(sheets);
  if (found === undefined) return places;
  const { sheet, header } = found;
  const scratch = new CellProblems();
  const columns = resolveColumns(sheet, header, scratch);
  if (columns === null) return places;
  const note = (id: string, place: SheetPlace): void => void (places.has(id) || places.set(id, place));
  for (const row of sheet.rows.filter((r) => r.number > columns.headerRow)) {
    const reading = classifyRow(sheet.name, row, columns, scratch);
    if (reading.type !== 'data') continue;
    for (const level of reading.levels) {
      if (level.type === 'group') note(level.mention.id, { sheet: sheet.name, row: level.mention.row, column: level.mention.idSite.column });
    }
    const idCell = cellAt(row, columns.leaf.id.column);
    const id = idCell === undefined ? undefined : scratch.id({ sheet: sheet.name, row: row.number, column: columns.leaf.id.column, header: '' }, idCell.value);
    if (id !== undefined) note(id, { sheet: sheet.name, row: row.number, column: columns.leaf.id.column });
  }
  return places;
}

function settingPlaces(sheets: readonly SheetGrid[]): Map<SettingKey, SheetPlace> {
  const places = new Map<SettingKey, SheetPlace>();
  const sheet = findSettingsSheet(sheets);
  for (const row of sheet?.rows ?? []) {
    const label = row.cells[0];
    const key = label === undefined ? undefined : settingOf(displayValue(label.value))?.key;
    if (sheet && label && key && !places.has(key)) places.set(key, { sheet: sheet.name, row: row.number, column: label.column + 1 });
  }
  return places;
}

export function sheetSites(sheets: readonly SheetGrid[]): SheetSites {
  const indicators = indicatorPlaces(sheets);
  const settings = settingPlaces(sheets);
  return {
    indicator: (id) => indicators.get(id),
    setting: (field) => {
      const key = SETTING_OF_FIELD[field.split('.')[0] ?? ''];
      return key === undefined ? undefined : settings.get(key);
    },
  };
}
