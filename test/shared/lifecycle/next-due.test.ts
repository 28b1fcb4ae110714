import { describe, expect, it } from 'vitest';
import { COUNTY_STATES, FINAL_STATES } from '../../../shared/lifecycle/county-states';
import { DEFAULT_LIFECYCLE_SETTINGS, nextDue } from '../../../shared/lifecycle/next-due';
import { entryIn, eventOf, PATH_TO, play } from './lifecycle-fixtures';

// The fixture started creation on 2023-04-01, was named on 2025-01-10, and (rectifying) must be re-inspected
// by 2025-09-01.
describe('nextDue', () => {
  it('says what comes next in every state', () => {
    for (const state of COUNTY_STATES) {
      const due = nextDue(entryIn(state), '2025-06-01');
      if (FINAL_STATES.has(state)) expect(due, state).toEqual({ kind: 'none' });
      else expect(due.kind, state).not.toBe('none');
    }
  });

  it('the mid-term falls a year after the start, acceptance at the end of the creation period', () => {
    expect(nextDue(entryIn('inCreation'), '2024-03-01')).toEqual({ kind: 'dated', event: 'midtermRecorded', dueDate: '2024-04-01', daysLeft: 31 });
    expect(nextDue(entryIn('midtermChecked'), '2025-04-02')).toEqual({ kind: 'dated', event: 'acceptanceDecided', dueDate: '2025-04-01', daysLeft: -1 });
  });

  it('takes the creation period and re-check interval from the settings', () => {
    const settings = { ...DEFAULT_LIFECYCLE_SETTINGS, creationPeriodMonths: 30, recheckIntervalMonths: 24 };
    expect(nextDue(entryIn('midtermChecked'), '2025-04-01', settings)).toMatchObject({ dueDate: '2025-10-01' });
    expect(nextDue(entryIn('named'), '2025-04-01', settings)).toMatchObject({ event: 'recheckDecided', dueDate: '2027-01-10' });
  });

  it('re-checks count from the latest re-check that kept the county', () => {
    const kept = play([...PATH_TO.named, eventOf('recheckDecided', 'kept', '2025-05-20')]);
    expect(nextDue(kept, '2025-06-01')).toMatchObject({ event: 'recheckDecided', dueDate: '2028-05-20' });
  });

  it('a rectifying county is due for re-inspection by its deadline, and for the lapse after it', () => {
    expect(nextDue(entryIn('rectifying'), '2025-08-31')).toEqual({ kind: 'dated', event: 'reinspectionDecided', dueDate: '2025-09-01', daysLeft: 1 });
    expect(nextDue(entryIn('rectifying'), '2025-09-01')).toMatchObject({ event: 'reinspectionDecided', daysLeft: 0 });
    expect(nextDue(entryIn('rectifying'), '2025-09-02')).toEqual({ kind: 'dated', event: 'rectificationLapsed', dueDate: '2025-09-01', daysLeft: -1 });
  });

  it('undated steps say only which event is next', () => {
    expect(nextDue(entryIn('applied'), '2025-06-01')).toEqual({ kind: 'undated', event: 'qualificationDecided' });
    expect(nextDue(entryIn('acceptanceFailed'), '2025-06-01')).toEqual({ kind: 'undated', event: 'retentionGranted' });
  });
});
