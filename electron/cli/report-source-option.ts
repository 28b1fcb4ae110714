// `--demo` or a session file: where report and verify-report take their data from, with this data
// directory's office key for sessions (report-source-request.ts refuses a session signed by another key).
import { describeProblem } from '../../shared/i18n/describe-problem';
import type { ReportSource } from '../../shared/reports/report-source';
import { plainFileKeyWrapper } from '../keys/key-wrapper';
import { reportSourceOf, type ReportSourceRequest } from '../reports/report-source-request';
import type { CliIo } from './io';

export async function cliReportSource(io: CliIo, request: ReportSourceRequest, dataDir: string): Promise<ReportSource | null> {
  const outcome = await reportSourceOf(request, dataDir, plainFileKeyWrapper);
  if (outcome.ok) return outcome.source;
  for (const problem of outcome.problems) io.out(describeProblem('zh-CN', problem));
  return null;
}
