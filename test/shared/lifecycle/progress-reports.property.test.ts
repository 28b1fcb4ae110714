import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTY_STATES, STATES_REPORTING_PROGRESS } from '../../../shared/lifecycle/county-states';
import { addDays, dayNumber, fromDayNumber, QUARTERS, quarterEnd, yearEnd } from '../../../shared/lifecycle/progress-calendar';
import { expectedReports, type StatePeriod } from '../../../shared/lifecycle/progress-reports';

const FIRST_DAY = dayNumber('2022-01-01');
const LAST_DAY = dayNumber('2030-12-31');
/** Any day, or — as often — a day next to a period's end, where an off-by-one would show. */
const dayArb = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  fc
    .tuple(fc.integer({ min: 2022, max: 2030 }), fc.constantFrom(...QUARTERS), fc.integer({ min: -1, max: 1 }))
    .map(([year, quarter, offset]) => dayNumber(quarterEnd(year, quarter)) + offset),
);

/** A state history as the register writes it: consecutive states, each `to` the next `from`, the last open. */
const historyArb = fc
  .array(fc.tuple(fc.constantFrom(...COUNTY_STATES), dayArb), { minLength: 1, maxLength: 8 })
  .map((steps) => {
    const starts = steps.map(([, day]) => day).sort((a, b) => a - b);
    return steps.map(([state], index): StatePeriod => {
      const from = fromDayNumber(starts[index]!);
      const next = starts[index + 1];
      return next === undefined ? { state, from } : { state, from, to: fromDayNumber(next) };
    });
  });

/** Any list of periods, overlapping and repeating, as a hand-edited or merged history might be. */
const messyHistoryArb = fc.array(
  fc.tuple(fc.constantFrom(...COUNTY_STATES), dayArb, fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined })).map(
    ([state, from, length]): StatePeriod => (length === undefined ? { state, from: fromDayNumber(from) } : { state, from: fromDayNumber(from), to: fromDayNumber(from + length) }),
  ),
  { maxLength: 8 },
);

/** True when the county was in a reporting state on `day` (on or after `from`, before `to`). */
const reportingOn = (history: readonly StatePeriod[], day: string): boolean =>
  history.some((span) => STATES_REPORTING_PROGRESS.has(span.state) && span.from <= day && (span.to === undefined || day < span.to));

/** Every quarter and year end between the two days, inclusive. */
function periodEndsBetween(first: string, last: string): string[] {
  const ends: string[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    for (const quarter of QUARTERS) ends.push(quarterEnd(year, quarter));
    ends.push(yearEnd(year));
  }
  return ends.filter((end) => end >= first && end <= last);
}

describe('expectedReports, for any state history', () => {
  it('expects no period twice, and each one ended by `until` inside a reporting state, after creationStarted', () => {
    fc.assert(
      fc.property(fc.oneof(historyArb, messyHistoryArb), dayArb, fc.option(dayArb, { nil: undefined }), (history, untilDay, startedDay) => {
        const until = fromDayNumber(untilDay);
        const creationStarted = startedDay === undefined ? undefined : fromDayNumber(startedDay);
        const expected = expectedReports({ history }, { until, creationStarted });
        const keys = expected.map((report) => `${report.kind} ${report.period}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const report of expected) {
          expect(report.periodEnd <= until).toBe(true);
          expect(creationStarted === undefined || report.periodEnd >= creationStarted).toBe(true);
          expect(reportingOn(history, report.periodEnd), `${report.period} ends outside a reporting state`).toBe(true);
          expect(report.due > report.periodEnd).toBe(true);
        }
      }),
    );
  });

  it('misses no period that ended in a reporting state', () => {
    fc.assert(
      fc.property(historyArb, dayArb, (history, untilDay) => {
        const until = fromDayNumber(untilDay);
        const expected = new Set(expectedReports({ history }, { until }).map((report) => report.periodEnd + report.kind));
        for (const end of periodEndsBetween(history[0]!.from, until)) {
          if (!reportingOn(history, end)) continue;
          expect(expected.has(`${end}quarterly`), `quarter ending ${end}`).toBe(true);
          if (end.endsWith('-12-31')) expect(expected.has(`${end}annual`), `year ending ${end}`).toBe(true);
        }
      }),
    );
  });
});

describe('plain dates, for any day', () => {
  it('a day number and its date round-trip, and the next day is one more', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') }), (day) => {
        const date = fromDayNumber(day);
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(dayNumber(date)).toBe(day);
        expect(addDays(date, 1) > date).toBe(true);
        // The reference: the same day by the platform's UTC calendar.
        expect(date).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});
