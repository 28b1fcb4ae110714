// The path every score change takes to disk, and the "saved" state the workspace shows (issue #5: "every
// change is written at once … a visible saved state"). Plain TypeScript; the React hook wraps it.
//
// Per sheet, one write at a time, so writes commit in the order the changes were made. Changes that arrive
// while a write is running are coalesced: only the newest is written next (last write wins), and it is always
// written. A failed write keeps the value in memory (unsavedSheet) and the state says why; the next change
// to that sheet, or retry(), writes it again. No timers: a change is written at once, not after a pause.
import type { Problem } from '../../../shared/problems';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import type { ExpertDatabase } from './expert-database';
import type { SheetRow } from './records';
import { saveSheet, sheetWhere } from './sheet-store';
import { writeFailureProblem } from './write-failure';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving'; unsaved: number }
  | { kind: 'saved'; at: Date }
  /** `problem` is the latest failure; `unsaved` counts the sheets whose newest value is not on disk. */
  | { kind: 'failed'; problem: Problem; unsaved: number };

/** How one change ended: committed (by its own write or a later one that replaced it), or not. */
export type SaveOutcome = { ok: true; row: SheetRow } | { ok: false; problem: Problem };

export interface SaveQueue {
  /** Records the change and writes it; resolves when it is on disk or the write failed (never rejects). */
  change(sessionId: string, sheet: ScoreSheet): Promise<SaveOutcome>;
  getState(): SaveState;
  /** Calls `listener` on every state change; returns the function that stops it. */
  subscribe(listener: (state: SaveState) => void): () => void;
  /** The newest value of a sheet that is not on disk yet (being written, or failed); undefined when saved. */
  unsavedSheet(sessionId: string, applicationId: string): ScoreSheet | undefined;
  /** True while any change is not on disk: the window must not close silently. */
  hasUnsaved(): boolean;
  /** Writes the newest value of every failed sheet again; resolves when those writes have ended. */
  retry(): Promise<void>;
  /** Resolves when no write is running. */
  flush(): Promise<void>;
}

export interface SaveQueueOptions {
  now?: () => Date;
  /** The write; saveSheet unless a test or the probe replaces it. */
  save?: typeof saveSheet;
}

interface Waiter {
  token: number;
  resolve: (outcome: SaveOutcome) => void;
}

interface Failure {
  problem: Problem;
  /** Counts failures across sheets: the state reports the newest. */
  serial: number;
}

interface Slot {
  sessionId: string;
  applicationId: string;
  /** The newest value, and its change number. */
  latest: ScoreSheet;
  latestToken: number;
  /** The change number last sent to the database, and the last one committed. */
  attemptedToken: number;
  savedToken: number;
  running: boolean;
  /** Why the last write failed, until one succeeds. */
  failure: Failure | null;
  waiters: Waiter[];
}

export function createSaveQueue(db: ExpertDatabase, options: SaveQueueOptions = {}): SaveQueue {
  const now = options.now ?? ((): Date => new Date());
  const save = options.save ?? saveSheet;
  const slots = new Map<string, Slot>();
  const listeners = new Set<(state: SaveState) => void>();
  let idleWaiters: Array<() => void> = [];
  let tokens = 0;
  let failures = 0;
  let lastSavedAt: Date | null = null;
  let state: SaveState = { kind: 'idle' };
  let signature = 'idle';

  const keyOf = (sessionId: string, applicationId: string): string => JSON.stringify([sessionId, applicationId]);
  const isUnsaved = (slot: Slot): boolean => slot.savedToken < slot.latestToken;

  /** The state, and a text that differs whenever the state does (so listeners hear each change once). */
  function computeState(): { state: SaveState; signature: string } {
    const all = [...slots.values()];
    const unsaved = all.filter(isUnsaved).length;
    let latestFailure: Failure | null = null;
    for (const slot of all) {
      if (slot.failure && !slot.running && (!latestFailure || slot.failure.serial > latestFailure.serial)) latestFailure = slot.failure;
    }
    if (latestFailure) return { state: { kind: 'failed', problem: latestFailure.problem, unsaved }, signature: `failed ${latestFailure.serial} ${unsaved}` };
    if (all.some((slot) => slot.running)) return { state: { kind: 'saving', unsaved }, signature: `saving ${unsaved}` };
    if (lastSavedAt) return { state: { kind: 'saved', at: lastSavedAt }, signature: `saved ${lastSavedAt.getTime()}` };
    return { state: { kind: 'idle' }, signature: 'idle' };
  }

  function notify(): void {
    const next = computeState();
    if (next.signature !== signature) {
      ({ state, signature } = next);
      for (const listener of listeners) listener(state);
    }
    if (![...slots.values()].some((slot) => slot.running)) {
      const waiting = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiting) resolve();
    }
  }

  /** Resolves the waiters of every change up to `token`: a later value written (or failed) answers for them. */
  function settle(slot: Slot, token: number, outcome: SaveOutcome): void {
    const done = slot.waiters.filter((waiter) => waiter.token <= token);
    slot.waiters = slot.waiters.filter((waiter) => waiter.token > token);
    for (const waiter of done) waiter.resolve(outcome);
  }

  /** Starts a write of the slot's newest value unless one is running or that value was already tried. */
  function kick(slot: Slot): void {
    if (slot.running || slot.attemptedToken === slot.latestToken) return;
    slot.running = true;
    void attempt(slot);
  }

  async function attempt(slot: Slot): Promise<void> {
    const token = slot.latestToken;
    slot.attemptedToken = token;
    let outcome: SaveOutcome;
    try {
      const row = await save(db, slot.sessionId, slot.latest, now());
      slot.savedToken = token;
      slot.failure = null;
      lastSavedAt = now();
      outcome = { ok: true, row };
    } catch (cause) {
      const problem = writeFailureProblem(cause, sheetWhere(slot.sessionId, slot.applicationId));
      slot.failure = { problem, serial: ++failures };
      outcome = { ok: false, problem };
    }
    settle(slot, token, outcome);
    slot.running = false;
    // Synchronously after the write ended, so a change made meanwhile cannot slip between two checks.
    kick(slot);
    if (!slot.running && !isUnsaved(slot) && slot.waiters.length === 0) slots.delete(keyOf(slot.sessionId, slot.applicationId));
    notify();
  }

  function flush(): Promise<void> {
    if (![...slots.values()].some((slot) => slot.running)) return Promise.resolve();
    return new Promise<void>((resolve) => idleWaiters.push(resolve));
  }

  return {
    change(sessionId, sheet) {
      const key = keyOf(sessionId, sheet.applicationId);
      let slot = slots.get(key);
      if (!slot) {
        slot = { sessionId, applicationId: sheet.applicationId, latest: sheet, latestToken: 0, attemptedToken: 0, savedToken: 0, running: false, failure: null, waiters: [] };
        slots.set(key, slot);
      }
      const token = ++tokens;
      slot.latest = sheet;
      slot.latestToken = token;
      const outcome = new Promise<SaveOutcome>((resolve) => slot.waiters.push({ token, resolve }));
      kick(slot);
      notify();
      return outcome;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    unsavedSheet(sessionId, applicationId) {
      const slot = slots.get(keyOf(sessionId, applicationId));
      return slot && isUnsaved(slot) ? slot.latest : undefined;
    },
    hasUnsaved: () => [...slots.values()].some(isUnsaved),
    retry() {
      for (const slot of slots.values()) {
        if (slot.failure === null || slot.running) continue;
        slot.attemptedToken = slot.savedToken;
        kick(slot);
      }
      notify();
      return flush();
    },
    flush,
  };
}
