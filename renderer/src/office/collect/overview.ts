// The host's overview of a sent session as the Collect screen reads it: the roster row beside each matrix
// row, an application's name by id, and the counts the heading gives.
import type { HostResult } from '../../../../shared/contract/host-api-spec';
import type { ProgressCell } from '../../../../shared/office/progress-matrix';
import { monthDayTime } from '../../app/format';

export type Overview = Extract<HostResult<'officeSessionOverview'>, { ok: true }>;
export type RosterRow = Overview['roster'][number];
export type LatestExport = Overview['matrix']['latestExports'][number];

export interface ExpertProgress {
  expert: RosterRow;
  cells: ProgressCell[];
  owes: string[];
  latest: LatestExport | null;
}

/** One entry per matrix row, in the session's roster order, each with its roster entry and latest export. */
export function expertRows(overview: Overview): ExpertProgress[] {
  const roster = new Map(overview.roster.map((entry) => [entry.expertId, entry]));
  const latest = new Map(overview.matrix.latestExports.map((entry) => [entry.expertId, entry]));
  return overview.matrix.rows.flatMap((row) => {
    const expert = roster.get(row.expertId);
    // The matrix is built from the roster, so every row has its entry; a row without one has nothing to show.
    return expert === undefined ? [] : [{ expert, cells: row.cells, owes: row.owes, latest: latest.get(row.expertId) ?? null }];
  });
}

export const countyNames = (overview: Overview): Map<string, string> => new Map(overview.applications.map((a) => [a.id, a.countyName]));

export function cellCounts(rows: readonly ExpertProgress[]): Record<ProgressCell, number> {
  const counts: Record<ProgressCell, number> = { scored: 0, recused: 0, missing: 0, notAssigned: 0, excludedByOffice: 0 };
  for (const row of rows) for (const cell of row.cells) counts[cell] += 1;
  return counts;
}

/** A timestamp as month, day and time on this computer's clock; the text as given when it is not one. */
export function shortTime(iso: string, locale: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : monthDayTime(at, locale);
}

/** The time to show for an export: when this office took it in, else when the expert made it (by the expert's clock). */
export const exportTime = (latest: LatestExport, locale: string): string => shortTime(latest.importedAt ?? latest.createdAt, locale);
