// Reads the text out of a built document definition, as the tests of the builders need it: every string
// pdfmake would print, from text nodes, stacks, columns, tables and sections, and from the page header
// and footer as drawn on a given page.
import type { PdfContent, PdfDocument, PdfSection } from '../../../shared/reports/pdf/pdf-document';

export function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const table = record.table as { body?: unknown } | undefined;
  return [record.text, record.stack, record.columns, record.section, table?.body].flatMap((child) => (child === undefined ? [] : textsOf(child)));
}

/** All printed text of the document's content, joined. */
export const contentText = (doc: PdfDocument): string => textsOf(doc.content).join('\n');

export const A4 = { width: 595.28, height: 841.89 };

export function footerText(doc: PdfDocument, page: number, count: number): string {
  return textsOf(doc.footer?.(page, count, A4)).join('\n');
}

export function headerText(doc: PdfDocument, page: number, count: number): string {
  return textsOf(doc.header?.(page, count, A4)).join('\n');
}

export const isSection = (node: PdfSection | PdfContent): node is PdfSection => typeof node === 'object' && node !== null && !Array.isArray(node) && 'section' in node;

export function sectionsOf(doc: PdfDocument): PdfSection[] {
  return doc.content.filter(isSection);
}
