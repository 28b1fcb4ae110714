// No text from a user or a file ever becomes a formula: hostile county names, comments, opinions, recusal
// reasons and expert names come back as text cells — typed String in exceljs, text-formatted, and with no
// `<f>` in the sheet XML — from the desktop app's writer (exceljs' streaming WorkbookWriter) and from the
// in-memory workbook, both with shared strings (`t="s"`); the only formulas are the summary's, which we built.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../shared/reports/report-model';
import { buildReviewWorkbook } from '../../../shared/reports/workbook/review-workbook';
import { LOOK } from '../../../shared/reports/workbook/cell-styles';
import { MAX_CELL_TEXT, textCell } from '../../../shared/reports/workbook/safe-cell';
import { reviewWorkbookBytes } from '../../../electron/reports/review-workbook-stream';
import { workbookBytes } from '../../../electron/reports/workbook-bytes';
import { HOSTILE, hostileModel, loadWorkbook, partText } from './workbook-fixtures';

const SHEETS = [1, 2, 3, 4, 5].map((n) => `xl/worksheets/sheet${n}.xml`);

let model: ReportModel;
const bytes: Record<'inMemory' | 'streamed', Uint8Array> = { inMemory: new Uint8Array(), streamed: new Uint8Array() };

beforeAll(async () => {
  model = hostileModel();
  bytes.inMemory = await workbookBytes(buildReviewWorkbook(model, 'zh-CN'));
  bytes.streamed = await reviewWorkbookBytes(model, 'zh-CN');
});

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', '#13': '\r', '#10': '\n', '#9': '\t' };
const unescapeXml = (text: string): string => text.replace(/&(lt|gt|quot|apos|amp|#13|#10|#9);/g, (_, e: string) => ENTITIES[e] ?? '');

/** The text of a `<t>` run list (shared string item or inline string). */
const runText = (xml: string): string => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');

interface RawCell {
  sheet: string;
  xml: string;
  text: string | null;
  /** The number format id of the cell's style (49 is Excel's built-in text format '@'). */
  numFmtId: number | null;
}

/** The number format id of each cellXfs entry, by style index, from xl/styles.xml. */
async function styleFormats(file: Uint8Array): Promise<number[]> {
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(await partText(file, 'xl/styles.xml'))?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\s([^>]*)>/g)].map((m) => Number(/numFmtId="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 0));
}

/** Every `<c>` of every sheet with the text it shows (resolving shared strings), straight from the XML. */
async function rawCells(file: Uint8Array): Promise<RawCell[]> {
  const shared = await partText(file, 'xl/sharedStrings.xml').then(
    (xml) => [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runText(m[1] ?? '')),
    () => [] as string[],
  );
  const formats = await styleFormats(file);
  const cells: RawCell[] = [];
  for (const sheet of SHEETS) {
    const xml = await partText(file, sheet);
    for (const match of xml.matchAll(/<c\s[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
      const cell = match[0];
      const type = /\st="([^"]+)"/.exec(cell)?.[1];
      const value = /<v>([^<]*)<\/v>/.exec(cell)?.[1];
      const formula = /<f>([^<]*)<\/f>/.exec(cell)?.[1];
      // A formula cell "shows" its formula here, so hostile text that became one is found, and fails.
      const text =
        formula !== undefined
          ? unescapeXml(formula)
          : type === 's'
            ? (shared[Number(value)] ?? null)
            : type === 'inlineStr'
              ? runText(cell)
              : type === 'str'
                ? unescapeXml(value ?? '')
                : null;
      const style = /\ss="(\d+)"/.exec(cell)?.[1];
      cells.push({ sheet, xml: cell, text, numFmtId: style === undefined ? null : (formats[Number(style)] ?? null) });
    }
  }
  return cells;
}

describe.each(['inMemory', 'streamed'] as const)('hostile text in the workbook (%s)', (writer) => {
  it('stays a text cell in every place it shows, typed String, text-formatted, never a formula', async () => {
    const workbook = await loadWorkbook(bytes[writer]);
    const found = new Map<string, number>();
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const text = typeof cell.value === 'string' ? cell.value : null;
          for (const hostile of Object.values(HOSTILE)) {
            if (cell.formula?.includes(hostile)) throw new Error(`${sheet.name}!${cell.address} became a formula`);
            if (text === null || !text.includes(hostile)) continue;
            found.set(hostile, (found.get(hostile) ?? 0) + 1);
            expect(cell.type, `${sheet.name}!${cell.address}`).toBe(ExcelJS.ValueType.String);
            expect(cell.numFmt, `${sheet.name}!${cell.address}`).toBe('@');
          }
        }),
      );
    }
    // Counties: summary, suggestion list and every detail row; the expert: summary header and detail rows.
    expect(found.get(HOSTILE.county)).toBeGreaterThan(3);
    expect(found.get(HOSTILE.secondCounty)).toBeGreaterThan(3);
    expect(found.get(HOSTILE.expertName)).toBeGreaterThan(2);
    for (const hostile of [HOSTILE.comment, HOSTILE.opinion, HOSTILE.recusal, HOSTILE.tabbed]) expect(found.get(hostile), hostile).toBeGreaterThan(0);
  });

  it('has no <f> in any cell holding it, and the text format, in the raw sheet XML', async () => {
    const cells = await rawCells(bytes[writer]);
    for (const hostile of Object.values(HOSTILE)) {
      const holding = cells.filter((cell) => cell.text?.includes(hostile));
      expect(holding.length, hostile).toBeGreaterThan(0);
      for (const cell of holding) {
        expect(cell.xml, hostile).not.toContain('<f');
        expect(cell.xml).toMatch(/\st="s"/);
        expect(cell.numFmtId, cell.xml).toBe(49);
      }
    }
  });

  it('has formulas only where we built them: the summary’s totals, counts and aggregates', async () => {
    const cells = await rawCells(bytes[writer]);
    const formulas = cells.filter((cell) => cell.xml.includes('<f>'));
    const scored = model.applications.reduce((n, a) => n + a.sheets.filter((s) => s.state === 'scored').length, 0);
    const aggregates = model.applications.filter((a) => a.result.aggregate !== null).length;
    expect(formulas.every((cell) => cell.sheet === SHEETS[0])).toBe(true);
    expect(formulas).toHaveLength(scored + model.applications.length + aggregates);
    for (const cell of formulas) expect(cell.xml).toMatch(/<f>(ROUND|COUNT)\(/);
  });
});

describe('textCell', () => {
  it('keeps text as given, in the text format, and cuts only what Excel could not hold', () => {
    expect(textCell(HOSTILE.county, LOOK.text)).toEqual({ kind: 'text', text: HOSTILE.county, look: { numFmt: '@' } });
    expect(textCell('', LOOK.text).kind).toBe('blank');
    const long = textCell('评'.repeat(MAX_CELL_TEXT + 10), LOOK.text);
    expect(long.kind === 'text' && long.text.length).toBe(MAX_CELL_TEXT);
  });
});
