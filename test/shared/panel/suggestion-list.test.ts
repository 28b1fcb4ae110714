import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeQuota } from '../../../shared/panel/quota';
import type { RankedEntry } from '../../../shared/panel/ranked-entry';
import { buildSuggestionList } from '../../../shared/panel/suggestion-list';
import type { PreferenceRule } from '../../../shared/standard/schema';
import { N, P, ranking } from '../support/ranked-entries';

const sixCounties = ranking([
  ['A', 90, N],
  ['B', 88, N],
  ['C', 87.5, P],
  ['D', 86, N],
  ['E', 85, N],
  ['F', 84, P],
]);

describe('buildSuggestionList', () => {
  it('lists the places with positions, original ranks, the cut line and the moves', () => {
    const list = buildSuggestionList(sixCounties, 4, { kind: 'withinPoints', points: 2 });
    // F (84) is 2 points behind D (86), within 2 inclusive: F replaces D. Then B (88) is 4 ahead: stop.
    expect(list.places).toBe(4);
    expect(list.rule).toEqual({ kind: 'withinPoints', points: 2 });
    expect(list.entries).toEqual([
      { position: 1, applicationId: 'A', countyName: 'A县', countyCode: '130100', poverty: false, scoreH: 9000, rankingScoreH: 9000, originalRank: 1 },
      { position: 2, applicationId: 'B', countyName: 'B县', countyCode: '130101', poverty: false, scoreH: 8800, rankingScoreH: 8800, originalRank: 2 },
      { position: 3, applicationId: 'C', countyName: 'C县', countyCode: '130102', poverty: true, scoreH: 8750, rankingScoreH: 8750, originalRank: 3 },
      {
        position: 4,
        applicationId: 'F',
        countyName: 'F县',
        countyCode: '130105',
        poverty: true,
        scoreH: 8400,
        rankingScoreH: 8400,
        originalRank: 6,
        movedBy: 'withinPoints',
      },
    ]);
    expect(list.notListed.map((entry) => [entry.position, entry.applicationId])).toEqual([
      [5, 'D'],
      [6, 'E'],
    ]);
    expect(list.cutLine).toEqual({ lastInScoreH: 8400, firstOutScoreH: 8600, lastInApplicationId: 'F', firstOutApplicationId: 'D' });
    expect(list.moves).toHaveLength(1);
    expect(list.moves[0]).toMatchObject({ applicationId: 'F', fromPosition: 6, toPosition: 4, displaced: ['D'], pointsH: 200 });
    expect(list.tieAtCutLine).toBeNull();
    expect(list.ruleSummary.key).toBe('preference.rule.withinPoints');
  });

  it('shows the adjusted ranking score under bonusPoints', () => {
    const list = buildSuggestionList(sixCounties, 3, { kind: 'bonusPoints', points: 3 });
    expect(list.entries.map((entry) => [entry.applicationId, entry.scoreH, entry.rankingScoreH, entry.movedBy])).toEqual([
      ['C', 8750, 9050, 'bonusPoints'],
      ['A', 9000, 9000, undefined],
      ['B', 8800, 8800, undefined],
    ]);
    expect(list.cutLine).toMatchObject({ lastInScoreH: 8800, firstOutScoreH: 8400, firstOutApplicationId: 'F' });
  });

  it('takes its places from the quota', () => {
    const quota = computeQuota({ countyLevelDivisions: 20, divisionsAsOf: '2024-01-01', alreadyGiven: 5 });
    expect(quota.places).toBe(3);
    const list = buildSuggestionList(sixCounties, quota.places, { kind: 'none' });
    expect(list.entries.map((entry) => entry.applicationId)).toEqual(['A', 'B', 'C']);
    expect(list.cutLine).toMatchObject({ lastInScoreH: 8750, firstOutScoreH: 8600 });
  });

  it('has no cut line when the list is empty or holds everyone', () => {
    const empty = buildSuggestionList(sixCounties, 0, { kind: 'reservedPlaces', places: 2 });
    expect(empty.entries).toEqual([]);
    expect(empty.notListed).toHaveLength(6);
    expect(empty.cutLine).toBeNull();
    expect(empty.moves).toEqual([]);

    const everyone = buildSuggestionList(sixCounties, 10, { kind: 'reservedPlaces', places: 2 });
    expect(everyone.places).toBe(10);
    expect(everyone.entries.map((entry) => entry.applicationId)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(everyone.notListed).toEqual([]);
    expect(everyone.cutLine).toBeNull();
    expect(everyone.moves).toEqual([]);
  });

  it('passes a tie at the cut line through and keeps the ranking order', () => {
    const tied = ranking([
      ['A', 90, N],
      ['B', 85, N],
      ['C', 85, N],
    ]);
    const list = buildSuggestionList(tied, 2, { kind: 'none' });
    expect(list.entries.map((entry) => entry.applicationId)).toEqual(['A', 'B']);
    expect(list.cutLine).toMatchObject({ lastInScoreH: 8500, firstOutScoreH: 8500 });
    expect(list.tieAtCutLine).toMatchObject({ inside: ['B'], outside: ['C'] });
  });

  it('always has min(places, entries) consecutive positions and a cut line exactly when some are left out', () => {
    const rankingArb = fc
      .array(fc.record({ poverty: fc.boolean(), scoreH: fc.integer({ min: 7000, max: 9000 }) }), { maxLength: 20 })
      .map((rows) =>
        [...rows]
          .sort((a, b) => b.scoreH - a.scoreH)
          .map((row, index): RankedEntry => ({
            applicationId: `app-${index}`,
            countyName: `县${index}`,
            countyCode: String(130100 + index),
            poverty: row.poverty,
            scoreH: row.scoreH,
            rank: index + 1,
          })),
      );
    const ruleArb = fc.constantFrom<PreferenceRule>(
      { kind: 'none' },
      { kind: 'bonusPoints', points: 2 },
      { kind: 'withinPoints', points: 2 },
      { kind: 'reservedPlaces', places: 3 },
    );
    fc.assert(
      fc.property(rankingArb, fc.integer({ min: 0, max: 25 }), ruleArb, (ranked, places, rule) => {
        const list = buildSuggestionList(ranked, places, rule);
        const size = Math.min(places, ranked.length);
        expect(list.entries.map((entry) => entry.position)).toEqual(Array.from({ length: size }, (_, index) => index + 1));
        expect(list.entries.length + list.notListed.length).toBe(ranked.length);
        expect(list.cutLine === null).toBe(size === 0 || size === ranked.length);
      }),
    );
  });
});
