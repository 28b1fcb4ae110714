// `npm run demo`: builds the deterministic demo session, runs the whole panel pipeline, writes
// out/demo/results.json (and the input it was computed from) and prints the suggestion list.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate } from '../../../shared/i18n/translate';
import { runPanel } from '../../../shared/panel/run-panel';
import { formatResults } from '../format-results';
import type { CliCommand } from '../io';

export const demoCommand: CliCommand = async (args, io) => {
  const outIndex = args.indexOf('--out');
  const outDir = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? 'out/demo') : 'out/demo');
  const locale = args.includes('--en') ? 'en-US' : 'zh-CN';
  const input = buildDemoSession();
  const results = runPanel(input);
  await mkdir(outDir, { recursive: true });
  const resultsPath = join(outDir, 'results.json');
  await writeFile(join(outDir, 'session-input.json'), `${JSON.stringify(input, null, 2)}\n`);
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  for (const line of formatResults(results, locale)) io.out(line);
  if (results.problems.length > 0) {
    io.out(translate(locale, 'cli.demo.problems', { count: results.problems.length }));
    for (const problem of results.problems) io.out(`  ${describeProblem(locale, problem)}`);
  }
  io.out('');
  io.out(translate(locale, 'cli.demo.written', { path: resultsPath }));
  return 0;
};
