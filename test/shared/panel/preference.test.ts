import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import enPreference from '../../../shared/i18n/locales/en-US/preference.json';
import zhPreference from '../../../shared/i18n/locales/zh-CN/preference.json';
import {
  applyPreference,
  PREFERENCE_MESSAGE_KEYS,
  type PreferenceMove,
  type PreferenceOutcome,
} from '../../../shared/panel/preference';
import type { RankedEntry } from '../../../shared/panel/ranked-entry';
import type { PreferenceRule } from '../../../shared/standard/schema';
import { N, P, ranking } from '../support/ranked-entries';

/** Ten counties; C, F, H and J are national poverty-alleviated counties. */
const tenCounties = ranking([
  ['A', 90, N],
  ['B', 88, N],
  ['C', 87.5, P],
  ['D', 86, N],
  ['E', 85, N],
  ['F', 84, P],
  ['G', 83.5, N],
  ['H', 82, P],
  ['I', 80, N],
  ['J', 79, P],
]);

const insideIds = (outcome: PreferenceOutcome): string[] =>
  outcome.ordered.filter((entry) => entry.inside).map((entry) => entry.applicationId);
const orderIds = (outcome: PreferenceOutcome): string[] => outcome.ordered.map((entry) => entry.applicationId);
const moveSummary = (move: PreferenceMove) => ({
  id: move.applicationId,
  from: move.fromPosition,
  to: move.toPosition,
  pointsH: move.pointsH,
  entered: move.enteredList,
  displaced: move.displaced,
  passed: move.passed,
});

describe("rule 'none'", () => {
  it('takes the top places in ranking order and moves nobody', () => {
    const outcome = applyPreference(tenCounties, 5, { kind: 'none' });
    expect(insideIds(outcome)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(orderIds(outcome)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    expect(outcome.moves).toEqual([]);
    expect(outcome.tieAtCutLine).toBeNull();
    expect(outcome.summary).toEqual({ key: 'preference.rule.none', params: { places: 5 } });
  });
});

describe("rule 'bonusPoints'", () => {
  it('ranks poverty counties with the bonus added and lists every poverty county that moved', () => {
    const outcome = applyPreference(tenCounties, 5, { kind: 'bonusPoints', points: 3 });
    // Adjusted: C 90.5, A 90, B 88, F 87, D 86, E 85, H 85 (E keeps its place: stable), G 83.5, J 82, I 80.
    expect(orderIds(outcome)).toEqual(['C', 'A', 'B', 'F', 'D', 'E', 'H', 'G', 'J', 'I']);
    expect(insideIds(outcome)).toEqual(['C', 'A', 'B', 'F', 'D']);
    expect(outcome.moves.map(moveSummary)).toEqual([
      { id: 'C', from: 3, to: 1, pointsH: 300, entered: false, displaced: [], passed: ['A', 'B'] },
      { id: 'F', from: 6, to: 4, pointsH: 300, entered: true, displaced: ['E'], passed: ['D', 'E'] },
      { id: 'H', from: 8, to: 7, pointsH: 300, entered: false, displaced: [], passed: ['G'] },
      { id: 'J', from: 10, to: 9, pointsH: 300, entered: false, displaced: [], passed: ['I'] },
    ]);
    expect(outcome.moves[1]?.explanation).toEqual({
      key: 'preference.bonusPoints.entered',
      params: { points: 3, score: 84, adjusted: 87, promoted: 'F县', from: 6, to: 4, passedCount: 2 },
    });
    expect(outcome.moves[0]?.explanation.key).toBe('preference.bonusPoints.raised');
    expect(outcome.ordered.find((entry) => entry.applicationId === 'F')).toMatchObject({ rankingScoreH: 8700, scoreH: 8400, movedBy: 'bonusPoints' });
    expect(outcome.ordered.find((entry) => entry.applicationId === 'E')?.movedBy).toBeUndefined();
    expect(outcome.tieAtCutLine).toBeNull();
  });

  it('keeps the original order at equal adjusted scores and flags the tie at the cut line', () => {
    const outcome = applyPreference(tenCounties, 5, { kind: 'bonusPoints', points: 1 });
    // Adjusted: C 88.5 passes B 88; F reaches 85 like E, and E stays ahead by the original ranking.
    expect(orderIds(outcome)).toEqual(['A', 'C', 'B', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    expect(outcome.moves.map((move) => [move.applicationId, move.fromPosition, move.toPosition])).toEqual([['C', 3, 2]]);
    expect(outcome.tieAtCutLine).toMatchObject({ inside: ['E'], outside: ['F'] });
    expect(outcome.tieAtCutLine?.explanation).toEqual({ key: 'preference.tieAtCutLine', params: { insideCount: 1, outsideCount: 1 } });
  });

  it('changes nothing when the list holds everyone', () => {
    const outcome = applyPreference(tenCounties, 10, { kind: 'bonusPoints', points: 3 });
    expect(orderIds(outcome)).toEqual(tenCounties.map((entry) => entry.applicationId));
    expect(outcome.moves).toEqual([]);
    expect(outcome.ordered.every((entry) => entry.rankingScoreH === entry.scoreH)).toBe(true);
  });
});

describe("rule 'withinPoints'", () => {
  it('swaps the best poverty county outside for the lowest other county inside while within the points', () => {
    const outcome = applyPreference(tenCounties, 5, { kind: 'withinPoints', points: 2 });
    // F (84) is 1 point behind E (85): swap. Then H (82) is 4 behind D (86): stop.
    expect(insideIds(outcome)).toEqual(['A', 'B', 'C', 'D', 'F']);
    expect(orderIds(outcome)).toEqual(['A', 'B', 'C', 'D', 'F', 'E', 'G', 'H', 'I', 'J']);
    expect(outcome.moves.map(moveSummary)).toEqual([
      { id: 'F', from: 6, to: 5, pointsH: 100, entered: true, displaced: ['E'], passed: ['E'] },
    ]);
    expect(outcome.moves[0]?.explanation).toEqual({
      key: 'preference.withinPoints.swap',
      params: { displaced: 'E县', diff: 1, limit: 2, promoted: 'F县', from: 6, to: 5, passedCount: 1 },
    });
    expect(outcome.summary).toEqual({ key: 'preference.rule.withinPoints', params: { points: 2, places: 5 } });
  });

  it('counts a gap equal to the points as within, and keeps the list in ranking order', () => {
    const outcome = applyPreference(tenCounties, 5, { kind: 'withinPoints', points: 4 });
    // F↔E (gap 1), H↔D (gap 4, inclusive), then J (79) is 9 behind B (88): stop.
    expect(insideIds(outcome)).toEqual(['A', 'B', 'C', 'F', 'H']);
    expect(orderIds(outcome)).toEqual(['A', 'B', 'C', 'F', 'H', 'D', 'E', 'G', 'I', 'J']);
    expect(outcome.moves.map(moveSummary)).toEqual([
      { id: 'F', from: 6, to: 4, pointsH: 100, entered: true, displaced: ['E'], passed: ['D', 'E'] },
      { id: 'H', from: 8, to: 5, pointsH: 400, entered: true, displaced: ['D'], passed: ['D', 'E', 'G'] },
    ]);
  });

  it('stops at once when the gap is too wide', () => {
    const outcome = applyPreference(tenCounties, 5, { kind: 'withinPoints', points: 0.5 });
    expect(insideIds(outcome)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(outcome.moves).toEqual([]);
  });

  it('settles an equal score between a poverty county and another county by itself', () => {
    const outcome = applyPreference(
      ranking([
        ['A', 90, N],
        ['B', 80, N],
        ['C', 80, P],
      ]),
      2,
      { kind: 'withinPoints', points: 2 },
    );
    expect(insideIds(outcome)).toEqual(['A', 'C']);
    expect(outcome.moves.map(moveSummary)).toEqual([
      { id: 'C', from: 3, to: 2, pointsH: 0, entered: true, displaced: ['B'], passed: ['B'] },
    ]);
    expect(outcome.tieAtCutLine).toBeNull();
  });

  it('flags two poverty counties tied at the cut', () => {
    const outcome = applyPreference(
      ranking([
        ['A', 90, N],
        ['B', 85, P],
        ['C', 85, P],
      ]),
      2,
      { kind: 'withinPoints', points: 2 },
    );
    expect(insideIds(outcome)).toEqual(['A', 'B']);
    expect(outcome.tieAtCutLine).toMatchObject({ inside: ['B'], outside: ['C'] });
  });

  it('flags a displaced county tied with one that stays', () => {
    const outcome = applyPreference(
      ranking([
        ['A', 90, N],
        ['B', 85, N],
        ['C', 85, N],
        ['D', 84, P],
      ]),
      3,
      { kind: 'withinPoints', points: 2 },
    );
    expect(insideIds(outcome)).toEqual(['A', 'B', 'D']);
    expect(outcome.tieAtCutLine).toMatchObject({ inside: ['B'], outside: ['C'] });
  });
});

describe("rule 'reservedPlaces'", () => {
  it('changes nothing when enough poverty counties are inside by score', () => {
    const outcome = applyPreference(tenCounties, 5, { kind: 'reservedPlaces', places: 1 });
    expect(insideIds(outcome)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(outcome.moves).toEqual([]);
    expect(outcome.summary).toEqual({
      key: 'preference.rule.reservedPlaces',
      params: { reserved: 1, available: 4, required: 1, places: 5 },
    });
  });

  it('replaces the lowest other counties with the best poverty counties outside, whatever the gap', () => {
    const outcome = applyPreference(tenCounties, 5, { kind: 'reservedPlaces', places: 3 });
    expect(insideIds(outcome)).toEqual(['A', 'B', 'C', 'F', 'H']);
    expect(outcome.moves.map(moveSummary)).toEqual([
      { id: 'F', from: 6, to: 4, pointsH: 100, entered: true, displaced: ['E'], passed: ['D', 'E'] },
      { id: 'H', from: 8, to: 5, pointsH: 400, entered: true, displaced: ['D'], passed: ['D', 'E', 'G'] },
    ]);
    expect(outcome.moves.map((move) => move.explanation)).toEqual([
      {
        key: 'preference.reservedPlaces.swap',
        params: { displaced: 'E县', diff: 1, slot: 2, reserved: 3, promoted: 'F县', from: 6, to: 4, passedCount: 2 },
      },
      {
        key: 'preference.reservedPlaces.swap',
        params: { displaced: 'D县', diff: 4, slot: 3, reserved: 3, promoted: 'H县', from: 8, to: 5, passedCount: 3 },
      },
    ]);
  });

  it('takes every poverty county when fewer are eligible than reserved, and says so', () => {
    const outcome = applyPreference(tenCounties, 5, { kind: 'reservedPlaces', places: 5 });
    expect(insideIds(outcome)).toEqual(['A', 'C', 'F', 'H', 'J']);
    expect(orderIds(outcome)).toEqual(['A', 'C', 'F', 'H', 'J', 'B', 'D', 'E', 'G', 'I']);
    expect(outcome.moves.map((move) => [move.applicationId, move.fromPosition, move.toPosition, move.displaced, move.pointsH])).toEqual([
      ['F', 6, 3, ['E'], 100],
      ['H', 8, 4, ['D'], 400],
      ['J', 10, 5, ['B'], 900],
    ]);
    expect(outcome.summary).toEqual({
      key: 'preference.rule.reservedPlaces.shortfall',
      params: { reserved: 5, available: 4, required: 4, places: 5 },
    });
  });

  it('never reserves more than the list holds', () => {
    const outcome = applyPreference(tenCounties, 2, { kind: 'reservedPlaces', places: 4 });
    expect(insideIds(outcome)).toEqual(['C', 'F']);
    expect(outcome.moves.map((move) => [move.applicationId, move.displaced])).toEqual([
      ['C', ['B']],
      ['F', ['A']],
    ]);
  });

  it('settles an equal score for a poverty county holding a reserved place', () => {
    const outcome = applyPreference(
      ranking([
        ['A', 90, N],
        ['B', 80, P],
        ['C', 80, N],
      ]),
      2,
      { kind: 'reservedPlaces', places: 1 },
    );
    expect(insideIds(outcome)).toEqual(['A', 'B']);
    expect(outcome.tieAtCutLine).toBeNull();
  });

  it('flags an equal score the reservation does not decide', () => {
    const rows = ranking([
      ['A', 90, P],
      ['B', 80, N],
      ['C', 80, P],
    ]);
    const outcome = applyPreference(rows, 2, { kind: 'reservedPlaces', places: 1 });
    expect(insideIds(outcome)).toEqual(['A', 'B']);
    expect(outcome.moves).toEqual([]);
    expect(outcome.tieAtCutLine).toMatchObject({ inside: ['B'], outside: ['C'] });
    // withinPoints would have settled the same tie in C's favour.
    const within = applyPreference(rows, 2, { kind: 'withinPoints', points: 2 });
    expect(insideIds(within)).toEqual(['A', 'C']);
    expect(within.tieAtCutLine).toBeNull();
  });
});

describe('edge cases for every rule', () => {
  const rules: PreferenceRule[] = [
    { kind: 'none' },
    { kind: 'bonusPoints', points: 3 },
    { kind: 'withinPoints', points: 2 },
    { kind: 'reservedPlaces', places: 2 },
  ];

  it.each(rules)('$kind: places 0 gives an empty list and no moves', (rule) => {
    const outcome = applyPreference(tenCounties, 0, rule);
    expect(outcome.listSize).toBe(0);
    expect(insideIds(outcome)).toEqual([]);
    expect(orderIds(outcome)).toEqual(tenCounties.map((entry) => entry.applicationId));
    expect(outcome.moves).toEqual([]);
    expect(outcome.tieAtCutLine).toBeNull();
  });

  it.each(rules)('$kind: places beyond the entries lists everyone in ranking order with no moves', (rule) => {
    const outcome = applyPreference(tenCounties, 12, rule);
    expect(outcome.places).toBe(12);
    expect(outcome.listSize).toBe(10);
    expect(insideIds(outcome)).toEqual(tenCounties.map((entry) => entry.applicationId));
    expect(outcome.moves).toEqual([]);
    expect(outcome.tieAtCutLine).toBeNull();
  });

  it.each(rules)('$kind: without poverty counties the list is the top places', (rule) => {
    const noPoverty = tenCounties.map((entry) => ({ ...entry, poverty: false }));
    const outcome = applyPreference(noPoverty, 4, rule);
    expect(insideIds(outcome)).toEqual(['A', 'B', 'C', 'D']);
    expect(outcome.moves).toEqual([]);
  });

  it.each(rules)('$kind: an empty ranking gives an empty list', (rule) => {
    const outcome = applyPreference([], 5, rule);
    expect(outcome.ordered).toEqual([]);
    expect(outcome.listSize).toBe(0);
  });

  it('flags equal scores straddling the cut but keeps the ranking order', () => {
    const tied = ranking([
      ['A', 90, N],
      ['B', 85, N],
      ['C', 85, N],
      ['D', 85, N],
      ['E', 80, N],
    ]);
    const atTwo = applyPreference(tied, 2, { kind: 'none' });
    expect(insideIds(atTwo)).toEqual(['A', 'B']);
    expect(atTwo.tieAtCutLine).toMatchObject({ inside: ['B'], outside: ['C', 'D'] });
    const atThree = applyPreference(tied, 3, { kind: 'none' });
    expect(atThree.tieAtCutLine).toMatchObject({ inside: ['B', 'C'], outside: ['D'] });
    expect(applyPreference(tied, 4, { kind: 'none' }).tieAtCutLine).toBeNull();
  });

  it('sorts by rank whatever order the entries come in', () => {
    const shuffled = [...tenCounties].reverse();
    expect(applyPreference(shuffled, 5, { kind: 'withinPoints', points: 2 })).toEqual(
      applyPreference(tenCounties, 5, { kind: 'withinPoints', points: 2 }),
    );
  });

  it('rejects bad places, duplicate ids and a ranking whose scores rise', () => {
    expect(() => applyPreference(tenCounties, -1, { kind: 'none' })).toThrow(RangeError);
    expect(() => applyPreference(tenCounties, 2.5, { kind: 'none' })).toThrow(RangeError);
    const first = tenCounties[0];
    if (first === undefined) throw new Error('fixture');
    expect(() => applyPreference([...tenCounties, { ...first, rank: 11, scoreH: 1 }], 2, { kind: 'none' })).toThrow(RangeError);
    const rising = ranking([
      ['A', 80, N],
      ['B', 90, N],
    ]);
    expect(() => applyPreference(rising, 1, { kind: 'none' })).toThrow(RangeError);
  });
});

describe('locale sentences', () => {
  const locales: Record<string, Record<string, string>> = { 'zh-CN': zhPreference, 'en-US': enPreference };
  const paramsOf = (template: string): string[] => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();

  it('both locales have exactly the keys the code emits, with the same parameters', () => {
    for (const table of Object.values(locales)) {
      expect(Object.keys(table).sort()).toEqual([...PREFERENCE_MESSAGE_KEYS].sort());
    }
    for (const key of PREFERENCE_MESSAGE_KEYS) {
      expect(new Set(paramsOf(enPreference[key]))).toEqual(new Set(paramsOf(zhPreference[key])));
    }
  });
});

// ---- properties ----

const rankingArb = fc
  .array(
    fc.record({
      poverty: fc.boolean(),
      // Few distinct scores, so ties at the cut line are common.
      scoreH: fc.integer({ min: 140, max: 160 }).map((steps) => steps * 50),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    [...rows]
      .sort((a, b) => b.scoreH - a.scoreH)
      .map(
        (row, index): RankedEntry => ({
          applicationId: `app-${index}`,
          countyName: `县${index}`,
          countyCode: String(130100 + index),
          poverty: row.poverty,
          scoreH: row.scoreH,
          rank: index + 1,
        }),
      ),
  );
const pointsArb = fc.integer({ min: 1, max: 1000 }).map((hundredths) => hundredths / 100);
const ruleArb: fc.Arbitrary<PreferenceRule> = fc.oneof(
  fc.constant<PreferenceRule>({ kind: 'none' }),
  pointsArb.map((points): PreferenceRule => ({ kind: 'bonusPoints', points })),
  pointsArb.map((points): PreferenceRule => ({ kind: 'withinPoints', points })),
  fc.integer({ min: 1, max: 30 }).map((places): PreferenceRule => ({ kind: 'reservedPlaces', places })),
);
const placesArb = fc.integer({ min: 0, max: 30 });

describe('applyPreference: properties', () => {
  it('lists exactly min(places, entries) and orders a permutation of the input', () => {
    fc.assert(
      fc.property(rankingArb, placesArb, ruleArb, (ranked, places, rule) => {
        const outcome = applyPreference(ranked, places, rule);
        expect(insideIds(outcome)).toHaveLength(Math.min(places, ranked.length));
        expect(outcome.ordered.slice(0, outcome.listSize).every((entry) => entry.inside)).toBe(true);
        expect(outcome.ordered.map((entry) => entry.position)).toEqual(ranked.map((_, index) => index + 1));
        expect([...orderIds(outcome)].sort()).toEqual(ranked.map((entry) => entry.applicationId).sort());
      }),
    );
  });

  it('is deterministic, also when the input comes in another order', () => {
    fc.assert(
      fc.property(rankingArb, placesArb, ruleArb, (ranked, places, rule) => {
        const first = applyPreference(ranked, places, rule);
        expect(applyPreference(ranked, places, rule)).toEqual(first);
        expect(applyPreference([...ranked].reverse(), places, rule)).toEqual(first);
      }),
    );
  });

  it("'none' is the top places", () => {
    fc.assert(
      fc.property(rankingArb, placesArb, (ranked, places) => {
        const outcome = applyPreference(ranked, places, { kind: 'none' });
        expect(insideIds(outcome)).toEqual(ranked.slice(0, places).map((entry) => entry.applicationId));
        expect(outcome.moves).toEqual([]);
      }),
    );
  });

  it('explains every change of the list with a move and every move with a sentence', () => {
    fc.assert(
      fc.property(rankingArb, placesArb, ruleArb, (ranked, places, rule) => {
        const outcome = applyPreference(ranked, places, rule);
        const topIds = new Set(ranked.slice(0, places).map((entry) => entry.applicationId));
        const listed = new Set(insideIds(outcome));
        const entered = [...listed].filter((id) => !topIds.has(id)).sort();
        const left = [...topIds].filter((id) => !listed.has(id)).sort();
        expect(outcome.moves.filter((move) => move.enteredList).map((move) => move.applicationId).sort()).toEqual(entered);
        expect([...new Set(outcome.moves.flatMap((move) => move.displaced))].sort()).toEqual(left);

        const moved = outcome.ordered.filter((entry) => entry.movedBy !== undefined).map((entry) => entry.applicationId);
        expect(outcome.moves.map((move) => move.applicationId).sort()).toEqual(moved.sort());
        for (const move of outcome.moves) {
          expect(move.rule).toBe(rule.kind);
          expect(move.positionsGained).toBe(move.fromPosition - move.toPosition);
          expect(move.positionsGained).toBeGreaterThan(0);
          expect(ranked.find((entry) => entry.applicationId === move.applicationId)?.poverty).toBe(true);
          for (const params of paramsIn(move.explanation.key)) expect(move.explanation.params).toHaveProperty(params);
        }
        for (const params of paramsIn(outcome.summary.key)) expect(outcome.summary.params).toHaveProperty(params);
      }),
    );
  });

  it('withinPoints never moves a county more than the points below the one it displaces, and stops only when it must', () => {
    fc.assert(
      fc.property(rankingArb, placesArb, pointsArb, (ranked, places, points) => {
        const outcome = applyPreference(ranked, places, { kind: 'withinPoints', points });
        const limitH = Math.round(points * 100);
        const scoreOf = (id: string): number => ranked.find((entry) => entry.applicationId === id)?.scoreH ?? Number.NaN;
        for (const move of outcome.moves) {
          expect(move.displaced).toHaveLength(1);
          const gap = scoreOf(move.displaced[0] ?? '') - scoreOf(move.applicationId);
          expect(gap).toBeLessThanOrEqual(limitH);
          expect(move.pointsH).toBe(gap);
        }
        const bestPovertyOutside = outcome.ordered.find((entry) => !entry.inside && entry.poverty);
        const lowestOtherInside = outcome.ordered.filter((entry) => entry.inside && !entry.poverty).at(-1);
        if (bestPovertyOutside !== undefined && lowestOtherInside !== undefined) {
          expect(lowestOtherInside.scoreH - bestPovertyOutside.scoreH).toBeGreaterThan(limitH);
        }
      }),
    );
  });

  it('reservedPlaces lists at least min(reserved, poverty counties, places) poverty counties', () => {
    fc.assert(
      fc.property(rankingArb, placesArb, fc.integer({ min: 1, max: 30 }), (ranked, places, reserved) => {
        const outcome = applyPreference(ranked, places, { kind: 'reservedPlaces', places: reserved });
        const available = ranked.filter((entry) => entry.poverty).length;
        const listedPoverty = outcome.ordered.filter((entry) => entry.inside && entry.poverty).length;
        expect(listedPoverty).toBeGreaterThanOrEqual(Math.min(reserved, available, places));
      }),
    );
  });

  it("flags a tie under 'none' exactly when equal scores straddle the cut", () => {
    fc.assert(
      fc.property(rankingArb, placesArb, (ranked, places) => {
        const outcome = applyPreference(ranked, places, { kind: 'none' });
        const lastIn = ranked[places - 1];
        const firstOut = ranked[places];
        const straddles = places > 0 && lastIn !== undefined && firstOut !== undefined && lastIn.scoreH === firstOut.scoreH;
        expect(outcome.tieAtCutLine !== null).toBe(straddles);
      }),
    );
  });
});

function paramsIn(key: keyof typeof zhPreference): string[] {
  return [...zhPreference[key].matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '');
}

describe('a tie at the cut line that the standard already broke', () => {
  const tiedAtCut = ranking([
    ['A', 90, N],
    ['B', 85, N],
    ['C', 85, N],
  ]);

  it('is flagged when the tie-break indicators are equal too', () => {
    const same = tiedAtCut.map((entry) => ({ ...entry, tieBreakKey: '700/600' }));
    expect(applyPreference(same, 2, { kind: 'none' }).tieAtCutLine).toMatchObject({ inside: ['B'], outside: ['C'] });
  });

  it('is not flagged when the tie-break indicators told them apart', () => {
    const apart = tiedAtCut.map((entry, i) => ({ ...entry, tieBreakKey: i === 1 ? '700/600' : '650/600' }));
    expect(applyPreference(apart, 2, { kind: 'none' }).tieAtCutLine).toBeNull();
  });
});
