// The presentation stopwatch's reading at the edges: 15:00 at the start and 00:01 a moment before time is
// up, the question period after the presentation, overtime counting up from 00:00, the last-minute warning,
// and the whole minutes a screen reader hears. The store: start, pause, reset, another county, another session.
import { describe, expect, it } from 'vitest';
import { minutesSeconds, readTimer } from '../../../renderer/src/app/presentation-clock';
import { createPresentationTimerStore, elapsedMs, nextToPresent, timerOf, type TimerClock } from '../../../renderer/src/app/presentation-timer-store';

const S = 1000;
const M = 60 * S;

describe('readTimer', () => {
  it('counts the presentation down, rounding up, then the questions', () => {
    expect(readTimer(0, 15, 5)).toEqual({ phase: 'presentation', seconds: 900, lastMinute: false, minutes: 15 });
    expect(readTimer(400, 15, 5)).toMatchObject({ phase: 'presentation', seconds: 900, minutes: 15 });
    expect(readTimer(14 * M - 1, 15, 5)).toMatchObject({ seconds: 61, lastMinute: false, minutes: 2 });
    expect(readTimer(14 * M, 15, 5)).toMatchObject({ seconds: 60, lastMinute: true, minutes: 1 });
    expect(readTimer(15 * M - 1, 15, 5)).toMatchObject({ phase: 'presentation', seconds: 1 });
    expect(readTimer(15 * M, 15, 5)).toEqual({ phase: 'questions', seconds: 300, lastMinute: false, minutes: 5 });
    expect(readTimer(19 * M + 30 * S, 15, 5)).toMatchObject({ phase: 'questions', seconds: 30, lastMinute: true });
  });

  it('goes into overtime after the last timed period, counting up from zero', () => {
    expect(readTimer(20 * M, 15, 5)).toEqual({ phase: 'overtime', seconds: 0, lastMinute: false, minutes: 0 });
    expect(readTimer(20 * M + 83 * S + 999, 15, 5)).toEqual({ phase: 'overtime', seconds: 83, lastMinute: false, minutes: 1 });
    // No question period: overtime follows the presentation.
    expect(readTimer(15 * M + 5 * S, 15, undefined)).toMatchObject({ phase: 'overtime', seconds: 5 });
  });

  it('writes minutes and seconds with two digits, minutes past an hour included', () => {
    expect(minutesSeconds(83)).toBe('01:23');
    expect(minutesSeconds(0)).toBe('00:00');
    expect(minutesSeconds(120 * 60)).toBe('120:00');
  });
});

describe('presentation timer store', () => {
  const clockAt = (): TimerClock & { set(ms: number): void } => {
    let now = 0;
    return { now: () => now, every: () => () => undefined, set: (ms) => void (now = ms) };
  };

  it('runs, pauses without losing time, resumes and resets', () => {
    const clock = clockAt();
    const store = createPresentationTimerStore(clock);
    store.start('S', 'A01');
    clock.set(10 * S);
    expect(elapsedMs(store.getState(), clock.now())).toBe(10 * S);
    store.pause();
    clock.set(60 * S);
    expect(elapsedMs(store.getState(), clock.now())).toBe(10 * S);
    store.start('S', 'A01');
    clock.set(65 * S);
    expect(elapsedMs(store.getState(), clock.now())).toBe(15 * S);
    store.reset();
    expect(store.getState()).toMatchObject({ applicationId: 'A01', accumulatedMs: 0, startedAt: null, presented: ['A01'] });
  });

  it('starts another county from zero, and keeps another session’s timer apart', () => {
    const clock = clockAt();
    const store = createPresentationTimerStore(clock);
    store.start('S', 'A01');
    clock.set(30 * S);
    store.pause();
    store.choose('S', 'A02');
    expect(elapsedMs(store.getState(), clock.now())).toBe(0);
    expect(timerOf(store.getState(), 'T')).toMatchObject({ applicationId: null, presented: [] });
    store.start('T', 'B01');
    expect(store.getState()).toMatchObject({ sessionId: 'T', applicationId: 'B01', presented: ['B01'] });
  });

  it('offers the first county not yet presented, then the first of all', () => {
    expect(nextToPresent(['A03', 'A01', 'A02'], [])).toBe('A03');
    expect(nextToPresent(['A03', 'A01', 'A02'], ['A03', 'A02'])).toBe('A01');
    expect(nextToPresent(['A03', 'A01'], ['A01', 'A03'])).toBe('A03');
    expect(nextToPresent([], [])).toBeNull();
  });
});
