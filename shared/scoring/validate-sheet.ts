// Checks one score sheet against the compiled standard: every value of the right type, within bounds,
// on the step, a known tier, whole occurrences; every required leaf present; a reason for each veto.
import { error, type Problem } from '../problems';
import type { CompiledLeaf, CompiledStandard } from '../standard/compile';
import { hasAtMostTwoDecimals, toHundredths } from '../util/hundredths';
import { leafValuesOf, type LeafValues } from './leaf-values';
import type { LeafValue, ScoreSheet } from './score-sheet';

/** Leaves a complete sheet must have a value for; bonus and deduction default to none. */
const REQUIRED_KINDS = new Set(['points', 'tiers', 'passFail', 'veto', 'prerequisite']);

const show = (hundredths: number): string => String(hundredths / 100);

type ValueFault =
  | 'sheet.wrongType.number'
  | 'sheet.wrongType.tier'
  | 'sheet.wrongType.boolean'
  | 'sheet.outOfRange'
  | 'sheet.offStep'
  | 'sheet.unknownTier'
  | 'sheet.notWholeNumber';

/** What is wrong with a value, or null. Allocates nothing on the common, valid path. */
function faultOf(leaf: CompiledLeaf, value: LeafValue): ValueFault | null {
  switch (leaf.kind) {
    case 'points':
    case 'bonus': {
      if (typeof value !== 'number') return 'sheet.wrongType.number';
      if (value < 0 || !hasAtMostTwoDecimals(value) || toHundredths(value) > leaf.maxH) return 'sheet.outOfRange';
      return toHundredths(value) % leaf.stepH === 0 ? null : 'sheet.offStep';
    }
    case 'tiers':
      if (typeof value !== 'string') return 'sheet.wrongType.tier';
      return leaf.tiers.has(value) ? null : 'sheet.unknownTier';
    case 'passFail':
    case 'veto':
    case 'prerequisite':
      return typeof value === 'boolean' ? null : 'sheet.wrongType.boolean';
    case 'deduction':
      if (typeof value !== 'number') return 'sheet.wrongType.number';
      return Number.isInteger(value) && value >= 0 ? null : 'sheet.notWholeNumber';
  }
}

function faultProblem(leaf: CompiledLeaf, value: LeafValue, fault: ValueFault, where: string): Problem {
  const params = { id: leaf.id, name: leaf.name, value: String(value), max: show(leaf.maxH), step: show(leaf.stepH) };
  if (fault === 'sheet.unknownTier') return error(fault, where, { ...params, levels: [...leaf.tiers.keys()].join('、') });
  return error(fault, where, params);
}

/** One pass over the standard's leaves, on values already laid out in leaf order (see leaf-values.ts). */
export function validateSheet(compiled: CompiledStandard, sheet: ScoreSheet, leafValues?: LeafValues): Problem[] {
  if (sheet.status === 'recused') return [];
  const { byLeaf, unknownIds } = leafValues ?? leafValuesOf(compiled, sheet);
  const prefix = `${sheet.expertId}/${sheet.applicationId}`;
  const { comments } = sheet;
  // Allocated only when something is wrong: thousands of valid sheets pass through here.
  let problems: Problem[] | undefined;
  let missing: CompiledLeaf[] | undefined;
  const report = (problem: Problem): void => {
    (problems ??= []).push(problem);
  };
  let prerequisiteUnmet = false;
  for (const leaf of compiled.leaves) {
    const value = byLeaf[leaf.index];
    if (value === undefined) {
      if (REQUIRED_KINDS.has(leaf.kind)) (missing ??= []).push(leaf);
      continue;
    }
    const fault = faultOf(leaf, value);
    if (fault !== null) report(faultProblem(leaf, value, fault, `${prefix}/${leaf.id}`));
    if (leaf.kind === 'prerequisite' && value === false) prerequisiteUnmet = true;
    if (leaf.kind === 'veto' && value === false && !(comments[leaf.id] ?? '').trim()) {
      report(error('sheet.vetoReasonMissing', `${prefix}/${leaf.id}`, { id: leaf.id, name: leaf.name }));
    }
  }
  // An unmet prerequisite means the application is not scored, so the other values are not required.
  for (const leaf of missing ?? []) {
    if (!prerequisiteUnmet || leaf.kind === 'prerequisite') {
      report(error('sheet.missingValue', `${prefix}/${leaf.id}`, { id: leaf.id, name: leaf.name }));
    }
  }
  for (const id of unknownIds) report(error('sheet.unknownIndicator', `${prefix}/${id}`, { id }));
  return problems ?? [];
}
