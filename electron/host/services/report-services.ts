// Reports through the host API: write them for the demo or a session this office prepared, with progress
// over all of them; check a report (file or typed fingerprint) against the data it claims to come from.
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { Locale } from '../../../shared/i18n/translate';
import type { Problem } from '../../../shared/problems';
import { FileError } from '../../files/file-error';
import { readReportFingerprintIsolated } from '../../reports/report-fingerprint-isolated';
import { reportSourceOf, type ReportSourceOutcome, type ReportSourceRequest } from '../../reports/report-source-request';
import { verifyReport } from '../../reports/verify-report';
import { writeReports } from '../../reports/write-reports';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';

export function reportServices(context: HostContext): Pick<HostServices, 'writeReports' | 'verifyReport'> {
  const refused = (locale: Locale, problems: readonly Problem[]) => ({ ok: false as const, messages: problems.map((p) => describeProblem(locale, p)) });
  const sourceOf = (request: ReportSourceRequest): Promise<ReportSourceOutcome> => reportSourceOf(request, context.dataDir, context.ports.keyWrapper);
  return {
    writeReports: async ({ source: request, outDir, kinds }, call) => {
      const source = await sourceOf(request);
      if (!source.ok) return refused(call.locale, source.problems);
      try {
        const written = await writeReports(source.source, outDir, {
          locale: call.locale,
          ...(kinds === undefined ? {} : { kinds }),
          onProgress: (done, total, label) => call.progress(done, total, label),
          signal: call.signal,
        });
        return { ok: true as const, ...written };
      } catch (cause) {
        if (cause instanceof FileError) return refused(call.locale, [cause.problem]);
        throw cause;
      }
    },
    verifyReport: async ({ source: request, report }, call) => {
      const source = await sourceOf(request);
      if (!source.ok) return refused(call.locale, source.problems);
      const verified = await verifyReport(source.source, report, undefined, (path) => readReportFingerprintIsolated(context.ports.isolatedWorker, path, call.signal));
      return verified.ok ? verified : refused(call.locale, verified.problems);
    },
  };
}
