// The total of one score sheet with the programme's semantics, and the explanation reports print:
// scored leaves add up; bonus items add up to the standard's cap; deductions take off per occurrence up
// to each item's maximum; the total never goes below 0; a failed veto or an unmet prerequisite makes the
// sheet's verdict ineligible whatever its points. Sheets are expected to have passed validateSheet; a value
// of the wrong type counts as 0 and a number out of range is clamped to the leaf's bounds.
import type { CompiledStandard } from '../standard/compile';
import { leafValuesOf, type LeafValues } from './leaf-values';
import type { ScoredSheet } from './score-sheet';

export interface DeductionApplied {
  id: string;
  occurrences: number;
  /** Points taken off, in hundredths, after the item's maximum. */
  deductedH: number;
  /** The item's maximum limited the deduction. */
  capped: boolean;
}

export interface SheetTotal {
  /** Final total in hundredths: max(0, base + bonus − deductions). */
  totalH: number;
  /** Sum of scored leaves (points, tiers, pass/fail). */
  baseH: number;
  bonusRawH: number;
  bonusH: number;
  /** Bonus cut off by the standard's cap. */
  bonusCappedH: number;
  deductionH: number;
  deductions: DeductionApplied[];
  /** True when base + bonus − deductions was negative and the total was raised to 0. */
  flooredAtZero: boolean;
  vetoFailed: string[];
  prerequisitesUnmet: string[];
  /**
   * Contribution of each leaf in hundredths, indexed like CompiledStandard.leaves: deductions negative, bonus
   * after the cap. They add up to the total except when the total was floored at 0.
   */
  leafH: Int32Array;
}

function numberValue(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function computeSheetTotal(compiled: CompiledStandard, sheet: ScoredSheet, leafValues?: LeafValues): SheetTotal {
  const { byLeaf } = leafValues ?? leafValuesOf(compiled, sheet);
  const leafH = new Int32Array(compiled.leaves.length);
  let baseH = 0;
  let bonusRawH = 0;
  let deductionH = 0;
  const deductions: DeductionApplied[] = [];
  const vetoFailed: string[] = [];
  const prerequisitesUnmet: string[] = [];
  for (const leaf of compiled.leaves) {
    const value = byLeaf[leaf.index];
    let contribution = 0;
    switch (leaf.kind) {
      case 'points':
        contribution = Math.min(Math.max(Math.round(numberValue(value) * 100), 0), leaf.maxH);
        baseH += contribution;
        break;
      case 'tiers':
        contribution = typeof value === 'string' ? (leaf.tiers.get(value) ?? 0) : 0;
        baseH += contribution;
        break;
      case 'passFail':
        contribution = value === true ? leaf.maxH : 0;
        baseH += contribution;
        break;
      case 'bonus': {
        const rawH = Math.min(Math.max(Math.round(numberValue(value) * 100), 0), leaf.maxH);
        // The standard's cap is filled in the standard's order: what a later bonus item would add beyond
        // the cap is cut from that item, so the leaves still add up to the total.
        contribution = Math.min(rawH, Math.max(0, compiled.bonusCapH - bonusRawH));
        bonusRawH += rawH;
        break;
      }
      case 'deduction': {
        const occurrences = Math.max(0, Math.floor(numberValue(value)));
        if (occurrences > 0) {
          const rawH = occurrences * leaf.perOccurrenceH;
          const deductedH = Math.min(rawH, leaf.maxTotalH);
          deductions.push({ id: leaf.id, occurrences, deductedH, capped: deductedH < rawH });
          deductionH += deductedH;
          contribution = -deductedH;
        }
        break;
      }
      case 'veto':
        if (value === false) vetoFailed.push(leaf.id);
        break;
      case 'prerequisite':
        if (value === false) prerequisitesUnmet.push(leaf.id);
        break;
    }
    leafH[leaf.index] = contribution;
  }
  const bonusH = Math.min(bonusRawH, compiled.bonusCapH);
  const rawTotalH = baseH + bonusH - deductionH;
  return {
    totalH: Math.max(0, rawTotalH),
    baseH,
    bonusRawH,
    bonusH,
    bonusCappedH: bonusRawH - bonusH,
    deductionH,
    deductions,
    flooredAtZero: rawTotalH < 0,
    vetoFailed,
    prerequisitesUnmet,
    leafH,
  };
}
