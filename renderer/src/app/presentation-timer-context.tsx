// Where the presentation timer lives: one store for the workspace (Workspace provides it), so the timer keeps
// its county and its time across screens. A screen rendered without the provider (a test, a screen on its
// own) gets a store of its own and loses it on unmount.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPresentationTimerStore, elapsedMs, timerOf, type PresentationTimerStore, type TimerClock, type TimerState } from './presentation-timer-store';

const PresentationTimerContext = createContext<PresentationTimerStore | null>(null);

export function PresentationTimerProvider({ clock, children }: { clock?: TimerClock; children: ReactNode }) {
  const [store] = useState(() => createPresentationTimerStore(clock));
  return <PresentationTimerContext.Provider value={store}>{children}</PresentationTimerContext.Provider>;
}

export interface PresentationTimerView {
  store: PresentationTimerStore;
  /** This session's timer (idle when the store holds another session's). */
  state: TimerState;
  running: boolean;
  elapsedMs: number;
}

/** How often a running timer redraws: often enough that each second shows close to when it turns. */
const REDRAW_MS = 250;

export function usePresentationTimer(sessionId: string): PresentationTimerView {
  const shared = useContext(PresentationTimerContext);
  const [own] = useState(() => (shared === null ? createPresentationTimerStore() : null));
  const store = shared ?? own;
  if (store === null) throw new Error('unreachable: a store is either provided or made here');
  const state = timerOf(useSyncExternalStore(store.subscribe, store.getState), sessionId);
  const running = state.startedAt !== null;
  const [, redraw] = useState(0);
  useEffect(() => {
    if (!running) return;
    return store.clock.every(REDRAW_MS, () => redraw((count) => count + 1));
  }, [store, running]);
  return { store, state, running, elapsedMs: elapsedMs(state, store.clock.now()) };
}
