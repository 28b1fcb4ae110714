// Semantic checks of a standard that the schema cannot express: sums, ids, steps, references.
// Every finding names the indicator and the numbers involved, so the author can fix it in one go.
import { error, warning, type Problem } from '../problems';
import { hasAtMostTwoDecimals, toHundredths } from '../util/hundredths';
import { isGroup, type IndicatorNode, type Leaf, type Standard } from './schema';
import { groupsOf, leavesOf, scoredMaximumOfNode } from './walk';

const fmt = (value: number): string => String(Number(value.toFixed(2)));

export function validateStandard(standard: Standard): Problem[] {
  return [
    ...checkIds(standard),
    ...checkDecimals(standard),
    ...checkSums(standard),
    ...checkLeaves(standard),
    ...checkBonus(standard),
    ...checkGrades(standard),
    ...checkTieBreak(standard),
    ...checkStages(standard),
  ];
}

function checkIds(standard: Standard): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  const visit = (nodes: readonly IndicatorNode[]): void => {
    for (const node of nodes) {
      const earlier = seen.get(node.id);
      if (earlier !== undefined) {
        problems.push(error('standard.duplicateId', node.id, { id: node.id, name: node.name, other: earlier }));
      } else seen.set(node.id, node.name);
      if (isGroup(node)) visit(node.children);
    }
  };
  visit(standard.indicators);
  return problems;
}

function numbersOf(leaf: Leaf): Array<[string, number]> {
  switch (leaf.kind) {
    case 'points':
    case 'bonus':
      return [
        ['max', leaf.max],
        ['step', leaf.step],
      ];
    case 'tiers':
      return leaf.levels.map((level) => [level.name, level.points]);
    case 'passFail':
      return [['points', leaf.points]];
    case 'deduction':
      return [
        ['perOccurrence', leaf.perOccurrence],
        ['maxTotal', leaf.maxTotal],
      ];
    case 'veto':
    case 'prerequisite':
      return [];
  }
}

function checkDecimals(standard: Standard): Problem[] {
  const problems: Problem[] = [];
  for (const { leaf } of leavesOf(standard.indicators)) {
    for (const [field, value] of numbersOf(leaf)) {
      if (!hasAtMostTwoDecimals(value)) {
        problems.push(error('standard.tooManyDecimals', leaf.id, { id: leaf.id, field, value }));
      }
    }
  }
  for (const group of groupsOf(standard.indicators)) {
    if (!hasAtMostTwoDecimals(group.points)) {
      problems.push(error('standard.tooManyDecimals', group.id, { id: group.id, field: 'points', value: group.points }));
    }
  }
  // The standard's own numbers are compared with scores in hundredths too.
  const settings: Array<[string, number]> = [
    ['totalPoints', standard.totalPoints],
    ['bonusCap', standard.bonusCap],
    ...standard.grades.map((band): [string, number] => [`grades.${band.name}`, band.min]),
    ...(standard.preference.kind === 'bonusPoints' || standard.preference.kind === 'withinPoints'
      ? [['preference.points', standard.preference.points] as [string, number]]
      : []),
    ...(standard.deviation.absolute === null ? [] : [['deviation.absolute', standard.deviation.absolute] as [string, number]]),
  ];
  for (const [field, value] of settings) {
    if (!hasAtMostTwoDecimals(value)) problems.push(error('standard.settingTooManyDecimals', field, { field, value }));
  }
  return problems;
}

function sumOf(nodes: readonly IndicatorNode[]): number {
  return nodes.reduce((sum, node) => sum + toHundredths(scoredMaximumOfNode(node)), 0) / 100;
}

function checkSums(standard: Standard): Problem[] {
  const problems: Problem[] = [];
  for (const group of groupsOf(standard.indicators)) {
    const sum = sumOf(group.children);
    if (toHundredths(sum) !== toHundredths(group.points)) {
      problems.push(
        error('standard.groupSumMismatch', group.id, {
          id: group.id,
          name: group.name,
          points: fmt(group.points),
          sum: fmt(sum),
        }),
      );
    }
  }
  const total = sumOf(standard.indicators);
  if (toHundredths(total) !== toHundredths(standard.totalPoints)) {
    problems.push(
      error('standard.totalMismatch', 'totalPoints', { total: fmt(standard.totalPoints), sum: fmt(total) }),
    );
  }
  if (!leavesOf(standard.indicators).some(({ leaf }) => ['points', 'tiers', 'passFail'].includes(leaf.kind))) {
    problems.push(error('standard.noScoredLeaf', 'indicators'));
  }
  return problems;
}

function stepProblem(id: string, max: number, step: number): Problem | null {
  // A step or maximum with more than two decimals is reported by checkDecimals; dividing it here would mislead.
  if (!hasAtMostTwoDecimals(step) || !hasAtMostTwoDecimals(max)) return null;
  if (step > max) return error('standard.stepAboveMax', id, { id, step: fmt(step), max: fmt(max) });
  if (toHundredths(max) % toHundredths(step) !== 0) {
    return error('standard.stepNotDividing', id, { id, step: fmt(step), max: fmt(max) });
  }
  return null;
}

function checkLeaves(standard: Standard): Problem[] {
  const problems: Problem[] = [];
  for (const { leaf } of leavesOf(standard.indicators)) {
    if (leaf.kind === 'points' || leaf.kind === 'bonus') {
      const problem = stepProblem(leaf.id, leaf.max, leaf.step);
      if (problem) problems.push(problem);
    }
    if (leaf.kind === 'tiers') {
      const names = new Set<string>();
      for (const level of leaf.levels) {
        if (names.has(level.name)) {
          problems.push(error('standard.duplicateTier', leaf.id, { id: leaf.id, tier: level.name }));
        }
        names.add(level.name);
      }
      if (leaf.levels.every((level) => level.points === 0)) {
        problems.push(error('standard.tiersAllZero', leaf.id, { id: leaf.id }));
      }
    }
    if (leaf.kind === 'deduction' && leaf.maxTotal < leaf.perOccurrence) {
      problems.push(
        warning('standard.deductionMaxBelowOne', leaf.id, {
          id: leaf.id,
          maxTotal: fmt(leaf.maxTotal),
          perOccurrence: fmt(leaf.perOccurrence),
        }),
      );
    }
  }
  return problems;
}

function checkBonus(standard: Standard): Problem[] {
  const bonusLeaves = leavesOf(standard.indicators).filter(({ leaf }) => leaf.kind === 'bonus');
  if (bonusLeaves.length === 0) {
    return standard.bonusCap > 0 ? [warning('standard.bonusCapWithoutItems', 'bonusCap', { cap: fmt(standard.bonusCap) })] : [];
  }
  if (standard.bonusCap === 0) return [error('standard.bonusItemsWithoutCap', 'bonusCap')];
  const sum = bonusLeaves.reduce((s, { leaf }) => s + (leaf.kind === 'bonus' ? toHundredths(leaf.max) : 0), 0) / 100;
  return sum < standard.bonusCap
    ? [warning('standard.bonusCapUnreachable', 'bonusCap', { cap: fmt(standard.bonusCap), sum: fmt(sum) })]
    : [];
}

function checkGrades(standard: Standard): Problem[] {
  const problems: Problem[] = [];
  const ceiling = standard.totalPoints + standard.bonusCap;
  const names = new Set<string>();
  const minima = new Set<number>();
  for (const band of standard.grades) {
    if (names.has(band.name)) problems.push(error('standard.duplicateGrade', 'grades', { grade: band.name }));
    if (minima.has(toHundredths(band.min))) {
      problems.push(error('standard.duplicateGradeMin', 'grades', { grade: band.name, min: fmt(band.min) }));
    }
    if (band.min > ceiling) {
      problems.push(error('standard.gradeAboveMax', 'grades', { grade: band.name, min: fmt(band.min), max: fmt(ceiling) }));
    }
    names.add(band.name);
    minima.add(toHundredths(band.min));
  }
  return problems;
}

function checkTieBreak(standard: Standard): Problem[] {
  const scored = new Map<string, boolean>();
  for (const group of groupsOf(standard.indicators)) scored.set(group.id, group.points > 0);
  for (const { leaf } of leavesOf(standard.indicators)) {
    scored.set(leaf.id, ['points', 'tiers', 'passFail', 'bonus'].includes(leaf.kind));
  }
  const problems: Problem[] = [];
  for (const id of standard.tieBreak) {
    const isScored = scored.get(id);
    if (isScored === undefined) problems.push(error('standard.tieBreakUnknown', 'tieBreak', { id }));
    else if (!isScored) problems.push(error('standard.tieBreakNotScored', 'tieBreak', { id }));
  }
  if (new Set(standard.tieBreak).size !== standard.tieBreak.length) {
    problems.push(warning('standard.tieBreakRepeated', 'tieBreak'));
  }
  return problems;
}

function checkStages(standard: Standard): Problem[] {
  const problems: Problem[] = [];
  for (const { leaf } of leavesOf(standard.indicators)) {
    if ((leaf.kind === 'veto' || leaf.kind === 'prerequisite') && leaf.stages) {
      for (const stage of leaf.stages) {
        if (!standard.stages.includes(stage)) {
          problems.push(warning('standard.leafStageNotInStandard', leaf.id, { id: leaf.id, stage }));
        }
      }
    }
  }
  return problems;
}
