// Whatever the office types, in whatever order: the register never holds a state the graph does not reach,
// a refused event changes nothing, and dates in a history never go backwards nor past today.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newCountyEntry, type CountyEntry } from '../../../shared/lifecycle/county-entry';
import type { CountyState } from '../../../shared/lifecycle/county-states';
import { EVENT_OUTCOMES, outcomeOf, type TransitionEvent } from '../../../shared/lifecycle/transition-events';
import { applyTransition } from '../../../shared/lifecycle/transitions';
import { COUNTY, eventOf, LEGAL, moveKey } from './lifecycle-fixtures';

const TODAY = '2030-12-31';

/** The states reachable from `applied` over the hand-written legal moves. */
const REACHABLE: ReadonlySet<CountyState> = (() => {
  const reached = new Set<CountyState>(['applied']);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [move, target] of Object.entries(LEGAL)) {
      if (reached.has(move.split(' ')[0] as CountyState) && !reached.has(target)) {
        reached.add(target);
        grew = true;
      }
    }
  }
  return reached;
})();

/** One step the office might type: a random event, or (half the time) one the graph allows now, so long runs get far. */
const stepArbitrary = fc.record({
  legalOnly: fc.boolean(),
  which: fc.nat({ max: 1000 }),
  // Mostly forwards in time, sometimes backwards; the sum runs past TODAY in long sequences.
  daysLater: fc.integer({ min: -40, max: 220 }),
  withDocument: fc.nat({ max: 9 }).map((n) => n > 0),
  withSession: fc.nat({ max: 9 }).map((n) => n > 0),
});
type Step = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The event a step stands for, given where the county is and the date of the step before. */
function eventFor(step: Step, state: CountyState, previousDate: string): TransitionEvent {
  const legalHere = EVENT_OUTCOMES.filter((o) => LEGAL[moveKey(state, o.kind, o.outcome)] !== undefined);
  const pool = step.legalOnly && legalHere.length > 0 ? legalHere : EVENT_OUTCOMES;
  const { kind, outcome } = pool[step.which % pool.length]!;
  const date = addDays(previousDate, step.daysLater);
  return eventOf(kind, outcome, date, { ...(step.withDocument ? {} : { documentNumber: undefined }), ...(step.withSession ? {} : { sessionId: undefined }) });
}

/** Plays the steps, checking each one; returns the entry and every state it passed through. */
function playSteps(steps: readonly Step[]): { entry: CountyEntry; states: CountyState[] } {
  let entry = newCountyEntry(COUNTY);
  let lastDate = '2023-01-01';
  const states: CountyState[] = ['applied'];
  for (const step of steps) {
    const event = eventFor(step, entry.state, lastDate);
    lastDate = event.date;
    const before = structuredClone(entry);
    const result = applyTransition(entry, event, { today: TODAY });
    expect(entry).toEqual(before);
    if (!result.ok) continue;
    const move = moveKey(entry.state, event.kind, outcomeOf(event));
    expect(LEGAL[move], move).toBe(result.entry.state);
    entry = result.entry;
    states.push(entry.state);
  }
  return { entry, states };
}

describe('any sequence of events from applied (fast-check, 3000 runs)', () => {
  it('is refused without change or moves along the graph; dates never go backwards nor pass today', () => {
    expect(REACHABLE.size).toBe(10);
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 30 }), (steps) => {
        const { entry } = playSteps(steps);
        expect(REACHABLE.has(entry.state)).toBe(true);
        const dates = entry.history.map((record) => record.event.date);
        expect(dates).toEqual([...dates].sort());
        for (const date of dates) expect(date <= TODAY).toBe(true);
        expect(entry.history.at(-1)?.state ?? 'applied').toBe(entry.state);
      }),
      { numRuns: 3000 },
    );
  });

  it('reaches every state (the generator is not too timid to test anything)', () => {
    const seen = new Set<CountyState>();
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 30 }), (steps) => {
        for (const state of playSteps(steps).states) seen.add(state);
      }),
      { numRuns: 1000, seed: 8 },
    );
    expect([...seen].sort()).toEqual([...REACHABLE].sort());
  });
});
