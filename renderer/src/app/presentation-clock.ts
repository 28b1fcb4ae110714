// What the expert's presentation stopwatch reads at a moment: which period it is in (the county's
// presentation, then the questions, then overtime) and the seconds left (or over). Pure, so the rules at the
// boundaries are tested without rendering.

export type TimerPhase = 'presentation' | 'questions' | 'overtime';

export interface TimerReading {
  phase: TimerPhase;
  /** Seconds left in the period, rounded up (15:00 at the start, 00:00 only when time is up); in overtime, seconds over, rounded down. */
  seconds: number;
  /** The last minute of a timed period: a calm warning, not yet overtime. */
  lastMinute: boolean;
  /** Whole minutes left (up) or over (down): the figure a screen reader hears, so it changes once a minute. */
  minutes: number;
}

const MINUTE = 60_000;

export function readTimer(elapsedMs: number, minutes: number, questionMinutes: number | undefined): TimerReading {
  const elapsed = Math.max(0, elapsedMs);
  const presentationEnd = minutes * MINUTE;
  const questionsEnd = presentationEnd + (questionMinutes ?? 0) * MINUTE;
  if (elapsed < questionsEnd) {
    const phase: TimerPhase = elapsed < presentationEnd ? 'presentation' : 'questions';
    const left = (phase === 'presentation' ? presentationEnd : questionsEnd) - elapsed;
    return { phase, seconds: Math.ceil(left / 1000), lastMinute: left <= MINUTE, minutes: Math.ceil(left / MINUTE) };
  }
  const over = elapsed - questionsEnd;
  return { phase: 'overtime', seconds: Math.floor(over / 1000), lastMinute: false, minutes: Math.floor(over / MINUTE) };
}

/** 75 → `01:15`; minutes keep counting past 59 (a two-hour slot reads `120:00`). */
export function minutesSeconds(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
