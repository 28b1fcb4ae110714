// Writing reports from the CLI (report, demo): one line per report as it starts, then where each went.
import { translate, type Locale } from '../../shared/i18n/translate';
import type { ReportKind } from '../../shared/reports/report-files';
import type { ReportSource } from '../../shared/reports/report-source';
import { groupedFingerprint } from '../../shared/util/fingerprint';
import { writeReports } from '../reports/write-reports';
import type { CliIo } from './io';

const sizeText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export async function writeAndPrintReports(io: CliIo, source: ReportSource, outDir: string, locale: Locale, kinds?: readonly ReportKind[]): Promise<void> {
  let current = '';
  const written = await writeReports(source, outDir, {
    locale,
    ...(kinds === undefined ? {} : { kinds }),
    onProgress: (_done, _total, label) => {
      if (label === '' || label === current) return;
      current = label;
      io.out(translate(locale, 'cli.report.writing', { name: label }));
    },
  });
  for (const file of written.files) io.out(translate(locale, 'cli.report.written', { path: file.path, size: sizeText(file.bytes) }));
  io.out(translate(locale, 'cli.report.fingerprint', { fingerprint: groupedFingerprint(written.dataFingerprint) }));
}
