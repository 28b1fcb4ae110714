// The settings sheet (设置) → the standard's top-level fields. A label row may be missing or blank where
// the format has a default; for the policy choices (aggregation, preference, veto consensus) the default is
// then stated in a warning, because an unset policy is more often an oversight than a decision.
import { STAGES, type PreferenceRule, type StandardInput } from '../schema';
import { cellAt, type SheetCell, type SheetGrid, type SheetRow } from '../sheet-grid';
import { displayValue, textOf, type CellProblems, type CellSite } from './cells';
import { readGrades, readIdList, readStages } from './list-cells';
import { labelKey, squeeze } from './normalise';
import { SETTINGS, SETTINGS_HEADER_WORDS, settingOf, type SettingKey } from './setting-labels';
import {
  AGGREGATION_WORDS,
  describeChoices,
  lookupWord,
  OFF_WORDS,
  PREFERENCE_WORDS,
  VETO_CONSENSUS_WORDS,
  type Vocabulary,
} from './words';

export type StandardSettings = Omit<StandardInput, 'format' | 'formatVersion' | 'indicators'>;

interface SettingCell {
  site: CellSite;
  cell: SheetCell | undefined;
}

/** The sheet called 设置, or else the first one with a 标准名称 row, other than the guide (说明), which
 * explains every label in the same first-column layout. */
export function findSettingsSheet(sheets: readonly SheetGrid[]): SheetGrid | undefined {
  return (
    sheets.find((sheet) => labelKey(sheet.name) === '设置') ??
    sheets.find(
      (sheet) => labelKey(sheet.name) !== '说明' && sheet.rows.some((row) => settingOf(displayValue(row.cells[0]?.value ?? ''))?.key === 'title'),
    )
  );
}

function labelledCells(sheet: SheetGrid, out: CellProblems): Map<SettingKey, SettingCell> {
  const found = new Map<SettingKey, SettingCell>();
  for (const row of sheet.rows) {
    const label = row.cells[0];
    if (label === undefined) continue;
    const text = displayValue(label.value);
    const valueColumn = afterMerge(row, label.column);
    // Messages add their own colon after the label: "总分：" would read "总分：：".
    const site: CellSite = { sheet: sheet.name, row: row.number, column: valueColumn, header: text.replace(/[\s:：]+$/, '') };
    const spec = settingOf(text);
    if (spec === undefined) {
      const hasValue = cellAt(row, valueColumn) !== undefined;
      if (hasValue && !SETTINGS_HEADER_WORDS.has(labelKey(text))) out.warn(site, 'excel.setting.unknown');
      continue;
    }
    const earlier = found.get(spec.key);
    if (earlier) out.refuse(site, 'excel.setting.duplicate', { first: earlier.site.row });
    else found.set(spec.key, { site, cell: cellAt(row, valueColumn) });
  }
  return found;
}

/** The column right of a label, past the label's own merged cells (a label merged over A:B has its value in C). */
function afterMerge(row: SheetRow, column: number): number {
  let next = column + 1;
  while (row.cells.some((c) => c.column === next && c.mergedFrom?.row === row.number && c.mergedFrom.column === column)) next += 1;
  return next;
}

export function readSettings(sheet: SheetGrid, out: CellProblems): StandardSettings | undefined {
  const before = out.problems.length;
  const cells = labelledCells(sheet, out);
  const get = (key: SettingKey): SettingCell | undefined => cells.get(key);
  const required = <T>(key: SettingKey, read: (s: SettingCell & { cell: SheetCell }) => T | undefined): T | undefined => {
    const setting = get(key);
    if (setting === undefined) {
      out.sheetError(sheet.name, 'excel.setting.missing', { sheet: sheet.name, label: settingLabel(key) });
      return undefined;
    }
    if (setting.cell === undefined) return out.required(setting.site);
    return read({ site: setting.site, cell: setting.cell });
  };
  const optional = <T>(key: SettingKey, read: (s: SettingCell & { cell: SheetCell }) => T | undefined): T | undefined => {
    const setting = get(key);
    return setting?.cell === undefined ? undefined : read({ site: setting.site, cell: setting.cell });
  };
  const choice = <T extends string>(key: SettingKey, words: Vocabulary<T>, fallback: T): T | undefined => {
    const setting = get(key);
    if (setting?.cell === undefined) {
      const site = setting?.site;
      if (site) out.warn(site, 'excel.setting.defaulted', { value: words.label[fallback] });
      else out.sheetWarning(sheet.name, 'excel.setting.defaultedMissing', { sheet: sheet.name, label: settingLabel(key), value: words.label[fallback] });
      return undefined;
    }
    const value = lookupWord(words, displayValue(setting.cell.value));
    if (value === undefined) out.refuse(setting.site, 'excel.cell.unknownChoice', { value: displayValue(setting.cell.value), choices: describeChoices(words) });
    return value;
  };
  const threshold = (key: SettingKey): number | null | undefined =>
    optional(key, ({ site, cell }) => (OFF_WORDS.has(squeeze(displayValue(cell.value))) ? null : out.number(site, cell, 'positive')));

  const title = required('title', ({ cell }) => textOf(cell));
  const version = required('version', ({ cell }) => textOf(cell));
  const stages = required('stages', ({ site, cell }) => {
    const read = readStages(out, site, cell);
    return read === 'all' ? [...STAGES] : read;
  });
  const totalPoints = required('totalPoints', ({ site, cell }) => out.number(site, cell, 'positive'));
  const bonusCap = optional('bonusCap', ({ site, cell }) => out.number(site, cell, 'nonnegative'));
  const grades = optional('grades', ({ site, cell }) => readGrades(out, site, cell));
  const policy = choice('aggregation', AGGREGATION_WORDS, 'trimmed');
  const trimThreshold = optional('trimThreshold', ({ site, cell }) => out.integer(site, cell, 3, ['人', '位', '名']));
  const tieBreak = optional('tieBreak', ({ site, cell }) => readIdList(out, site, cell));
  const preference = readPreference(choice('preference', PREFERENCE_WORDS, 'none'), get('preferenceAmount'), sheet.name, out);
  const vetoConsensus = choice('vetoConsensus', VETO_CONSENSUS_WORDS, 'majority');
  const absolute = threshold('deviationAbsolute');
  const z = threshold('deviationZ');
  const notes = optional('notes', ({ cell }) => textOf(cell));

  if (out.problems.slice(before).some((p) => p.severity === 'error')) return undefined;
  if (title === undefined || version === undefined || stages === undefined || totalPoints === undefined) return undefined;
  return {
    title,
    version,
    stages,
    totalPoints,
    ...defined('bonusCap', bonusCap),
    ...defined('grades', grades),
    ...(policy === undefined && trimThreshold === undefined ? {} : { aggregation: { policy: policy ?? 'trimmed', ...defined('trimThreshold', trimThreshold) } }),
    ...defined('tieBreak', tieBreak),
    ...defined('preference', preference),
    ...defined('vetoConsensus', vetoConsensus),
    ...(absolute === undefined && z === undefined ? {} : { deviation: { ...defined('absolute', absolute), ...defined('z', z) } }),
    ...defined('notes', notes),
  };
}

function readPreference(
  kind: PreferenceRule['kind'] | undefined,
  amount: SettingCell | undefined,
  sheet: string,
  out: CellProblems,
): PreferenceRule | undefined {
  if (kind === undefined || kind === 'none') {
    if (amount?.cell !== undefined) out.warn(amount.site, 'excel.setting.amountIgnored', { value: displayValue(amount.cell.value) });
    return kind === undefined ? undefined : { kind: 'none' };
  }
  if (amount?.cell === undefined) {
    if (amount) out.required(amount.site);
    else out.sheetError(sheet, 'excel.setting.missing', { sheet, label: settingLabel('preferenceAmount') });
    return undefined;
  }
  if (kind === 'reservedPlaces') {
    const places = out.integer(amount.site, amount.cell, 1, ['个', '名', '名额']);
    return places === undefined ? undefined : { kind, places };
  }
  const points = out.number(amount.site, amount.cell, 'positive');
  return points === undefined ? undefined : { kind, points };
}

const settingLabel = (key: SettingKey): string => SETTINGS.find((s) => s.key === key)?.label ?? key;

const defined = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);
