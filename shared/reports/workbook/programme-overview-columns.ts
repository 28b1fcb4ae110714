// The columns of 「示范县总览」, each with its header, width, what it means (for 「说明」) and how a county's
// row fills it. One list, so the sheet and its explanation cannot drift apart.
// Dates are written as ISO text (YYYY-MM-DD, text format): they are the Beijing calendar dates of decision
// documents and never pass through a time zone (calendar-date.ts); zero-padded ISO text sorts in time order
// in Excel and WPS alike, reads the same in both and in CSV, and a text cell can never be re-read as a formula.
// A real Excel date would be a serial number shown through a locale-dependent format, with WPS and Excel
// disagreeing on how it is shown, for no gain in sorting.
import { translate, type Locale, type MessageKey } from '../../i18n/translate';
import { STAGES, type Stage } from '../../standard/schema';
import { eventWord, outcomeWord, stateWord, yesNoWord } from '../county-lifecycle-words';
import { LOOK } from './cell-styles';
import type { CountyOverviewRow } from './programme-overview-rows';
import { numberCell, textCell, type CellSpec } from './safe-cell';

export interface StageScore {
  /** The county's total score from that stage's review session. */
  total: number;
  sessionId: string;
}
/** Scores by stage for one county, as the review sessions gave them. */
export type StageScores = Partial<Record<Stage, StageScore>>;

export interface OverviewColumn {
  header: string;
  /** In Excel's character widths. */
  width: number;
  meaning: string;
  cell: (row: CountyOverviewRow, scores: StageScores | undefined) => CellSpec;
}

/** Columns every overview has; each has a header and a meaning in lifecycle-reports.json. */
type ColumnName =
  | 'code'
  | 'name'
  | 'city'
  | 'batch'
  | 'poverty'
  | 'state'
  | 'stateSince'
  | 'qualificationDate'
  | 'qualificationNumber'
  | 'midtermGrade'
  | 'midtermDate'
  | 'acceptanceResult'
  | 'acceptanceDate'
  | 'rectificationDeadline'
  | 'reinspectionResult'
  | 'reinspectionDate'
  | 'namedDate'
  | 'delistedDate'
  | 'nextStep'
  | 'nextDueDate'
  | 'daysLeft';

const date = (value: string | undefined): CellSpec => textCell(value ?? '', LOOK.text);

export function overviewColumns(locale: Locale, withScores: boolean): OverviewColumn[] {
  const t = (key: MessageKey, params: Record<string, string> = {}): string => translate(locale, key, params);
  const column = (name: ColumnName, width: number, cell: OverviewColumn['cell']): OverviewColumn => ({
    header: t(`lifecycleReports.overview.${name}`),
    width,
    meaning: t(`lifecycleReports.meaning.${name}`),
    cell,
  });
  const columns: OverviewColumn[] = [
    column('code', 10, (row) => textCell(row.county.code, LOOK.text)),
    column('name', 14, (row) => textCell(row.county.name, LOOK.text)),
    column('city', 10, (row) => textCell(row.county.city, LOOK.text)),
    column('batch', 6, (row) => numberCell(row.county.batch, LOOK.integer)),
    column('poverty', 8, (row) => textCell(yesNoWord(locale, row.county.povertyAlleviated), LOOK.text)),
    column('state', 12, (row) => textCell(stateWord(locale, row.county.state), LOOK.text)),
    column('stateSince', 12, (row) => date(row.stateSince)),
    column('qualificationDate', 12, (row) => date(row.qualification?.date)),
    column('qualificationNumber', 18, (row) => textCell(row.qualification?.documentNumber ?? '', LOOK.text)),
    column('midtermGrade', 9, (row) => textCell(outcomeWord(locale, row.midterm?.outcome), LOOK.text)),
    column('midtermDate', 12, (row) => date(row.midterm?.date)),
    column('acceptanceResult', 9, (row) => textCell(outcomeWord(locale, row.acceptance?.outcome), LOOK.text)),
    column('acceptanceDate', 12, (row) => date(row.acceptance?.date)),
    column('rectificationDeadline', 12, (row) => date(row.rectificationDeadline)),
    column('reinspectionResult', 9, (row) => textCell(outcomeWord(locale, row.reinspection?.outcome), LOOK.text)),
    column('reinspectionDate', 12, (row) => date(row.reinspection?.date)),
    column('namedDate', 12, (row) => date(row.named)),
    column('delistedDate', 12, (row) => date(row.delisted)),
    column('nextStep', 22, (row) => textCell(row.next.kind === 'none' ? '' : eventWord(locale, row.next.event), LOOK.text)),
    column('nextDueDate', 12, (row) => date(row.next.kind === 'dated' ? row.next.dueDate : undefined)),
    column('daysLeft', 9, (row) => numberCell(row.next.kind === 'dated' ? row.next.daysLeft : null, LOOK.integer)),
  ];
  if (!withScores) return columns;
  for (const stage of STAGES) {
    const name = t(`standard.stage.${stage}`);
    columns.push(
      {
        header: t('lifecycleReports.overview.stageScore', { stage: name }),
        width: 10,
        meaning: t('lifecycleReports.meaning.stageScore'),
        cell: (_row, scores) => numberCell(scores?.[stage]?.total ?? null, LOOK.score),
      },
      {
        header: t('lifecycleReports.overview.stageSession', { stage: name }),
        width: 16,
        meaning: t('lifecycleReports.meaning.stageSession'),
        cell: (_row, scores) => textCell(scores?.[stage]?.sessionId ?? '', LOOK.text),
      },
    );
  }
  return columns;
}
