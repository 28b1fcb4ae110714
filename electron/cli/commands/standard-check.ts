// `npm run cli -- standard-check FILE`: checks a standard (.xlsx template or .json), prints every problem in
// Chinese and, when it reads, a summary with the fingerprint sessions will record. Exit codes: 0 no errors
// (warnings allowed), 1 errors in the standard, 2 usage error or a file that cannot be opened at all.
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { hasErrors, type Problem } from '../../../shared/problems';
import { LEAF_KINDS, type Standard } from '../../../shared/standard/schema';
import { groupsOf, leavesOf } from '../../../shared/standard/walk';
import { fingerprintOf, groupedFingerprint } from '../../../shared/util/fingerprint';
import { CANNOT_OPEN, loadStandardFile } from '../../standard/load-standard-file';
import type { CliCommand, CliIo } from '../io';

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);

function printProblem(io: CliIo, problem: Problem): void {
  const message = describeProblem('zh-CN', problem);
  io.out(zh(problem.severity === 'error' ? 'excel.cli.errorLine' : 'excel.cli.warningLine', { message }));
}

function printSummary(io: CliIo, standard: Standard): void {
  const groups = groupsOf(standard.indicators).length;
  const leaves = leavesOf(standard.indicators).map(({ leaf }) => leaf);
  const kinds = LEAF_KINDS.map((kind) => ({ kind, count: leaves.filter((leaf) => leaf.kind === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => zh('excel.cli.summaryKind', { kind: zh(`standard.kind.${kind}`), count }))
    .join('，');
  io.out(zh('excel.cli.summaryTitle', { title: standard.title }));
  io.out(zh('excel.cli.summaryVersion', { version: standard.version }));
  io.out(zh('excel.cli.summaryStages', { stages: standard.stages.map((stage) => zh(`standard.stage.${stage}`)).join('、') }));
  io.out(zh('excel.cli.summaryIndicators', { count: groups + leaves.length, groups, leaves: leaves.length }));
  io.out(zh('excel.cli.summaryKinds', { kinds }));
  io.out(zh('excel.cli.summaryTotal', { total: standard.totalPoints, bonusCap: standard.bonusCap }));
  io.out(zh('excel.cli.summaryFingerprint', { fingerprint: groupedFingerprint(fingerprintOf(standard)) }));
}

export const standardCheckCommand: CliCommand = async (args, io) => {
  const [path] = args;
  if (args.length !== 1 || path === undefined || path.startsWith('-')) {
    io.err(zh('excel.cli.checkUsage'));
    return 2;
  }
  const { standard, problems } = await loadStandardFile(path);
  const unopenable = problems.find((problem) => problem.code === CANNOT_OPEN);
  if (unopenable) {
    io.err(describeProblem('zh-CN', unopenable));
    return 2;
  }
  io.out(zh('excel.cli.checking', { path }));
  for (const problem of problems) printProblem(io, problem);
  if (standard) printSummary(io, standard);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (hasErrors(problems) || standard === null) {
    io.out(zh('excel.cli.resultErrors', { errors, warnings }));
    return 1;
  }
  io.out(zh('excel.cli.resultOk', { warnings }));
  return 0;
};
