// A standard prepared for scoring many sheets fast: leaves in one array with their numbers already in
// integer hundredths, the groups each leaf rolls up into, and only the leaves active in the stage.
import { toHundredths } from '../util/hundredths';
import type { LeafKind, Stage, Standard } from './schema';
import { groupsOf, leavesOf } from './walk';

export interface CompiledLeaf {
  id: string;
  name: string;
  kind: LeafKind;
  /** Position in CompiledStandard.leaves. */
  index: number;
  /** Scored or bonus maximum in hundredths (0 for veto, prerequisite, deduction). */
  maxH: number;
  /** Step in hundredths for points and bonus leaves, else 0. */
  stepH: number;
  /** Tier name → points in hundredths, for tiers leaves. */
  tiers: ReadonlyMap<string, number>;
  /** Points off per occurrence and the most off in total, in hundredths, for deduction leaves. */
  perOccurrenceH: number;
  maxTotalH: number;
  /** Ids of the groups above, outermost first. */
  ancestors: readonly string[];
}

export interface CompiledGroup {
  id: string;
  name: string;
  pointsH: number;
  /** Indexes of the scored leaves (points, tiers, pass/fail) below the group. */
  leafIndexes: readonly number[];
}

export interface CompiledStandard {
  standard: Standard;
  stage: Stage;
  leaves: readonly CompiledLeaf[];
  leafById: ReadonlyMap<string, CompiledLeaf>;
  leafIndexById: ReadonlyMap<string, number>;
  groups: readonly CompiledGroup[];
  totalH: number;
  bonusCapH: number;
}

const SCORED: ReadonlySet<LeafKind> = new Set(['points', 'tiers', 'passFail']);
export const isScoredKind = (kind: LeafKind): boolean => SCORED.has(kind);

function activeIn(stage: Stage, stages: readonly Stage[] | undefined): boolean {
  return stages === undefined || stages.includes(stage);
}

/** Compile a standard that has passed validateStandard; leaves limited to other stages are left out. */
export function compileStandard(standard: Standard, stage: Stage): CompiledStandard {
  const leaves: CompiledLeaf[] = [];
  for (const { leaf, ancestors } of leavesOf(standard.indicators)) {
    if ((leaf.kind === 'veto' || leaf.kind === 'prerequisite') && !activeIn(stage, leaf.stages)) continue;
    const compiled: CompiledLeaf = {
      id: leaf.id,
      name: leaf.name,
      kind: leaf.kind,
      index: leaves.length,
      maxH: 0,
      stepH: 0,
      tiers: new Map(),
      perOccurrenceH: 0,
      maxTotalH: 0,
      ancestors,
    };
    if (leaf.kind === 'points' || leaf.kind === 'bonus') {
      compiled.maxH = toHundredths(leaf.max);
      compiled.stepH = toHundredths(leaf.step);
    } else if (leaf.kind === 'tiers') {
      compiled.tiers = new Map(leaf.levels.map((level) => [level.name, toHundredths(level.points)]));
      compiled.maxH = Math.max(...compiled.tiers.values());
    } else if (leaf.kind === 'passFail') {
      compiled.maxH = toHundredths(leaf.points);
    } else if (leaf.kind === 'deduction') {
      compiled.perOccurrenceH = toHundredths(leaf.perOccurrence);
      compiled.maxTotalH = toHundredths(leaf.maxTotal);
    }
    leaves.push(compiled);
  }
  const groups = groupsOf(standard.indicators).map((group) => ({
    id: group.id,
    name: group.name,
    pointsH: toHundredths(group.points),
    leafIndexes: leaves.filter((l) => isScoredKind(l.kind) && l.ancestors.includes(group.id)).map((l) => l.index),
  }));
  return {
    standard,
    stage,
    leaves,
    leafById: new Map(leaves.map((leaf) => [leaf.id, leaf])),
    leafIndexById: new Map(leaves.map((leaf) => [leaf.id, leaf.index])),
    groups,
    totalH: toHundredths(standard.totalPoints),
    bonusCapH: toHundredths(standard.bonusCap),
  };
}
