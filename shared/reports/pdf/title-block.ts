// The block that opens a report (and each expert's packet): the title, the session, and the facts a reader
// needs to know which review, which standard and which data the pages describe.
import { groupedFingerprint } from '../../util/fingerprint';
import type { ReportModel } from '../report-model';
import { reportDateTime } from '../report-text';
import type { Locale } from '../../i18n/translate';
import type { PdfContent } from './pdf-document';
import { factsTable, type Fact } from './pdf-tables';
import { translatorFor } from './pdf-text';

/** Stage, batch and standard: what identifies the review. */
export function sessionFacts(model: ReportModel, locale: Locale): Fact[] {
  const t = translatorFor(locale);
  const { facts } = model;
  return [
    [t('reportPdf.facts.stage'), t(`standard.stage.${facts.stage}`)],
    [t('reportPdf.facts.batch'), facts.batch === null ? '—' : t('reportPdf.facts.batchValue', { batch: facts.batch })],
    [t('reportPdf.facts.standard'), t('reportPdf.facts.standardValue', { title: facts.standard.title, version: facts.standard.version })],
    [t('reportPdf.facts.standardFingerprint'), { text: groupedFingerprint(facts.standard.fingerprint), style: 'fingerprint' }],
  ];
}

/** When and from which data the report was made. */
export function provenanceFacts(model: ReportModel, locale: Locale): Fact[] {
  const t = translatorFor(locale);
  return [
    [t('reportPdf.facts.generated'), reportDateTime(locale, model.facts.generatedAt)],
    [t('reportPdf.facts.dataFingerprint'), { text: groupedFingerprint(model.facts.dataFingerprint), style: 'fingerprint' }],
  ];
}

/** Title, session name and the given facts (sessionFacts, provenanceFacts and whatever the report adds). */
export function titleBlock(model: ReportModel, title: string, facts: readonly Fact[]): PdfContent {
  return [
    { text: title, style: 'reportTitle' },
    { text: model.facts.sessionName, style: 'reportSubtitle' },
    factsTable(facts),
  ];
}
