// One county's timeline (创建历程) as a PDF document definition: who the county is (name, code, city, batch,
// poverty-alleviated flag), where it stands and what is due next, the rectification deadline while it
// rectifies, every recorded transition in order (with the panel's score where the office recorded one) and
// the progress reports it owed with the missing and overdue ones marked. Pure: the caller renders it
// (electron/reports/render-pdf.ts) with the embedded CJK font.
import type { Locale } from '../../i18n/translate';
import type { CalendarDate } from '../../lifecycle/calendar-date';
import type { CountyEntry } from '../../lifecycle/county-entry';
import { DEFAULT_LIFECYCLE_SETTINGS, nextDue, type LifecycleSettings } from '../../lifecycle/next-due';
import type { CountyReportStatus } from '../../lifecycle/progress-reports';
import { daysBetween } from '../../lifecycle/calendar-date';
import { rectificationDeadlineOf } from '../../lifecycle/rectification-deadline';
import { fingerprintOf } from '../../util/fingerprint';
import { stateSince } from '../county-lifecycle-dates';
import { nextDueLine, stateWord, yesNoWord } from '../county-lifecycle-words';
import { reportDateTime } from '../report-text';
import { timelineDocument } from './county-timeline-frame';
import { hasScores, progressTable, transitionsTable } from './county-timeline-tables';
import type { PdfContent, PdfDocument } from './pdf-document';
import { factsGrid, type Fact } from './pdf-tables';
import { translatorFor } from './pdf-text';

export interface CountyTimelineInput {
  county: CountyEntry;
  /** Today's Beijing date: what is due next, and the days left or overdue, are counted from it. */
  today: CalendarDate;
  /** ISO instant the report is generated (printed in Beijing time). */
  generatedAt: string;
  /** The register's intervals (county-register.ts); the defaults when omitted. */
  settings?: LifecycleSettings;
  /** The county's progress reports as reportStatus gave them; omitted when the caller keeps none. */
  progress?: CountyReportStatus;
}

/** What the report was made from, hashed: printed in the footer and kept in the information dictionary. */
export function countyTimelineFingerprint(input: Pick<CountyTimelineInput, 'county' | 'today' | 'progress'>): string {
  return fingerprintOf({ county: input.county, today: input.today, progress: input.progress ?? null });
}

function countyFacts(locale: Locale, input: CountyTimelineInput): Fact[] {
  const t = translatorFor(locale);
  const { county, today } = input;
  const since = stateSince(county);
  const state = stateWord(locale, county.state);
  const facts: Fact[] = [
    [t('lifecycleReports.facts.county'), county.name],
    [t('lifecycleReports.facts.code'), county.code],
    [t('lifecycleReports.facts.city'), county.city],
    [t('lifecycleReports.facts.batch'), t('lifecycleReports.facts.batchValue', { batch: county.batch })],
    [t('lifecycleReports.facts.poverty'), yesNoWord(locale, county.povertyAlleviated)],
    [t('lifecycleReports.facts.state'), { text: since === undefined ? state : t('lifecycleReports.facts.stateSince', { state, date: since }), bold: true }],
    [t('lifecycleReports.facts.nextDue'), nextDueLine(locale, nextDue(county, today, input.settings ?? DEFAULT_LIFECYCLE_SETTINGS))],
  ];
  const deadline = rectificationDeadlineOf(county);
  if (deadline !== undefined) {
    const days = daysBetween(today, deadline);
    const text =
      days < 0
        ? { text: t('lifecycleReports.rectification.passed', { deadline, days: -days }), style: 'warning' }
        : { text: t('lifecycleReports.rectification.inTime', { deadline, days }), bold: true };
    facts.push([t('lifecycleReports.facts.rectificationDeadline'), text]);
  }
  facts.push([t('lifecycleReports.facts.generated'), reportDateTime(locale, input.generatedAt)]);
  return facts;
}

export function buildCountyTimelinePdf(input: CountyTimelineInput, locale: Locale): PdfDocument {
  const t = translatorFor(locale);
  const { county } = input;
  const heading = t('lifecycleReports.timeline.subtitle', { county: county.name, code: county.code });
  const content: PdfContent[] = [
    { text: t('lifecycleReports.timeline.title'), style: 'reportTitle' },
    { text: heading, style: 'reportSubtitle' },
    factsGrid(countyFacts(locale, input)),
    transitionsTable(locale, county),
    progressTable(locale, input.progress),
    { text: t('lifecycleReports.timeline.datesNote'), style: 'note' },
    ...(hasScores(county) ? [{ text: t('lifecycleReports.timeline.scoreNote'), style: 'note' }] : []),
  ];
  return timelineDocument(locale, { county: heading, generatedAt: input.generatedAt, fingerprint: countyTimelineFingerprint(input) }, content);
}
