// Changing a draft standard's rules: the standard is parsed again (so only a standard the schema accepts is
// ever stored) and its fingerprint recomputed the way the session file's standardFingerprint is checked
// (fingerprintOf over the parsed standard, electron/files/session-container-writer.ts). A rule change is a
// different standard: experts' files are matched to the session by this fingerprint.
import type { DraftStandard } from '../../../../shared/office/session-draft';
import { isGroup, standardSchema, type IndicatorNode, type Standard } from '../../../../shared/standard/schema';
import { fingerprintOf } from '../../../../shared/util/fingerprint';

export type RulesPatch = Partial<Pick<Standard, 'aggregation' | 'grades' | 'tieBreak' | 'preference' | 'vetoConsensus' | 'deviation'>>;

export function withRules(current: DraftStandard, patch: RulesPatch): DraftStandard {
  const standard = standardSchema.parse({ ...current.standard, ...patch });
  return { ...current, standard, fingerprint: fingerprintOf(standard) };
}

export interface TieBreakCandidate {
  id: string;
  name: string;
}

const SCORED_LEAF_KINDS = new Set(['points', 'tiers', 'passFail', 'bonus']);

/** The indicators a tie can be broken by, in the standard's order: scored groups and scored leaves (validate.ts's checkTieBreak). */
export function tieBreakCandidates(standard: Standard): TieBreakCandidate[] {
  const out: TieBreakCandidate[] = [];
  const visit = (nodes: readonly IndicatorNode[]): void => {
    for (const node of nodes) {
      if (isGroup(node)) {
        if (node.points > 0) out.push({ id: node.id, name: node.name });
        visit(node.children);
      } else if (SCORED_LEAF_KINDS.has(node.kind)) out.push({ id: node.id, name: node.name });
    }
  };
  visit(standard.indicators);
  return out;
}
