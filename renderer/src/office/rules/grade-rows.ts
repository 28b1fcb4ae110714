// Grade bands as typed (name + minimum, text) and their check: names given and unique, minima numbers from 0
// up to the highest total an application can reach (total points + bonus cap, as validate.ts checks) and
// unique. Stored highest first, the order the report lists them in.
import type { MessageKey, MessageParams } from '../../../../shared/i18n/translate';
import type { GradeBand } from '../../../../shared/standard/schema';
import { numberText, readDecimal } from './number-text';

export interface GradeRow {
  name: string;
  min: string;
}

export interface GradeMessage {
  key: MessageKey;
  params: MessageParams;
}

export type GradeCheck = { ok: true; bands: GradeBand[] } | { ok: false; messages: GradeMessage[] };

export const rowsOf = (bands: readonly GradeBand[]): GradeRow[] => [...bands].sort((a, b) => b.min - a.min).map((band) => ({ name: band.name, min: numberText(band.min) }));

export function checkGrades(rows: readonly GradeRow[], ceiling: number): GradeCheck {
  const messages: GradeMessage[] = [];
  const names = new Set<string>();
  const minima = new Set<number>();
  rows.forEach((row, index) => {
    const line = index + 1;
    const name = row.name.trim();
    const min = readDecimal(row.min);
    if (name === '') messages.push({ key: 'officeWorkspace.rules.grades.nameRequired', params: { line } });
    else if (names.has(name)) messages.push({ key: 'officeWorkspace.rules.grades.duplicateName', params: { line, name } });
    if (Number.isNaN(min)) messages.push({ key: 'officeWorkspace.rules.grades.minInvalid', params: { line } });
    else if (min > ceiling) messages.push({ key: 'officeWorkspace.rules.grades.minAboveMax', params: { line, min, max: ceiling } });
    else if (minima.has(min)) messages.push({ key: 'officeWorkspace.rules.grades.duplicateMin', params: { line, min } });
    names.add(name);
    if (!Number.isNaN(min)) minima.add(min);
  });
  if (messages.length > 0) return { ok: false, messages };
  const bands = rows.map((row) => ({ name: row.name.trim(), min: readDecimal(row.min) })).sort((a, b) => b.min - a.min);
  return { ok: true, bands };
}
