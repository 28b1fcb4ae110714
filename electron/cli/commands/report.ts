// `npm run cli -- report (SESSION.rdsession | --demo) [--out DIR] [--only KIND,…] [--en] [--data-dir DIR]`
// (office): writes the review report, the application summaries and the expert score sheets (PDF) and the
// workbook for a session this office prepared, from the experts' exports its workspace holds (see merge).
// Default folder: `reports/` next to the session file (out/demo for --demo).
// Exit codes: 0 written and read back, 1 refused (session not ours, no quota, a write failed), 2 usage.
import { dirname, join, resolve } from 'node:path';
import { REPORT_KINDS, type ReportKind } from '../../../shared/reports/report-files';
import { dataDirFrom, parseCommandArgs, UsageError, withUsage, zh } from '../command-kit';
import { writeAndPrintReports } from '../print-reports';
import { cliReportSource } from '../report-source-option';

const OPTIONS = { demo: { type: 'boolean' }, out: { type: 'string' }, only: { type: 'string' }, en: { type: 'boolean' } } as const;

function kindsOf(option: string | undefined): ReportKind[] | undefined {
  if (option === undefined) return undefined;
  const names = option.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(REPORT_KINDS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) throw new UsageError(zh('cli.report.badKinds', { kinds: REPORT_KINDS.join(', ') }));
  return REPORT_KINDS.filter((kind) => names.includes(kind));
}

export const reportCommand = withUsage('cli.report.usage', async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const demo = values.demo === true;
  const [sessionFile, ...extra] = positionals;
  if (extra.length > 0 || demo === (sessionFile !== undefined)) throw new UsageError('');
  const kinds = kindsOf(values.only);
  const dataDir = await dataDirFrom(values['data-dir']);
  const source = await cliReportSource(io, sessionFile === undefined ? { kind: 'demo' } : { kind: 'session', sessionFile }, dataDir);
  if (source === null) return 1;
  const outDir = resolve(values.out ?? (sessionFile === undefined ? 'out/demo' : join(dirname(sessionFile), 'reports')));
  await writeAndPrintReports(io, source, outDir, values.en === true ? 'en-US' : 'zh-CN', kinds);
  return 0;
});
