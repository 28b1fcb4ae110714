import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankCandidates, type RankCandidate } from '../../../shared/panel/ranking';

const TIE_BREAK = ['6.2', '6.1', '3'];

const candidate = (applicationId: string, countyCode: string, scoreH: number, indicators: Record<string, number> = {}): RankCandidate => ({
  applicationId,
  countyCode,
  scoreH,
  indicators,
});

const order = (ranked: ReturnType<typeof rankCandidates>): string[] => ranked.map((r) => r.candidate.applicationId);

describe('rankCandidates', () => {
  it('ranks by score, highest first, ranks 1…n', () => {
    const ranked = rankCandidates([candidate('A1', '990101', 8000), candidate('A2', '990102', 9150), candidate('A3', '990103', 8575)], TIE_BREAK);
    expect(ranked.map((r) => [r.candidate.applicationId, r.rank, r.tieWithPreviousDecidedBy])).toEqual([
      ['A2', 1, null],
      ['A3', 2, null],
      ['A1', 3, null],
    ]);
  });

  it('breaks a tie by the first tie-break indicator', () => {
    const ranked = rankCandidates(
      [candidate('A1', '990101', 8500, { '6.2': 500, '6.1': 800 }), candidate('A2', '990102', 8500, { '6.2': 550, '6.1': 600 })],
      TIE_BREAK,
    );
    expect(order(ranked)).toEqual(['A2', 'A1']);
    expect(ranked[1]?.tieWithPreviousDecidedBy).toEqual({ kind: 'indicator', indicatorId: '6.2' });
  });

  it('falls to the second indicator when the first is equal', () => {
    const ranked = rankCandidates(
      [candidate('A1', '990101', 8500, { '6.2': 500, '6.1': 600, '3': 2500 }), candidate('A2', '990102', 8500, { '6.2': 500, '6.1': 800, '3': 2000 })],
      TIE_BREAK,
    );
    expect(order(ranked)).toEqual(['A2', 'A1']);
    expect(ranked[1]?.tieWithPreviousDecidedBy).toEqual({ kind: 'indicator', indicatorId: '6.1' });
  });

  it('falls to the third indicator when the first two are equal', () => {
    const ranked = rankCandidates(
      [candidate('A1', '990101', 8500, { '6.2': 500, '6.1': 600, '3': 2000 }), candidate('A2', '990102', 8500, { '6.2': 500, '6.1': 600, '3': 2150 })],
      TIE_BREAK,
    );
    expect(order(ranked)).toEqual(['A2', 'A1']);
    expect(ranked[1]?.tieWithPreviousDecidedBy).toEqual({ kind: 'indicator', indicatorId: '3' });
  });

  it('with every key equal puts the lower county code first and flags the tie', () => {
    const same = { '6.2': 500, '6.1': 600, '3': 2000 };
    const ranked = rankCandidates([candidate('A1', '990305', 8500, same), candidate('A2', '990104', 8500, same)], TIE_BREAK);
    expect(order(ranked)).toEqual(['A2', 'A1']);
    expect(ranked.map((r) => r.tieWithPreviousDecidedBy)).toEqual([null, { kind: 'countyCode' }]);
  });

  it('treats a missing tie-break indicator as 0', () => {
    const ranked = rankCandidates([candidate('A1', '990101', 8500, {}), candidate('A2', '990102', 8500, { '6.2': 1 })], TIE_BREAK);
    expect(order(ranked)).toEqual(['A2', 'A1']);
  });

  it('only flags an entry that tied with the one directly above', () => {
    const ranked = rankCandidates(
      [candidate('A1', '990101', 9000), candidate('A2', '990102', 8500), candidate('A3', '990103', 8500, { '6.2': 100 })],
      TIE_BREAK,
    );
    expect(ranked.map((r) => [r.candidate.applicationId, r.tieWithPreviousDecidedBy])).toEqual([
      ['A1', null],
      ['A3', null],
      ['A2', { kind: 'indicator', indicatorId: '6.2' }],
    ]);
  });

  it('gives nothing for no candidates', () => {
    expect(rankCandidates([], TIE_BREAK)).toEqual([]);
  });

  it('does not depend on the order of the candidates', () => {
    // Narrow ranges so that equal scores and equal tie-break values are common.
    const candidatesArb = fc.uniqueArray(
      fc.record({
        applicationId: fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `A${String(i + 1).padStart(2, '0')}`)),
        countyCode: fc.constantFrom('990101', '990102', '990203'),
        scoreH: fc.integer({ min: 8000, max: 8003 }),
        indicators: fc.record({ '6.2': fc.integer({ min: 0, max: 2 }), '6.1': fc.integer({ min: 0, max: 1 }), '3': fc.integer({ min: 0, max: 1 }) }),
      }),
      { selector: (c) => c.applicationId, maxLength: 12 },
    );
    fc.assert(
      fc.property(
        candidatesArb.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        ([list, shuffled]) => {
          expect(rankCandidates(shuffled, TIE_BREAK)).toEqual(rankCandidates(list, TIE_BREAK));
        },
      ),
    );
  });

  it('never puts a lower score above a higher one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { maxLength: 20 }), (scoresH) => {
        const ranked = rankCandidates(
          scoresH.map((scoreH, i) => candidate(`A${i}`, String(990100 + i), scoreH)),
          TIE_BREAK,
        );
        for (let i = 1; i < ranked.length; i += 1) {
          expect(ranked[i - 1]?.candidate.scoreH ?? -1).toBeGreaterThanOrEqual(ranked[i]?.candidate.scoreH ?? Infinity);
        }
      }),
    );
  });
});
