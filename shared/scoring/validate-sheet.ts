// Checks one score sheet against the compiled standard: every value of the right type, within bounds,
// on the step, a known tier, whole occurrences; every required leaf present; a reason for each veto.
import { error, type Problem } from '../problems';
import type { CompiledLeaf, CompiledStandard } from '../standard/compile';
import { hasAtMostTwoDecimals, toHundredths } from '../util/hundredths';
import type { LeafValue, ScoreSheet } from './score-sheet';

/** Leaves a complete sheet must have a value for; bonus and deduction default to none. */
const REQUIRED_KINDS = new Set(['points', 'tiers', 'passFail', 'veto', 'prerequisite']);

const show = (hundredths: number): string => String(hundredths / 100);

function checkValue(leaf: CompiledLeaf, value: LeafValue, where: string): Problem | null {
  const base = { id: leaf.id, name: leaf.name, value: String(value) };
  switch (leaf.kind) {
    case 'points':
    case 'bonus': {
      if (typeof value !== 'number') return error('sheet.wrongType.number', where, base);
      if (!hasAtMostTwoDecimals(value) || value < 0 || toHundredths(value) > leaf.maxH) {
        return error('sheet.outOfRange', where, { ...base, max: show(leaf.maxH) });
      }
      if (toHundredths(value) % leaf.stepH !== 0) return error('sheet.offStep', where, { ...base, step: show(leaf.stepH) });
      return null;
    }
    case 'tiers':
      if (typeof value !== 'string') return error('sheet.wrongType.tier', where, base);
      return leaf.tiers.has(value)
        ? null
        : error('sheet.unknownTier', where, { ...base, levels: [...leaf.tiers.keys()].join('、') });
    case 'passFail':
    case 'veto':
    case 'prerequisite':
      return typeof value === 'boolean' ? null : error('sheet.wrongType.boolean', where, base);
    case 'deduction':
      if (typeof value !== 'number') return error('sheet.wrongType.number', where, base);
      return Number.isInteger(value) && value >= 0 ? null : error('sheet.notWholeNumber', where, base);
  }
}

export function validateSheet(compiled: CompiledStandard, sheet: ScoreSheet): Problem[] {
  if (sheet.status === 'recused') return [];
  const prefix = `${sheet.expertId}/${sheet.applicationId}`;
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(sheet.values)) {
    const leaf = compiled.leafById.get(id);
    const where = `${prefix}/${id}`;
    if (!leaf) {
      problems.push(error('sheet.unknownIndicator', where, { id }));
      continue;
    }
    const problem = checkValue(leaf, value, where);
    if (problem) problems.push(problem);
  }
  // An unmet prerequisite means the application is not scored, so the other values are not required.
  const prerequisiteUnmet = compiled.leaves.some((l) => l.kind === 'prerequisite' && sheet.values[l.id] === false);
  for (const leaf of compiled.leaves) {
    const value = sheet.values[leaf.id];
    const where = `${prefix}/${leaf.id}`;
    if (value === undefined && REQUIRED_KINDS.has(leaf.kind) && (!prerequisiteUnmet || leaf.kind === 'prerequisite')) {
      problems.push(error('sheet.missingValue', where, { id: leaf.id, name: leaf.name }));
    }
    if (leaf.kind === 'veto' && value === false && !(sheet.comments[leaf.id] ?? '').trim()) {
      problems.push(error('sheet.vetoReasonMissing', where, { id: leaf.id, name: leaf.name }));
    }
  }
  return problems;
}
