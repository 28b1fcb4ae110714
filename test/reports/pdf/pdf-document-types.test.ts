// The builders' document shape (shared/reports/pdf/pdf-document.ts) is declared apart from @types/pdfmake so
// shared/ compiles without DOM and Node types; this file makes `tsc -p test` prove it is a strict subset of
// pdfmake's own TDocumentDefinitions, and the test below that a built document has the frame pdfmake needs.
import type * as pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import type { PdfContent, PdfDocument } from '../../../shared/reports/pdf/pdf-document';

// pdfmake's own types, reached through its entry point ('pdfmake/interfaces' has no file of its own to resolve).
type TDocumentDefinitions = Parameters<typeof pdfmake.createPdf>[0];
type Content = pdfmake.Content;

/** Compiles only while every PdfDocument is a valid pdfmake document definition. */
const asPdfmake = (doc: PdfDocument): TDocumentDefinitions => doc;
const contentAsPdfmake = (content: PdfContent): Content => content;

describe('PdfDocument', () => {
  it('is accepted where pdfmake expects a document definition', () => {
    const doc: PdfDocument = {
      pageSize: 'A4',
      pageMargins: [40, 60, 40, 60],
      info: { title: 't', ReviewDeskDataFingerprint: '0'.repeat(64), ReviewDeskReport: 'reviewReport' },
      content: [{ section: ['a', { text: 'b', style: 'x' }], pageOrientation: 'landscape' }],
      styles: { x: { bold: true } },
      defaultStyle: { font: 'NotoSansSC' },
      footer: (page, count) => `${page}/${count}`,
    };
    expect(asPdfmake(doc).pageSize).toBe('A4');
    expect(contentAsPdfmake({ table: { body: [['a', { text: 'b', colSpan: 1 }], [{}, { stack: ['c'] }]] } })).toBeTruthy();
  });
});
