// `npm run demo [-- --out DIR] [-- --en] [-- --no-reports]`: builds the deterministic demo session, runs the whole panel
// pipeline, writes out/demo/results.json (and the input it was computed from), prints the suggestion list,
// then writes the four reports (review report, application summaries, expert score sheets, workbook) beside them
// (unless --no-reports: the results alone take a fraction of a second, the reports several seconds).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate } from '../../../shared/i18n/translate';
import { reportDataOf } from '../../../shared/reports/report-source';
import { formatResults } from '../format-results';
import type { CliCommand } from '../io';
import { writeAndPrintReports } from '../print-reports';

export const demoCommand: CliCommand = async (args, io) => {
  const outIndex = args.indexOf('--out');
  const outDir = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? 'out/demo') : 'out/demo');
  const locale = args.includes('--en') ? 'en-US' : 'zh-CN';
  const source = buildDemoReportSource();
  const { results } = reportDataOf(source);
  await mkdir(outDir, { recursive: true });
  const resultsPath = join(outDir, 'results.json');
  const { sessionId: _id, exports: _exports, ...input } = source;
  await writeFile(join(outDir, 'session-input.json'), `${JSON.stringify(input, null, 2)}\n`);
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  for (const line of formatResults(results, locale)) io.out(line);
  if (results.problems.length > 0) {
    io.out(translate(locale, 'cli.demo.problems', { count: results.problems.length }));
    for (const problem of results.problems) io.out(`  ${describeProblem(locale, problem)}`);
  }
  io.out('');
  io.out(translate(locale, 'cli.demo.written', { path: resultsPath }));
  if (args.includes('--no-reports')) return 0;
  io.out('');
  await writeAndPrintReports(io, source, outDir, locale);
  return 0;
};
