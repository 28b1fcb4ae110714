// What the PDF report tests share: the demo's report model at a fixed time, rendering to a file, and the
// real readers the rendered files are checked with (poppler's pdftotext, pdffonts, pdfinfo, pdftoppm and
// qpdf), run as programs the way a reader's machine would open the files.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { renderPdf } from '../../../electron/reports/render-pdf';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import type { PdfDocument } from '../../../shared/reports/pdf/pdf-document';
import { buildReportModel, type ReportModel } from '../../../shared/reports/report-model';
import { reportDataOf } from '../../../shared/reports/report-source';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');

/** 2026-11-27 20:41 in Beijing. */
export const GENERATED_AT = '2026-11-27T12:41:00Z';

export function demoModel(): ReportModel {
  return buildReportModel(reportDataOf(buildDemoReportSource()), GENERATED_AT);
}

export interface RenderedPdf {
  path: string;
  bytes: Uint8Array;
  /** pdftotext's reading of every page. */
  text: string;
  /** The same without any white space: pdftotext drops or adds spaces between Chinese and digits. */
  compact: string;
}

/** Whitespace-free form of a string, to compare with RenderedPdf.compact. */
export const compact = (text: string): string => text.replace(/\s+/g, '');

export async function renderToFile(doc: PdfDocument, name: string): Promise<RenderedPdf> {
  const dir = await mkdtemp(join(tmpdir(), 'review-desk-pdf-'));
  const path = join(dir, name);
  const bytes = await renderPdf(doc);
  await writeFile(path, bytes);
  const text = await pdfText(path);
  return { path, bytes, text, compact: compact(text) };
}

export async function pdfText(path: string, firstPage?: number, lastPage?: number): Promise<string> {
  const pages = [...(firstPage ? ['-f', String(firstPage)] : []), ...(lastPage ? ['-l', String(lastPage)] : [])];
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...pages, path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function pdfFonts(path: string): Promise<string> {
  return (await run('pdffonts', [path])).stdout;
}

/** pdfinfo: the custom information entries, then the usual summary with every page's size. */
export async function pdfInfo(path: string): Promise<string> {
  const custom = (await run('pdfinfo', ['-custom', path])).stdout;
  const pages = (await run('pdfinfo', ['-f', '1', '-l', '100000', path])).stdout;
  return `${custom}${pages}`;
}

/** Each page's size as pdfinfo prints it ("595.28 x 841.89 pts (A4)"), in page order. */
export function pageSizes(info: string): string[] {
  return [...info.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((match) => match[1] ?? '');
}

/** qpdf --check: resolves with its report when the file is clean (exit 0), rejects on warnings or errors. */
export async function qpdfCheck(path: string): Promise<string> {
  return (await run('qpdf', ['--check', path])).stdout;
}

export function pageCount(info: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** Pages 1–3 as PNG at 80 dpi into out/screenshots/reports/, for a person to look at; the files written. */
export async function screenshots(path: string, name: string): Promise<string[]> {
  const dir = join(root, 'out/screenshots/reports');
  await mkdir(dir, { recursive: true });
  // pdftoppm pads page numbers to the width of the last page's number: name-1.png or name-01.png.
  const pattern = new RegExp(`^${name}-0*[1-3]\\.png$`);
  for (const file of await readdir(dir)) if (pattern.test(file)) await rm(join(dir, file));
  await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '3', path, join(dir, name)]);
  return (await readdir(dir)).filter((file) => pattern.test(file)).sort();
}

/** Fails with the missing text alone, not the whole document. */
export function expectText(rendered: RenderedPdf, ...needles: string[]): void {
  const missing = needles.filter((needle) => !rendered.compact.includes(compact(needle)));
  expect(missing).toEqual([]);
}
