// The review report's signature pages: every panel member by name and organisation, a line to sign, a date,
// and a box for a written dissent. Each member's block is kept on one page; nobody signs for another.
import type { ExpertReport } from '../report-model';
import type { BuilderContext } from './builder-context';
import type { PdfContent, PdfSection, PdfTableNode } from './pdf-document';
import { COLOR, GRID } from './pdf-styles';

function memberBlock(context: BuilderContext, report: ExpertReport): PdfTableNode {
  const { t } = context;
  const { expert } = report;
  const separator = t('reportPdf.signature.detailSeparator');
  const details = [expert.organisation.trim(), expert.title.trim()].filter((part) => part !== '').join(separator);
  return {
    table: {
      widths: ['*', '*'],
      // Room to sign by hand, and for a few lines of dissent (a longer one is attached).
      heights: (row: number) => (row === 1 ? 34 : row === 2 ? 70 : 'auto'),
      body: [
        [{ text: [{ text: expert.name, bold: true }, details === '' ? '' : `${separator}${details}`], colSpan: 2, fillColor: COLOR.groupFill }, {}],
        [t('reportPdf.signature.sign'), t('reportPdf.signature.date')],
        [{ text: t('reportPdf.signature.dissent'), colSpan: 2, style: 'muted' }, {}],
      ],
    },
    layout: GRID,
    unbreakable: true,
    margin: [0, 0, 0, 12],
  };
}

export function signatureSection(context: BuilderContext): PdfSection {
  const { t, model } = context;
  const content: PdfContent[] = [
    { text: t('reportPdf.signature.heading'), style: 'h1' },
    { text: t('reportPdf.signature.statement'), style: 'paragraph', margin: [0, 0, 0, 12] },
    ...model.experts.map((report) => memberBlock(context, report)),
  ];
  return { section: content, pageOrientation: 'portrait' };
}
