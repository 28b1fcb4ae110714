// Whether an application can be ranked. Not scored: the office found a prerequisite unmet at intake
// (e.g. no innovation plan), or no expert scored it (all recused). Ineligible: enough experts found a veto
// failed or a prerequisite unmet, per the standard's consensus rule — a veto beats any score.
import type { CompiledStandard } from '../standard/compile';
import type { Standard } from '../standard/schema';

export type EligibilityStatus = 'eligible' | 'ineligible' | 'notScored' | 'noScores';

export interface Finding {
  /** The veto or prerequisite leaf. */
  leafId: string;
  leafName: string;
  kind: 'veto' | 'prerequisite';
  /** Who found it failed (experts) or 'office' for an intake finding. */
  foundBy: string[];
  /** Out of how many experts who scored. */
  outOf: number;
  /** Experts' reasons (veto comments), by expert id. */
  reasons: Record<string, string>;
}

export interface Eligibility {
  status: EligibilityStatus;
  findings: Finding[];
}

export interface ExpertVerdict {
  expertId: string;
  vetoFailed: readonly string[];
  prerequisitesUnmet: readonly string[];
  comments: Readonly<Record<string, string>>;
}

function consensusReached(rule: Standard['vetoConsensus'], found: number, outOf: number): boolean {
  if (found === 0) return false;
  if (rule === 'any') return true;
  if (rule === 'majority') return found * 2 > outOf;
  return found === outOf;
}

export function eligibilityOf(
  compiled: CompiledStandard,
  officeMissing: readonly string[],
  verdicts: readonly ExpertVerdict[],
): Eligibility {
  const activeOfficeMissing = officeMissing.filter((id) => compiled.leafById.get(id)?.kind === 'prerequisite');
  if (activeOfficeMissing.length > 0) {
    return {
      status: 'notScored',
      findings: activeOfficeMissing.map((id) => ({
        leafId: id,
        leafName: compiled.leafById.get(id)?.name ?? id,
        kind: 'prerequisite',
        foundBy: ['office'],
        outOf: 0,
        reasons: {},
      })),
    };
  }
  if (verdicts.length === 0) return { status: 'noScores', findings: [] };
  const findings: Finding[] = [];
  for (const leaf of compiled.leaves) {
    if (leaf.kind !== 'veto' && leaf.kind !== 'prerequisite') continue;
    const kind = leaf.kind;
    const found = verdicts.filter((v) => (kind === 'veto' ? v.vetoFailed : v.prerequisitesUnmet).includes(leaf.id));
    if (!consensusReached(compiled.standard.vetoConsensus, found.length, verdicts.length)) continue;
    const reasons: Record<string, string> = {};
    for (const v of found) reasons[v.expertId] = v.comments[leaf.id] ?? '';
    findings.push({
      leafId: leaf.id,
      leafName: leaf.name,
      kind,
      foundBy: found.map((v) => v.expertId).sort(),
      outOf: verdicts.length,
      reasons,
    });
  }
  return { status: findings.length > 0 ? 'ineligible' : 'eligible', findings };
}
