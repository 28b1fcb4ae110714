// 专家评分表: one packet per expert, each starting on a new page — who the expert is and which signed
// export the sheets came from, every assigned application as scored, the recusals with their reasons, and
// a line for the expert's signature. The office prints it for the expert to check and sign.
import type { Locale } from '../../i18n/translate';
import { groupedFingerprint } from '../../util/fingerprint';
import type { ExpertReport, ReportModel } from '../report-model';
import { reportDocument, reportTitle } from './document-frame';
import { builderContext, type BuilderContext } from './builder-context';
import { sheetApplicationBlock } from './expert-sheet-application';
import type { PdfContent, PdfDocument, PdfSection } from './pdf-document';
import type { Fact } from './pdf-tables';
import { provenanceFacts, sessionFacts, titleBlock } from './title-block';

function exportFacts(context: BuilderContext, report: ExpertReport): Fact[] {
  const { t } = context;
  if (report.export === null) return [[t('reportPdf.expert.export'), t('reportPdf.expert.noExport')]];
  return [
    [t('reportPdf.expert.export'), t('reportPdf.expert.exportValue', { sequence: report.export.sequence })],
    [t('reportPdf.expert.exportHash'), { text: groupedFingerprint(report.export.exportHash), style: 'fingerprint' }],
    [t('reportPdf.expert.signerKey'), { text: groupedFingerprint(report.export.signerFingerprint), style: 'fingerprint' }],
  ];
}

function expertFacts(context: BuilderContext, report: ExpertReport): Fact[] {
  const { t } = context;
  const { expert, summary } = report;
  return [
    [t('reportPdf.expert.name'), t('reportPdf.expert.nameValue', { name: expert.name, id: expert.id })],
    [t('reportPdf.expert.organisation'), expert.organisation.trim() || '—'],
    [t('reportPdf.expert.title'), expert.title.trim() || '—'],
    [
      t('reportPdf.expert.assigned'),
      t('reportPdf.expert.assignedValue', {
        count: report.sheets.length,
        scored: summary.scored,
        recused: summary.recused,
        missing: summary.missing,
        invalid: summary.invalid,
      }),
    ],
    ...exportFacts(context, report),
  ];
}

function recusalList(context: BuilderContext, report: ExpertReport): PdfContent[] {
  const { t, lookup } = context;
  const recused = report.sheets.filter((sheet) => sheet.state === 'recused');
  if (recused.length === 0) return [];
  return [
    { text: t('reportPdf.expert.recusalsHeading', { count: recused.length }), style: 'h2' },
    ...recused.map((sheet) => {
      const app = lookup.applicationById.get(sheet.applicationId);
      return {
        text: t('reportPdf.expert.recusal', {
          id: sheet.applicationId,
          county: app?.countyName ?? '',
          city: app?.city ?? '',
          reason: sheet.recusalReason?.trim() || t('reportPdf.sheet.noReasonGiven'),
        }),
        style: 'paragraph',
      };
    }),
  ];
}

/** The expert's confirmation and signature line, kept together on one page. */
function signatureBlock(context: BuilderContext, report: ExpertReport): PdfContent {
  const { t } = context;
  return {
    stack: [
      { text: t(report.export === null ? 'reportPdf.expert.confirmation' : 'reportPdf.expert.confirmationSigned'), style: 'paragraph' },
      { text: t('reportPdf.signature.expertLine'), style: 'signatureLabel', margin: [0, 22, 0, 0] },
    ],
    unbreakable: true,
    margin: [0, 18, 0, 0],
  };
}

function expertPacket(context: BuilderContext, title: string, report: ExpertReport): PdfContent {
  const { model, locale } = context;
  return [
    titleBlock(model, title, [...expertFacts(context, report), ...sessionFacts(model, locale), ...provenanceFacts(model, locale)]),
    ...report.sheets.filter((sheet) => sheet.state !== 'recused').map((sheet) => sheetApplicationBlock(context, sheet)),
    ...recusalList(context, report),
    signatureBlock(context, report),
  ];
}

export function buildExpertSheetsPdf(model: ReportModel, locale: Locale): PdfDocument {
  const context = builderContext(model, locale);
  const { t } = context;
  const title = reportTitle(t, 'expertSheets');
  const sections: PdfSection[] = model.experts.map((report) => ({ section: expertPacket(context, title, report) }));
  const content: Array<PdfSection | PdfContent> =
    sections.length > 0 ? sections : [titleBlock(model, title, [...sessionFacts(model, locale), ...provenanceFacts(model, locale)]), t('reportPdf.expert.noExperts')];
  return reportDocument(model, locale, 'expertSheets', content);
}
