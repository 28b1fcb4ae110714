// Renders a report's document definition (shared/reports/pdf/) to PDF bytes with the Node build of pdfmake
// and Noto Sans SC from @embedpdf/fonts-sc (pdfkit embeds only the glyphs used, as a subset).
// Report text comes from sessions and score sheets, i.e. from outside: pdfmake must never fetch a URL or
// read a file because of it, so every URL is refused and the only local files it may read are the fonts.
import pdfmakeNode from 'pdfmake/js/index.js';
import type { PdfDocument } from '../../shared/reports/pdf/pdf-document';
import { PDF_FONT } from '../../shared/reports/pdf/pdf-styles';
import { pdfFontFiles, type FontFiles } from './pdf-font-files';

/** The part of pdfmake's Node API used here. Declared rather than imported from @types/pdfmake, whose
 * declarations pull the DOM library into the Node-side program (see pdf-document.ts). */
interface PdfMake {
  setFonts(fonts: Record<string, FontFiles>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  setProgressCallback(callback: ((fraction: number) => void) | undefined): void;
  createPdf(doc: PdfDocument): { getBuffer(): Promise<Uint8Array> };
}

// pdfmake is CommonJS and exports its singleton as module.exports, which is what the default import gives
// (Node, tsx and esbuild alike). A static import, not createRequire, so that the app's bundle contains it.
const pdfmake = pdfmakeNode as PdfMake;

const FONT_FILES = pdfFontFiles();
const ALLOWED_FILES = new Set(Object.values(FONT_FILES));

pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => ALLOWED_FILES.has(path));

export interface RenderPdfOptions {
  /** Called with 0…1 while pages are drawn (after layout), and with 1 at the end. */
  onProgress?: (fraction: number) => void;
}

/**
 * The document's bytes. pdfmake annotates the definition while laying it out, so a definition is rendered
 * once: build a fresh one for another rendering.
 */
export async function renderPdf(doc: PdfDocument, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  // pdfmake is a singleton and mutates its font table; each rendering gets a fresh copy of it. The progress
  // callback is read by createPdf synchronously, so concurrent renderings keep their own.
  pdfmake.setFonts({ [PDF_FONT]: { ...FONT_FILES } });
  pdfmake.setProgressCallback(options.onProgress);
  let output: { getBuffer(): Promise<Uint8Array> };
  try {
    output = pdfmake.createPdf(doc);
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
  const bytes = await output.getBuffer();
  options.onProgress?.(1);
  return bytes;
}
