// The review workbook for the desktop app: the same sheets as buildReviewWorkbook (shared/reports/workbook/),
// written by exceljs' streaming WorkbookWriter. The office opens these files in Microsoft Excel and WPS,
// stricter readers than the LibreOffice the tests have, and exceljs' output is known to open there; the
// streaming writer serialises each row as soon as it is described (exceljs-sink.ts commits it), so a session
// of any size is never held as exceljs cell objects all at once.
// The builder pauses every couple of thousand rows. exceljs writes a sheet's XML into its zip entry without
// heeding backpressure, so here each pause also waits until the zip has taken up most of what was written:
// memory stays flat however large the session, and progress can be reported. On this 2-core machine, the
// bench's W2 (1.45 million detail rows, two detail sheets) takes 40 s with the process peaking ~200 MB above
// the report model; without the wait 32 s, but with ~740 MB of XML queued for the zip at its peak.
import { EventEmitter, once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { Locale } from '../../shared/i18n/translate';
import type { ReportModel } from '../../shared/reports/report-model';
import { exceljsSink } from '../../shared/reports/workbook/exceljs-sink';
import { reviewWorkbookSteps, type ReviewWorkbookOptions } from '../../shared/reports/workbook/review-workbook';
import type { WorkbookSink } from '../../shared/reports/workbook/sheet-sink';

/** Called with the fraction of the workbook written, from 0 to 1. */
export type WorkbookProgress = (fraction: number) => void;

/** Deflate level: 1 keeps the zip's deflate up with the rows being written, for a file somewhat larger than
 * level 6 gives (the detail rows repeat the same words, which deflate well at any level). */
const COMPRESSION_LEVEL = 1;
/** How much of a sheet's XML may wait for the zip before the writer pauses until it has all been taken. */
const PENDING_LIMIT_BYTES = 4 << 20;

const asError = (cause: unknown): Error => (cause instanceof Error ? cause : new Error(String(cause)));
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** The stream a sheet's XML waits in before the zip takes it up, as far as the pause needs it. */
export interface ZipIntake {
  /** Bytes written to it and not yet taken up. */
  readonly pending: number;
  /** Resolves once it has been emptied. */
  drained(): Promise<void>;
}

/**
 * Where a WorksheetWriter's XML waits for the zip, or null. This looks into exceljs 4.4 internals, which its
 * types do not declare: the worksheet's `stream` (exceljs' StreamBuf) writes into the stream archiver made
 * for the entry (`pipes[0]`, a readable-stream PassThrough) regardless of its backpressure, so that stream's
 * buffered length is what is waiting. test/reports/workbook checks this is found, so an exceljs upgrade that
 * moves it fails a test instead of silently holding a whole sheet in memory; when it is not found the
 * pauses still yield a turn of the event loop.
 */
export function zipIntakeOf(worksheet: object): ZipIntake | null {
  const sheetStream: unknown = Reflect.get(worksheet, 'stream');
  const pipes: unknown = isObject(sheetStream) ? Reflect.get(sheetStream, 'pipes') : undefined;
  const intake: unknown = Array.isArray(pipes) ? pipes[0] : undefined;
  // readable-stream 2 (archiver's) has no `writableLength` yet: its state's length is the same count.
  const state: unknown = intake instanceof EventEmitter ? Reflect.get(intake, '_writableState') : undefined;
  if (!(intake instanceof EventEmitter) || !isObject(state) || typeof Reflect.get(state, 'length') !== 'number') return null;
  return {
    get pending(): number {
      const length: unknown = Reflect.get(state, 'length');
      return typeof length === 'number' ? length : 0;
    },
    drained: async () => {
      await once(intake, 'drain');
    },
  };
}

/** The pause between steps: lets the zip take up the open sheet's XML until no more than the limit waits. */
async function letZipCatchUp(worksheet: object | undefined): Promise<void> {
  const intake = worksheet ? zipIntakeOf(worksheet) : null;
  // A stream over the limit has refused a write, so it announces 'drain' once it is empty.
  if (intake && intake.pending > PENDING_LIMIT_BYTES) await intake.drained();
  else await nextTurn();
}

export async function writeReviewWorkbook(
  model: ReportModel,
  locale: Locale,
  output: Writable,
  onProgress?: WorkbookProgress,
  options: ReviewWorkbookOptions = {},
): Promise<void> {
  const zipped = new PassThrough();
  const written = pipeline(zipped, output);
  // Heard at once, so a failing output while rows are still being written is no unhandled rejection; the
  // pauses race it, so the writer stops at the next pause instead of waiting for a zip that no longer runs.
  written.catch(() => undefined);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: zipped,
    // Shared strings (t="s"), the plain-text cell type Excel itself writes: the alternative, t="str" with
    // the text in <v>, is a formula's cached string by the standard, and LibreOffice drops its leading white
    // space. Same time and memory on W2, a slightly smaller file.
    useSharedStrings: true,
    useStyles: true,
    zip: { zlib: { level: COMPRESSION_LEVEL } },
  });
  const sheets = exceljsSink(writer, { streaming: true });
  let open: object | undefined;
  const sink: WorkbookSink = {
    properties: (properties) => sheets.properties(properties),
    addSheet: (setup) => {
      const sheet = sheets.addSheet(setup);
      open = writer.getWorksheet(setup.name);
      return sheet;
    },
  };
  try {
    for (const fraction of reviewWorkbookSteps(sink, model, locale, options)) {
      onProgress?.(fraction * 0.95);
      await Promise.race([letZipCatchUp(open), written]);
    }
    // commit() writes styles, workbook, relationships and properties (core.xml with the keywords), then
    // finishes the zip; it resolves once `zipped` has taken the last byte, `written` once the output has.
    await Promise.all([writer.commit(), written]);
  } catch (cause) {
    zipped.destroy(asError(cause));
    throw cause;
  }
  onProgress?.(1);
}

/** The workbook collected into the bytes of an .xlsx file. */
export async function reviewWorkbookBytes(
  model: ReportModel,
  locale: Locale,
  onProgress?: WorkbookProgress,
  options: ReviewWorkbookOptions = {},
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const collector = new PassThrough();
  collector.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeReviewWorkbook(model, locale, collector, onProgress, options);
  return new Uint8Array(Buffer.concat(chunks));
}
