// Today's date for the programme is the Beijing calendar day, whatever zone the computer is set to.
import { describe, expect, it } from 'vitest';
import { beijingDateOf } from '../../../electron/programme/beijing-today';

describe('beijingDateOf', () => {
  it('turns the day at 16:00 UTC, Beijing midnight', () => {
    expect(beijingDateOf(new Date('2026-11-27T15:59:59.999Z'))).toBe('2026-11-27');
    expect(beijingDateOf(new Date('2026-11-27T16:00:00.000Z'))).toBe('2026-11-28');
  });

  it('crosses the year and a leap day as the calendar does', () => {
    expect(beijingDateOf(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
    expect(beijingDateOf(new Date('2028-02-28T17:00:00Z'))).toBe('2028-02-29');
  });
});
