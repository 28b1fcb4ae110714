// How far the panel agreed, for readers who do not know the statistics: ICC(2,1), ICC(2,k) and Kendall's W
// with a one-line reading, then each expert's severity (mean difference from the panel score) and how
// often the expert was flagged as deviating.
import type { MessageKey } from '../../i18n/translate';
import type { BuilderContext } from './builder-context';
import type { PdfContent, PdfTableCell } from './pdf-document';
import { factsTable, gridTable, th, type Fact } from './pdf-tables';
import { signedScoreText, statText, type Translate } from './pdf-text';
import { partHeading } from './review-headings';

/** ICC bands of Koo & Li (2016): below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent. */
export function iccLevel(value: number | null): MessageKey {
  if (value === null) return 'reportPdf.agreement.level.unknown';
  if (value < 0.5) return 'reportPdf.agreement.level.poor';
  if (value < 0.75) return 'reportPdf.agreement.level.moderate';
  if (value < 0.9) return 'reportPdf.agreement.level.good';
  return 'reportPdf.agreement.level.excellent';
}

/** Kendall's W bands as commonly read (Schmidt 1997): 0.3 weak, 0.5 moderate, 0.7 strong. */
export function kendallLevel(value: number | null): MessageKey {
  if (value === null) return 'reportPdf.agreement.level.unknown';
  if (value < 0.3) return 'reportPdf.agreement.wLevel.weak';
  if (value < 0.5) return 'reportPdf.agreement.wLevel.moderate';
  if (value < 0.7) return 'reportPdf.agreement.wLevel.strong';
  return 'reportPdf.agreement.wLevel.veryStrong';
}

function statistic(t: Translate, value: number | null, level: MessageKey): string {
  return t('reportPdf.agreement.statValue', { value: statText(value), level: t(level) });
}

function severityTable(context: BuilderContext): PdfContent {
  const { t, lookup, model } = context;
  const header = [
    t('reportPdf.column.expert'),
    t('reportPdf.column.organisation'),
    t('reportPdf.column.scored'),
    t('reportPdf.column.recused'),
    t('reportPdf.column.missing'),
    t('reportPdf.column.meanDifference'),
    t('reportPdf.column.flagged'),
  ].map(th);
  const body = model.results.experts.map((expert): PdfTableCell[] => [
    { text: expert.name || lookup.expertName(expert.expertId), alignment: 'left' },
    { text: lookup.expertById.get(expert.expertId)?.organisation ?? '', alignment: 'left' },
    String(expert.scored),
    String(expert.recused),
    String(expert.missing + expert.invalid),
    signedScoreText(expert.meanDifference),
    expert.flagged > 0 ? { text: String(expert.flagged), style: 'warning' } : '0',
  ]);
  return gridTable({ widths: [56, '*', 40, 44, 58, 60, 50], header: [header], body, centred: true });
}

export function agreementContent(context: BuilderContext): PdfContent {
  const { t, model } = context;
  const a = model.results.agreement;
  const facts: Fact[] = [
    [t('reportPdf.agreement.basis'), t('reportPdf.agreement.basisValue', { applications: a.applications, experts: a.experts })],
    [t('reportPdf.agreement.iccAverage'), statistic(t, a.iccAverage, iccLevel(a.iccAverage))],
    [t('reportPdf.agreement.iccSingle'), statistic(t, a.iccSingle, iccLevel(a.iccSingle))],
    [t('reportPdf.agreement.kendallW'), statistic(t, a.kendallW, kendallLevel(a.kendallW))],
  ];
  const reading = t('reportPdf.agreement.reading', {
    average: t(iccLevel(a.iccAverage)),
    single: t(iccLevel(a.iccSingle)),
    w: t(kendallLevel(a.kendallW)),
  });
  const flagged = model.results.experts.filter((expert) => expert.flagged > 0);
  return [
    { text: partHeading(context, 'agreement'), style: 'h2' },
    factsTable(facts),
    { text: reading, style: 'paragraph' },
    { text: t('reportPdf.agreement.bands'), style: 'note' },
    { text: t('reportPdf.agreement.severityHeading'), style: 'h3' },
    severityTable(context),
    { text: t('reportPdf.agreement.severityNote'), style: 'note' },
    flagged.length === 0
      ? { text: t('reportPdf.agreement.noDeviation'), style: 'paragraph' }
      : {
          text: t('reportPdf.agreement.deviations', {
            list: flagged.map((expert) => t('reportPdf.agreement.deviation', { name: expert.name, count: expert.flagged, mean: signedScoreText(expert.meanDifference) })).join(t('reportPdf.listSeparator')),
          }),
          style: ['paragraph', 'warning'],
        },
  ];
}
