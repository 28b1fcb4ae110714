// `npm run cli -- verify-report (REPORT… | --fingerprint "AB12 CD34 …") (--demo | --session FILE.rdsession)
// [--data-dir DIR]`: recomputes the data fingerprint from the session data (the demo, or the session file
// with the experts' exports this office holds) and says, per report, whether it was made from that data.
// A printed report is checked by typing the fingerprint from its footer. Exit codes: 0 every report matches,
// 1 any differs or cannot be read, 2 usage.
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { reportDataOf } from '../../../shared/reports/report-source';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { verifyReport, type ReportToVerify } from '../../reports/verify-report';
import { dataDirFrom, parseCommandArgs, UsageError, withUsage, zh } from '../command-kit';
import { cliReportSource } from '../report-source-option';

const OPTIONS = { demo: { type: 'boolean' }, session: { type: 'string' }, fingerprint: { type: 'string' } } as const;

export const verifyReportCommand = withUsage('cli.verifyReport.usage', async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const demo = values.demo === true;
  if (demo === (values.session !== undefined)) throw new UsageError('');
  const reports: ReportToVerify[] = positionals.map((path) => ({ kind: 'file', path }));
  if (values.fingerprint !== undefined) reports.push({ kind: 'fingerprint', value: values.fingerprint });
  if (reports.length === 0) throw new UsageError('');

  const dataDir = await dataDirFrom(values['data-dir']);
  const source = await cliReportSource(io, values.session === undefined ? { kind: 'demo' } : { kind: 'session', sessionFile: values.session }, dataDir);
  if (source === null) return 1;
  const { dataFingerprint } = reportDataOf(source);
  io.out(zh('cli.verifyReport.expected', { fingerprint: groupedFingerprint(dataFingerprint) }));
  let allMatch = true;
  for (const report of reports) {
    const name = report.kind === 'file' ? report.path : zh('cli.verifyReport.typed');
    const verified = await verifyReport(source, report, dataFingerprint);
    if (!verified.ok) {
      allMatch = false;
      io.out(zh('cli.verifyReport.unreadable', { name, reason: verified.problems.map((p) => describeProblem('zh-CN', p)).join('；') }));
      continue;
    }
    allMatch &&= verified.matches;
    io.out(
      verified.matches
        ? zh('cli.verifyReport.matches', { name })
        : zh('cli.verifyReport.differs', { name, fingerprint: groupedFingerprint(verified.reportFingerprint) }),
    );
  }
  return allMatch ? 0 : 1;
});
