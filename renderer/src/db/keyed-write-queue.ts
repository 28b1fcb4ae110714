// The path every change takes to disk, and the "saved" state a workspace shows: the expert's score sheets
// (save-queue.ts) and the office's drafts (office/db/draft-queue.ts) both go through it. Plain TypeScript.
//
// Per key (a sheet, a draft), one write at a time, so writes commit in the order the changes were made.
// Changes that arrive while a write is running are coalesced: only the newest is written next (last write
// wins), and it is always written. A failed write keeps the value in memory (`unsaved`) and the state says
// why; the next change to that key, or retry(), writes it again. No timers: a change is written at once.
import type { Problem } from '../../../shared/problems';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving'; unsaved: number }
  | { kind: 'saved'; at: Date }
  /** `problem` is the latest failure; `unsaved` counts the keys whose newest value is not on disk. */
  | { kind: 'failed'; problem: Problem; unsaved: number };

/** How one change ended: committed (by its own write or a later one that replaced it), or not. */
export type WriteOutcome<R> = { ok: true; written: R } | { ok: false; problem: Problem };

export interface KeyedWriteQueue<V, R> {
  /** Records the change and writes it; resolves when it is on disk or the write failed (never rejects). */
  change(value: V): Promise<WriteOutcome<R>>;
  getState(): SaveState;
  /** Calls `listener` on every state change; returns the function that stops it. */
  subscribe(listener: (state: SaveState) => void): () => void;
  /** The newest value under a key that is not on disk yet (being written, or failed); undefined when saved. */
  unsaved(key: string): V | undefined;
  /** True while any change is not on disk: the window must not close silently. */
  hasUnsaved(): boolean;
  /** Writes the newest value of every failed key again; resolves when no write is running. */
  retry(): Promise<void>;
  /** Resolves when no write is running. */
  flush(): Promise<void>;
}

export interface KeyedWriteOptions<V, R> {
  keyOf(value: V): string;
  /** The write itself (a strict-durability transaction). */
  write(value: V, at: Date): Promise<R>;
  /** Where a failed write's problem says it happened. */
  where(value: V): string;
  /** Turns what a write threw into the problem to show (a full disk, a closed database…). */
  problemOf(cause: unknown, where: string): Problem;
  now?: () => Date;
}

interface Waiter<R> {
  token: number;
  resolve: (outcome: WriteOutcome<R>) => void;
}

interface Failure {
  problem: Problem;
  /** Counts failures across keys: the state reports the newest. */
  serial: number;
}

interface Slot<V, R> {
  key: string;
  /** The newest value, and its change number. */
  latest: V;
  latestToken: number;
  /** The change number last sent to the database, and the last one committed. */
  attemptedToken: number;
  savedToken: number;
  running: boolean;
  /** Why the last write failed, until one succeeds. */
  failure: Failure | null;
  waiters: Waiter<R>[];
}

export function createKeyedWriteQueue<V, R>(options: KeyedWriteOptions<V, R>): KeyedWriteQueue<V, R> {
  const now = options.now ?? ((): Date => new Date());
  const slots = new Map<string, Slot<V, R>>();
  const listeners = new Set<(state: SaveState) => void>();
  let idleWaiters: Array<() => void> = [];
  let tokens = 0;
  let failures = 0;
  let lastSavedAt: Date | null = null;
  let state: SaveState = { kind: 'idle' };
  let signature = 'idle';

  const isUnsaved = (slot: Slot<V, R>): boolean => slot.savedToken < slot.latestToken;
  const anyRunning = (): boolean => [...slots.values()].some((slot) => slot.running);

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
    if (!anyRunning()) {
      const waiting = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiting) resolve();
    }
  }

  /** Resolves the waiters of every change up to `token`: a later value written (or failed) answers for them. */
  function settle(slot: Slot<V, R>, token: number, outcome: WriteOutcome<R>): void {
    const done = slot.waiters.filter((waiter) => waiter.token <= token);
    slot.waiters = slot.waiters.filter((waiter) => waiter.token > token);
    for (const waiter of done) waiter.resolve(outcome);
  }

  /** Starts a write of the slot's newest value unless one is running or that value was already tried. */
  function kick(slot: Slot<V, R>): void {
    if (slot.running || slot.attemptedToken === slot.latestToken) return;
    slot.running = true;
    void attempt(slot);
  }

  async function attempt(slot: Slot<V, R>): Promise<void> {
    const token = slot.latestToken;
    const value = slot.latest;
    slot.attemptedToken = token;
    let outcome: WriteOutcome<R>;
    try {
      const written = await options.write(value, now());
      slot.savedToken = token;
      slot.failure = null;
      lastSavedAt = now();
      outcome = { ok: true, written };
    } catch (cause) {
      const problem = options.problemOf(cause, options.where(value));
      slot.failure = { problem, serial: ++failures };
      outcome = { ok: false, problem };
    }
    settle(slot, token, outcome);
    slot.running = false;
    // Synchronously after the write ended, so a change made meanwhile cannot slip between two checks.
    kick(slot);
    if (!slot.running && !isUnsaved(slot) && slot.waiters.length === 0) slots.delete(slot.key);
    notify();
  }

  function flush(): Promise<void> {
    if (!anyRunning()) return Promise.resolve();
    return new Promise<void>((resolve) => idleWaiters.push(resolve));
  }

  return {
    change(value) {
      const key = options.keyOf(value);
      let slot = slots.get(key);
      if (!slot) {
        slot = { key, latest: value, latestToken: 0, attemptedToken: 0, savedToken: 0, running: false, failure: null, waiters: [] };
        slots.set(key, slot);
      }
      const target = slot;
      const token = ++tokens;
      target.latest = value;
      target.latestToken = token;
      const outcome = new Promise<WriteOutcome<R>>((resolve) => target.waiters.push({ token, resolve }));
      kick(target);
      notify();
      return outcome;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    unsaved(key) {
      const slot = slots.get(key);
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
