// How an application's scores are laid out, decided by the size of the panel and the standard. Up to 8
// experts fit a portrait page, up to 15 a landscape one; more are split into several tables of at most 15
// expert columns. A standard of many leaves scored by many experts makes a matrix no one reads in print
// and that pdfmake cannot hold for hundreds of applications (it keeps every laid-out cell, some 3 KB each,
// until the last page is drawn): beyond MAX_MATRIX_CELLS per application the summary prints each expert's
// group subtotals and each leaf's panel figure and spread instead; the leaf-by-leaf sheets are in the
// expert score sheets and the workbook.
import type { SheetRecord } from '../report-model';
import type { PdfOrientation } from './pdf-document';

const PORTRAIT_MAX_EXPERTS = 8;
const LANDSCAPE_MAX_EXPERTS = 15;
/** experts × leaves up to which every expert's points on every leaf are printed (15 × 100, 25 × 60). */
export const MAX_MATRIX_CELLS = 1500;

export interface ScoreTablePlan {
  orientation: PdfOrientation;
  /** 'leaves': every expert's points on every leaf; 'groups': group subtotals per expert, leaf figures for the panel. */
  detail: 'leaves' | 'groups';
  /** The experts' sheets split into tables. */
  chunks: SheetRecord[][];
}

export function scoreTablePlan(sheets: readonly SheetRecord[], leafCount: number): ScoreTablePlan {
  const detail = sheets.length * leafCount <= MAX_MATRIX_CELLS ? 'leaves' : 'groups';
  if (sheets.length <= PORTRAIT_MAX_EXPERTS) return { orientation: 'portrait', detail, chunks: [[...sheets]] };
  const tables = Math.ceil(sheets.length / LANDSCAPE_MAX_EXPERTS);
  const size = Math.ceil(sheets.length / tables);
  const chunks: SheetRecord[][] = [];
  for (let start = 0; start < sheets.length; start += size) chunks.push(sheets.slice(start, start + size));
  return { orientation: 'landscape', detail, chunks };
}
