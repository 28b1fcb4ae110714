// `programme status` in words: the programme overview the host answered (programmeOverview), laid out for a
// terminal — one row per county (code, name, batch, state, the last step with its date and 文号, what is due
// next with its date and the days left or overdue) in columns padded by display width, then the quota's
// working and the overdue progress reports as the host phrased them. Pure: the caller prints the lines.
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import { outcomeOf } from '../../../shared/lifecycle/transition-events';
import { eventWord, outcomeWord } from '../../../shared/reports/county-lifecycle-words';
import { displayWidth, padToWidth } from '../text-columns';

export type ProgrammeOverview = Extract<HostResult<'programmeOverview'>, { ok: true }>;
type CountyOverview = ProgrammeOverview['counties'][number];

const dash = '—';
/** Cells of a row are this many spaces apart (at least), so two wide cells never run together. */
const GAP = 2;

const COLUMNS: readonly MessageKey[] = [
  'cli.programme.column.code',
  'cli.programme.column.name',
  'cli.programme.column.batch',
  'cli.programme.column.state',
  'cli.programme.column.lastDate',
  'cli.programme.column.lastStep',
  'cli.programme.column.documentNumber',
  'cli.programme.column.next',
  'cli.programme.column.due',
  'cli.programme.column.days',
];

/** Rows of cells as lines, each column as wide as its widest cell; the last column is not padded. */
export function alignedLines(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : padToWidth(cell, (widths[i] ?? 0) + GAP)))
      .join('')
      .trimEnd(),
  );
}

function lastStepCells(locale: Locale, county: CountyOverview): [string, string, string] {
  const last = county.lastTransition;
  if (last === null) return [dash, dash, dash];
  const { event } = last;
  const outcome = outcomeWord(locale, outcomeOf(event));
  const step = outcome === '' ? eventWord(locale, event.kind) : translate(locale, 'cli.programme.stepWithOutcome', { event: eventWord(locale, event.kind), outcome });
  return [event.date, step, event.documentNumber ?? dash];
}

function nextDueCells(locale: Locale, due: CountyOverview['nextDue']): [string, string, string] {
  switch (due.kind) {
    case 'none':
      return [translate(locale, 'cli.programme.nothingDue'), dash, dash];
    case 'undated':
      return [eventWord(locale, due.event), dash, dash];
    case 'dated': {
      const days =
        due.daysLeft < 0 ? translate(locale, 'cli.programme.daysOverdue', { days: -due.daysLeft }) : translate(locale, 'cli.programme.daysLeft', { days: due.daysLeft });
      return [eventWord(locale, due.event), due.dueDate, days];
    }
  }
}

function countyRow(locale: Locale, county: CountyOverview): string[] {
  return [
    county.code,
    county.name,
    translate(locale, 'cli.programme.batch', { batch: county.batch }),
    county.stateLabel,
    ...lastStepCells(locale, county),
    ...nextDueCells(locale, county.nextDue),
  ];
}

function section(locale: Locale, heading: MessageKey, lines: readonly string[], params: MessageParams = {}): string[] {
  return ['', translate(locale, heading, params), ...lines.map((line) => `  ${line}`)];
}

export function programmeStatusLines(overview: ProgrammeOverview, locale: Locale): string[] {
  const t = (key: MessageKey, params: MessageParams = {}): string => translate(locale, key, params);
  const lines = [t('cli.programme.heading', { today: overview.today, count: overview.counties.length })];
  if (overview.counties.length === 0) lines.push(t('cli.programme.noCounties'));
  else lines.push(...alignedLines([COLUMNS.map((key) => t(key)), ...overview.counties.map((county) => countyRow(locale, county))]));

  const quota = overview.quota === null ? [t('cli.programme.noQuota')] : [...overview.quota.lines, ...overview.quota.problems];
  lines.push(...section(locale, 'cli.programme.quotaHeading', quota));
  lines.push(...section(locale, 'cli.programme.overdueHeading', overview.overdueLines, { count: overview.overdue.length }));
  if (overview.unmatchedLines.length > 0) lines.push(...section(locale, 'cli.programme.unmatchedHeading', overview.unmatchedLines));
  return lines;
}
