import { describe, expect, it } from 'vitest';
import type { ExpertScore } from '../../../shared/panel/aggregate';
import { deviationsOf } from '../../../shared/panel/deviation';
import { eligibilityOf, type ExpertVerdict } from '../../../shared/panel/eligibility';
import type { DeviationRule, Standard } from '../../../shared/standard/schema';
import { compiledTiny } from '../support/standards';

const scores = (...totals: number[]): ExpertScore[] =>
  totals.map((total, i) => ({ expertId: `E${i + 1}`, totalH: Math.round(total * 100) }));

const flaggedIds = (list: ReturnType<typeof deviationsOf>): string[] => list.filter((d) => d.flagged).map((d) => d.expertId);

describe('deviationsOf', () => {
  const absoluteOnly: DeviationRule = { absolute: 10, z: null };
  const zOnly: DeviationRule = { absolute: null, z: 2 };

  it('gives each expert’s signed difference from the aggregate', () => {
    const list = deviationsOf(scores(80, 92.5, 75), 8000, absoluteOnly);
    expect(list.map((d) => [d.expertId, d.differenceH])).toEqual([
      ['E1', 0],
      ['E2', 1250],
      ['E3', -500],
    ]);
  });

  it('flags a difference of more than the absolute threshold, either way', () => {
    expect(flaggedIds(deviationsOf(scores(80, 90.01, 69.99, 90, 70), 8000, absoluteOnly))).toEqual(['E2', 'E3']);
  });

  it('does not flag a difference of exactly the absolute threshold', () => {
    expect(flaggedIds(deviationsOf(scores(90, 70), 8000, absoluteOnly))).toEqual([]);
  });

  it('flags by z: six experts at 80 and one at 95 gives z = 6/√7 ≈ 2.27 for the outlier', () => {
    const list = deviationsOf(scores(80, 80, 80, 80, 80, 80, 95), 8000, zOnly);
    expect(list[6]?.z).toBeCloseTo(6 / Math.sqrt(7), 10);
    expect(list[0]?.z).toBeCloseTo(-1 / Math.sqrt(7), 10);
    expect(flaggedIds(list)).toEqual(['E7']);
  });

  it('does not flag by z below the threshold: four at 80 and one at 95 gives z = 4/√5 ≈ 1.79', () => {
    const list = deviationsOf(scores(80, 80, 80, 80, 95), 8000, zOnly);
    expect(list[4]?.z).toBeCloseTo(4 / Math.sqrt(5), 10);
    expect(flaggedIds(list)).toEqual([]);
  });

  it('with the absolute check off, a 15-point difference alone is not flagged', () => {
    expect(flaggedIds(deviationsOf(scores(80, 80, 80, 80, 95), 8000, zOnly))).toEqual([]);
    expect(flaggedIds(deviationsOf(scores(80, 80, 80, 80, 95), 8000, absoluteOnly))).toEqual(['E5']);
  });

  it('with both checks off flags nobody', () => {
    const list = deviationsOf(scores(80, 80, 80, 80, 80, 80, 100), 8000, { absolute: null, z: null });
    expect(flaggedIds(list)).toEqual([]);
  });

  it('gives z null with one expert, so only the absolute check applies', () => {
    const [only] = deviationsOf(scores(95), 8000, { absolute: 10, z: 2 });
    expect(only).toEqual({ expertId: 'E1', differenceH: 1500, z: null, flagged: true });
  });

  it('gives z 0 when every total is equal', () => {
    expect(deviationsOf(scores(85, 85, 85), 8500, zOnly).map((d) => d.z)).toEqual([0, 0, 0]);
  });
});

const verdict = (expertId: string, found: { veto?: string[]; prerequisite?: string[] } = {}): ExpertVerdict => ({
  expertId,
  vetoFailed: found.veto ?? [],
  prerequisitesUnmet: found.prerequisite ?? [],
  comments: found.veto ? Object.fromEntries(found.veto.map((id) => [id, `${expertId} 认为 ${id} 不通过`])) : {},
});

/** n experts E1…En, the first `failing` of them finding veto V1 failed. */
const vetoVerdicts = (n: number, failing: number): ExpertVerdict[] =>
  Array.from({ length: n }, (_, i) => verdict(`E${i + 1}`, i < failing ? { veto: ['V1'] } : {}));

const eligibility = (consensus: Standard['vetoConsensus'], verdicts: ExpertVerdict[], officeMissing: string[] = []) =>
  eligibilityOf(compiledTiny({ vetoConsensus: consensus }), officeMissing, verdicts);

describe('eligibilityOf: intake and no scores', () => {
  it('a prerequisite the office found missing makes the application not scored', () => {
    expect(eligibility('majority', vetoVerdicts(5, 0), ['P1'])).toEqual({
      status: 'notScored',
      findings: [{ leafId: 'P1', leafName: '创新规划设计方案', kind: 'prerequisite', foundBy: ['office'], outOf: 0, reasons: {} }],
    });
  });

  it('an office finding on a leaf that is not an active prerequisite is ignored', () => {
    expect(eligibility('majority', vetoVerdicts(5, 0), ['V1', 'X9']).status).toBe('eligible');
    // P1 only applies to the qualification stage.
    const acceptance = compiledTiny({}, 'acceptance');
    expect(eligibilityOf(acceptance, ['P1'], vetoVerdicts(5, 0)).status).toBe('eligible');
  });

  it('no verdicts at all (everyone recused) gives noScores', () => {
    expect(eligibility('majority', [])).toEqual({ status: 'noScores', findings: [] });
  });

  it('no failures is eligible', () => {
    expect(eligibility('any', vetoVerdicts(7, 0))).toEqual({ status: 'eligible', findings: [] });
  });
});

describe('eligibilityOf: veto consensus', () => {
  it('majority: 3 of 7 is not a majority', () => {
    expect(eligibility('majority', vetoVerdicts(7, 3)).status).toBe('eligible');
  });

  it('majority: 4 of 7 is, with who found it, out of how many, and their reasons', () => {
    expect(eligibility('majority', vetoVerdicts(7, 4))).toEqual({
      status: 'ineligible',
      findings: [
        {
          leafId: 'V1',
          leafName: '申报材料弄虚作假',
          kind: 'veto',
          foundBy: ['E1', 'E2', 'E3', 'E4'],
          outOf: 7,
          reasons: { E1: 'E1 认为 V1 不通过', E2: 'E2 认为 V1 不通过', E3: 'E3 认为 V1 不通过', E4: 'E4 认为 V1 不通过' },
        },
      ],
    });
  });

  it('majority: half (2 of 4) is not a majority', () => {
    expect(eligibility('majority', vetoVerdicts(4, 2)).status).toBe('eligible');
    expect(eligibility('majority', vetoVerdicts(4, 3)).status).toBe('ineligible');
  });

  it('any: one expert of seven is enough', () => {
    const result = eligibility('any', vetoVerdicts(7, 1));
    expect(result.status).toBe('ineligible');
    expect(result.findings.map((f) => [f.leafId, f.foundBy, f.outOf])).toEqual([['V1', ['E1'], 7]]);
  });

  it('all: 6 of 7 is not enough, 7 of 7 is', () => {
    expect(eligibility('all', vetoVerdicts(7, 6)).status).toBe('eligible');
    expect(eligibility('all', vetoVerdicts(7, 7)).status).toBe('ineligible');
  });

  it('lists who found it sorted by id whatever the verdict order', () => {
    const verdicts = [verdict('E3', { veto: ['V1'] }), verdict('E1', { veto: ['V1'] }), verdict('E2')];
    expect(eligibility('majority', verdicts).findings[0]?.foundBy).toEqual(['E1', 'E3']);
  });
});

describe('eligibilityOf: prerequisites found unmet by the experts', () => {
  it('a majority finding P1 unmet makes the application ineligible', () => {
    const verdicts = [
      verdict('E1', { prerequisite: ['P1'] }),
      verdict('E2', { prerequisite: ['P1'] }),
      verdict('E3', { prerequisite: ['P1'] }),
      verdict('E4'),
      verdict('E5'),
    ];
    expect(eligibility('majority', verdicts)).toEqual({
      status: 'ineligible',
      findings: [
        { leafId: 'P1', leafName: '创新规划设计方案', kind: 'prerequisite', foundBy: ['E1', 'E2', 'E3'], outOf: 5, reasons: { E1: '', E2: '', E3: '' } },
      ],
    });
  });

  it('a minority finding P1 unmet does not', () => {
    const verdicts = [verdict('E1', { prerequisite: ['P1'] }), verdict('E2'), verdict('E3')];
    expect(eligibility('majority', verdicts).status).toBe('eligible');
  });
});
