import { describe, expect, it } from 'vitest';
import { addCalendarMonths, daysBetween, isCalendarDate } from '../../../shared/lifecycle/calendar-date';
import { rectificationDeadline, rectificationsDue } from '../../../shared/lifecycle/rectification-deadline';
import { applyTransition } from '../../../shared/lifecycle/transitions';
import { COUNTY, entryIn, eventOf, PATH_TO, play, RECTIFYING_DEADLINE, TODAY } from './lifecycle-fixtures';

describe('calendar months', () => {
  it.each([
    ['2025-03-01', 6, '2025-09-01'],
    ['2025-01-15', 6, '2025-07-15'],
    ['2025-03-31', 6, '2025-09-30'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2023-08-29', 6, '2024-02-29'],
    ['2099-08-31', 6, '2100-02-28'],
    ['2099-08-31', 6 + 12, '2101-02-28'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-07-10', 24, '2027-07-10'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });

  it('knows real days from others (2000 is a leap year, 1900 and 2100 are not)', () => {
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025-4-30')).toBe(false);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
  });

  it('the rectification deadline is six months from the retention decision', () => {
    expect(rectificationDeadline('2025-08-31')).toBe('2026-02-28');
    expect(rectificationDeadline('2025-03-01')).toBe(RECTIFYING_DEADLINE);
  });
});

describe('re-inspection against the deadline (retention on 2025-03-01, deadline 2025-09-01)', () => {
  const record = (kind: 'reinspectionDecided' | 'rectificationLapsed', date: string) =>
    applyTransition(entryIn('rectifying'), eventOf(kind, kind === 'reinspectionDecided' ? 'pass' : undefined, date), { today: TODAY });

  it('a re-inspection on the deadline day is in time', () => {
    expect(record('reinspectionDecided', '2025-09-01')).toMatchObject({ ok: true, entry: { state: 'named' } });
  });

  it('a re-inspection the day after is refused, pointing to the lapse', () => {
    expect(record('reinspectionDecided', '2025-09-02')).toEqual({
      ok: false,
      code: 'lifecycle.refused.afterRectificationDeadline',
      params: { date: '2025-09-02', deadline: '2025-09-01' },
    });
  });

  it('the lapse cannot be recorded on the deadline day, and can the day after', () => {
    expect(record('rectificationLapsed', '2025-09-01')).toEqual({ ok: false, code: 'lifecycle.refused.notYetLapsed', params: { date: '2025-09-01', deadline: '2025-09-01' } });
    expect(record('rectificationLapsed', '2025-09-02')).toMatchObject({ ok: true, entry: { state: 'cancelled' } });
  });
});

describe('rectificationsDue', () => {
  const county = (code: string, name: string, retention: string) =>
    play([...PATH_TO.acceptanceFailed, eventOf('retentionGranted', undefined, retention)], { ...COUNTY, code, name });

  const register = {
    counties: [
      county('330101', '甲县', '2025-03-01'), // deadline 2025-09-01
      county('330102', '乙县', '2025-05-31'), // deadline 2025-11-30
      county('330103', '丙县', '2025-02-28'), // deadline 2025-08-28
      entryIn('named'),
      entryIn('inCreation'),
    ],
  };

  it('lists rectifying counties with the days left, and those past their deadline as lapsed', () => {
    expect(rectificationsDue(register, '2025-09-01')).toEqual({
      inTime: [
        { code: '330101', name: '甲县', deadline: '2025-09-01', daysLeft: 0 },
        { code: '330102', name: '乙县', deadline: '2025-11-30', daysLeft: 90 },
      ],
      lapsed: [{ code: '330103', name: '丙县', deadline: '2025-08-28', daysLeft: -4 }],
    });
  });

  it('lists nothing where no county is rectifying', () => {
    expect(rectificationsDue({ counties: [entryIn('named'), entryIn('cancelled')] }, '2025-09-01')).toEqual({ inTime: [], lapsed: [] });
  });
});
