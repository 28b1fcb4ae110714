// Every problem the host found in the file, sheet by sheet down the rows as the host ordered them, each with
// its place as Excel shows it ("第 12 行（C 列）") so the clerk can go straight to the cell; problems without a
// row (a total that does not add up, a missing sheet) after them. Errors and warnings are told apart in words,
// not colour alone.
import { Tag } from 'antd';
import type { StandardFileProblem } from '../../../../shared/contract/office-standard-spec';
import { useApp } from '../../app/app-context';

function usePlace(): (problem: StandardFileProblem) => string {
  const { t } = useApp();
  return (problem) => {
    const sheet = problem.sheet === undefined ? '' : t('officeStandard.problems.sheet', { sheet: problem.sheet });
    if (problem.row === undefined) return sheet === '' ? t('officeStandard.problems.whole') : sheet;
    const row =
      problem.column === undefined
        ? t('officeStandard.problems.row', { row: problem.row })
        : t('officeStandard.problems.rowColumn', { row: problem.row, column: problem.column });
    return sheet === '' ? row : `${sheet} ${row}`;
  };
}

export function StandardProblems({ problems }: { problems: readonly StandardFileProblem[] }) {
  const { t } = useApp();
  const place = usePlace();
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return (
    <section className="rd-standard-problems" aria-labelledby="rd-standard-problems-title">
      <h3 id="rd-standard-problems-title">{t('officeStandard.problems.title', { errors, warnings: problems.length - errors })}</h3>
      <ol data-testid="standard-problems">
        {problems.map((problem, index) => (
          // Index keys: the list is replaced whole, never reordered.
          <li key={index} className={`rd-standard-problem rd-standard-problem-${problem.severity}`}>
            <Tag color={problem.severity === 'error' ? 'red' : 'gold'}>{t(`officeStandard.problems.${problem.severity}`)}</Tag>
            <span className="rd-standard-problem-place">{place(problem)}</span>：<span>{problem.message}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
