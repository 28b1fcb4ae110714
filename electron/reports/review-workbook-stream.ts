// The review workbook for the desktop app: the same sheets as buildReviewWorkbook (shared/reports/
// workbook/), written by the XML writer straight into a zip as they are described, instead of through
// exceljs' cell objects. On this 2-core machine, for the bench's W2 on the sample standard (500 applications
// × 15 experts, ~210 000 detail rows): exceljs' in-memory workbook 19 s and 1.7 GB, its streaming writer
// about 7 s; this writer under 2 s with the process at ~400 MB (~60 MB above the report model). The builder
// pauses every couple of thousand rows; here each pause waits until the zip has taken up what was written,
// so memory stays flat however large the session, the zip deflates on libuv's thread pool meanwhile, and
// progress can be reported.
import { once } from 'node:events';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { Locale } from '../../shared/i18n/translate';
import type { ReportModel } from '../../shared/reports/report-model';
import { reviewWorkbookSteps } from '../../shared/reports/workbook/review-workbook';
import { xmlWorkbookSink, type PackageWriter, type PartWriter } from '../../shared/reports/workbook/xml-sink';

/** Called with the fraction of the workbook written, from 0 to 1. */
export type WorkbookProgress = (fraction: number) => void;

/** Deflate level: 1 keeps the zip's deflate (one thread) up with the XML being written, for a file about 30%
 * larger than level 6 gives; at level 6 the deflate was the bottleneck (1.5 M rows: 13 s against 9 s). */
const COMPRESSION_LEVEL = 1;
/** How much XML may wait for the zip before the writer pauses. */
const PART_BUFFER_BYTES = 4 << 20;

const asError = (cause: unknown): Error => (cause instanceof Error ? cause : new Error(String(cause)));

/** Parts as entries of a yazl zip, each a stream the zip reads while the sheet is still being written. */
class ZipParts implements PackageWriter {
  private current: PassThrough | null = null;

  constructor(
    private readonly zip: yazl.ZipFile,
    private readonly mtime: Date,
  ) {}

  part(path: string): PartWriter {
    const stream = new PassThrough({ highWaterMark: PART_BUFFER_BYTES });
    this.zip.addReadStream(stream, path, { mtime: this.mtime, compress: true, compressionLevel: COMPRESSION_LEVEL });
    this.current = stream;
    return { write: (text) => void stream.write(text), end: () => void stream.end() };
  }

  /** Resolves once the part being written is below its buffer limit again. */
  async drained(): Promise<void> {
    const stream = this.current;
    if (stream && !stream.writableEnded && stream.writableNeedDrain) await once(stream, 'drain');
  }
}

export async function writeReviewWorkbook(model: ReportModel, locale: Locale, output: Writable, onProgress?: WorkbookProgress): Promise<void> {
  const zip = new yazl.ZipFile();
  const zipped = zip.outputStream as Readable;
  // yazl reports a failure as an 'error' on the ZipFile, which its output would never hear of.
  zip.on('error', (cause: unknown) => void zipped.destroy(asError(cause)));
  const written = pipeline(zipped, output);
  const parts = new ZipParts(zip, new Date(model.facts.generatedAt));
  const sink = xmlWorkbookSink(parts);
  for (const fraction of reviewWorkbookSteps(sink, model, locale)) {
    onProgress?.(fraction * 0.95);
    await parts.drained();
  }
  sink.finish();
  zip.end();
  await written;
  onProgress?.(1);
}

/** The workbook collected into the bytes of an .xlsx file. */
export async function reviewWorkbookBytes(model: ReportModel, locale: Locale, onProgress?: WorkbookProgress): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const collector = new PassThrough();
  collector.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeReviewWorkbook(model, locale, collector, onProgress);
  return new Uint8Array(Buffer.concat(chunks));
}
