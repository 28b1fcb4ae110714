// The expert's own presentation stopwatch, kept outside the screens so it keeps running while the expert
// opens an application and comes back. In memory only: it is a personal aid (the office runs the official
// clock), so it writes nothing to the score sheets or the database, and a restart starts it afresh.

/** The time source, injected so tests move time by hand; `now` must be monotonic (a changed wall clock must not jump the timer). */
export interface TimerClock {
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export const systemClock: TimerClock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

export interface TimerState {
  /** The session the state belongs to: opening another session shows a fresh timer. */
  sessionId: string | null;
  /** The county being timed; null until the expert chooses or starts (the screen then shows the first not yet presented). */
  applicationId: string | null;
  /** Time run before the current start. */
  accumulatedMs: number;
  /** `clock.now()` at the current start; null while stopped. */
  startedAt: number | null;
  /** Counties whose presentation has been timed, to offer the next one. */
  presented: readonly string[];
}

export interface PresentationTimerStore {
  readonly clock: TimerClock;
  getState(): TimerState;
  subscribe(listener: () => void): () => void;
  /** Choosing another county stops the clock and starts its time from zero. */
  choose(sessionId: string, applicationId: string): void;
  start(sessionId: string, applicationId: string): void;
  pause(): void;
  reset(): void;
}

export const idleTimer: TimerState = { sessionId: null, applicationId: null, accumulatedMs: 0, startedAt: null, presented: [] };

export function elapsedMs(state: TimerState, now: number): number {
  return state.accumulatedMs + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt));
}

/** The state as seen from `sessionId`: another session's timer is not this one's. */
export const timerOf = (state: TimerState, sessionId: string): TimerState => (state.sessionId === sessionId ? state : idleTimer);

/** The county to show when none is chosen: the first in presentation order not yet timed (the first of all once every one is). */
export function nextToPresent(order: readonly string[], presented: readonly string[]): string | null {
  return order.find((id) => !presented.includes(id)) ?? order[0] ?? null;
}

export function createPresentationTimerStore(clock: TimerClock = systemClock): PresentationTimerStore {
  let state = idleTimer;
  const listeners = new Set<() => void>();
  const set = (next: TimerState): void => {
    state = next;
    for (const listener of listeners) listener();
  };
  const inSession = (sessionId: string): TimerState => timerOf(state, sessionId);
  return {
    clock,
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    choose: (sessionId, applicationId) => set({ ...inSession(sessionId), sessionId, applicationId, accumulatedMs: 0, startedAt: null }),
    start: (sessionId, applicationId) => {
      const current = inSession(sessionId);
      if (current.startedAt !== null) return;
      // Starting a county other than the one on the clock begins its own time.
      const accumulatedMs = current.applicationId === applicationId ? current.accumulatedMs : 0;
      const presented = current.presented.includes(applicationId) ? current.presented : [...current.presented, applicationId];
      set({ sessionId, applicationId, accumulatedMs, startedAt: clock.now(), presented });
    },
    pause: () => {
      if (state.startedAt === null) return;
      set({ ...state, accumulatedMs: elapsedMs(state, clock.now()), startedAt: null });
    },
    reset: () => set({ ...state, accumulatedMs: 0, startedAt: null }),
  };
}
