// Writes a session's reports into a folder: rendered in a worker thread (render-in-worker.ts) from one data
// set and one model, each written as soon as it is ready with writeFileVerified (temp file, fsync, rename,
// read back, and the data fingerprint must read back too). Progress goes over all reports, weighted by how long
// each usually takes. A failure leaves every report already written in place and the failing one as it was
// before (never a torn file), and says which report failed and why.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../../shared/i18n/translate';
import { error } from '../../shared/problems';
import { REPORT_FILE_NAMES, REPORT_KINDS, type ReportKind } from '../../shared/reports/report-files';
import type { ReportSignedList } from '../../shared/reports/report-signed-list';
import type { ReportSource } from '../../shared/reports/report-source';
import { detailOf, FileError } from '../files/file-error';
import type { FileSystem } from '../files/file-system-port';
import { writeFileVerified } from '../files/write-verified';
import { fingerprintInReportBytes } from './report-fingerprint-reader';
import { renderInWorker } from './render-in-worker';

export interface WrittenReport {
  kind: ReportKind;
  path: string;
  bytes: number;
}

export interface WriteReportsOptions {
  locale: Locale;
  /** ISO time printed in the footers; now by default. */
  generatedAt?: string;
  /** All four by default. */
  kinds?: readonly ReportKind[];
  /** The signed suggestion list the review report and the workbook print; it must be bound to this data. */
  signedList?: ReportSignedList;
  onProgress?: (done: number, total: number, label: string) => void;
  signal?: AbortSignal;
  fs?: FileSystem;
}

export interface WrittenReports {
  dataFingerprint: string;
  files: WrittenReport[];
}

/** Rough share of the total time each report takes (the expert sheets and summaries are the long ones). */
const WEIGHT: Record<ReportKind, number> = { reviewReport: 1, applicationSummaries: 3, expertSheets: 6, workbook: 2 };
/** Building the data and the model, before the first report. */
const PREPARE_WEIGHT = 1;

export async function writeReports(source: ReportSource, outDir: string, options: WriteReportsOptions): Promise<WrittenReports> {
  const kinds = REPORT_KINDS.filter((kind) => options.kinds === undefined || options.kinds.includes(kind));
  const total = kinds.reduce((sum, kind) => sum + WEIGHT[kind], PREPARE_WEIGHT);
  const startOf = (kind: ReportKind): number => PREPARE_WEIGHT + kinds.slice(0, kinds.indexOf(kind)).reduce((sum, k) => sum + WEIGHT[k], 0);
  let done = 0;
  const progress = (value: number, label: string): void => {
    // Never backwards: a late progress message of a report already written must not move the bar back.
    done = Math.max(done, value);
    options.onProgress?.(done, total, label);
  };
  progress(0, '');
  await mkdir(outDir, { recursive: true }).catch((cause: unknown) => {
    throw new FileError(error('report.cannotCreateFolder', outDir, { path: outDir, detail: detailOf(cause) }), cause);
  });

  let dataFingerprint = '';
  const files: WrittenReport[] = [];
  await renderInWorker(
    {
      source,
      locale: options.locale,
      generatedAt: options.generatedAt ?? new Date().toISOString(),
      kinds,
      ...(options.signedList === undefined ? {} : { signedList: options.signedList }),
    },
    {
      onData: (fingerprint) => {
        dataFingerprint = fingerprint;
        progress(PREPARE_WEIGHT, REPORT_FILE_NAMES[kinds[0] ?? 'reviewReport']);
      },
      // Rendering takes 95% of a report's share; writing and reading it back the rest.
      onProgress: (kind, fraction) => progress(startOf(kind) + WEIGHT[kind] * fraction * 0.95, REPORT_FILE_NAMES[kind]),
      onRendered: async (kind, bytes) => {
        const path = join(outDir, REPORT_FILE_NAMES[kind]);
        const verify = async (readBack: Uint8Array): Promise<boolean> => (await fingerprintInReportBytes(kind, readBack)) === dataFingerprint;
        await writeFileVerified(path, bytes, verify, options.fs ? { fs: options.fs } : {});
        files.push({ kind, path, bytes: bytes.length });
        progress(startOf(kind) + WEIGHT[kind], REPORT_FILE_NAMES[kind]);
      },
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
  return { dataFingerprint, files };
}
