// The path every draft change takes to disk, and the saved state the office workspace shows, as the expert's
// save queue does for sheets (../../db/save-queue.ts): written at once, one write at a time per draft so
// writes commit in order, changes made meanwhile coalesced (the newest is always written), a failure kept in
// memory with its reason until the next change or retry() writes it again.
import type { SessionDraft } from '../../../../shared/office/session-draft';
import type { Problem } from '../../../../shared/problems';
import type { SaveState } from '../../db/save-queue';
import { writeFailureProblem } from '../../db/write-failure';
import { draftWhere, saveDraft } from './draft-store';
import type { OfficeDatabase } from './office-database';

export type DraftSaveOutcome = { ok: true; draft: SessionDraft } | { ok: false; problem: Problem };

export interface DraftQueue {
  /** Records the change and writes it; resolves when it is on disk or the write failed (never rejects). */
  change(draft: SessionDraft): Promise<DraftSaveOutcome>;
  getState(): SaveState;
  subscribe(listener: (state: SaveState) => void): () => void;
  /** True while any change is not on disk: the window must not close silently. */
  hasUnsaved(): boolean;
  /** Writes the newest value of every failed draft again; resolves when no write is running. */
  retry(): Promise<void>;
  /** Resolves when no write is running. */
  flush(): Promise<void>;
}

export interface DraftQueueOptions {
  now?: () => Date;
  save?: typeof saveDraft;
}

interface Slot {
  latest: SessionDraft;
  latestToken: number;
  attemptedToken: number;
  savedToken: number;
  running: boolean;
  failure: { problem: Problem; serial: number } | null;
  waiters: Array<{ token: number; resolve: (outcome: DraftSaveOutcome) => void }>;
}

export function createDraftQueue(db: OfficeDatabase, options: DraftQueueOptions = {}): DraftQueue {
  const now = options.now ?? ((): Date => new Date());
  const save = options.save ?? saveDraft;
  const slots = new Map<string, Slot>();
  const listeners = new Set<(state: SaveState) => void>();
  let idleWaiters: Array<() => void> = [];
  let tokens = 0;
  let failures = 0;
  let lastSavedAt: Date | null = null;
  let state: SaveState = { kind: 'idle' };
  let signature = 'idle';

  const isUnsaved = (slot: Slot): boolean => slot.savedToken < slot.latestToken;
  const anyRunning = (): boolean => [...slots.values()].some((slot) => slot.running);

  function computeState(): { state: SaveState; signature: string } {
    const all = [...slots.values()];
    const unsaved = all.filter(isUnsaved).length;
    let latest: Slot['failure'] = null;
    for (const slot of all) if (slot.failure && !slot.running && (!latest || slot.failure.serial > latest.serial)) latest = slot.failure;
    if (latest) return { state: { kind: 'failed', problem: latest.problem, unsaved }, signature: `failed ${latest.serial} ${unsaved}` };
    if (anyRunning()) return { state: { kind: 'saving', unsaved }, signature: `saving ${unsaved}` };
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

  function kick(slot: Slot): void {
    if (slot.running || slot.attemptedToken === slot.latestToken) return;
    slot.running = true;
    void attempt(slot);
  }

  async function attempt(slot: Slot): Promise<void> {
    const token = slot.latestToken;
    slot.attemptedToken = token;
    let outcome: DraftSaveOutcome;
    try {
      const draft = await save(db, slot.latest, now());
      slot.savedToken = token;
      slot.failure = null;
      lastSavedAt = now();
      outcome = { ok: true, draft };
    } catch (cause) {
      const problem = writeFailureProblem(cause, draftWhere(slot.latest.sessionId));
      slot.failure = { problem, serial: ++failures };
      outcome = { ok: false, problem };
    }
    // A later value written (or failed) answers for every change up to it.
    const done = slot.waiters.filter((waiter) => waiter.token <= token);
    slot.waiters = slot.waiters.filter((waiter) => waiter.token > token);
    for (const waiter of done) waiter.resolve(outcome);
    slot.running = false;
    kick(slot);
    notify();
  }

  const flush = (): Promise<void> => (anyRunning() ? new Promise<void>((resolve) => idleWaiters.push(resolve)) : Promise.resolve());

  return {
    change(draft) {
      let slot = slots.get(draft.sessionId);
      if (!slot) {
        slot = { latest: draft, latestToken: 0, attemptedToken: 0, savedToken: 0, running: false, failure: null, waiters: [] };
        slots.set(draft.sessionId, slot);
      }
      const token = ++tokens;
      const target = slot;
      target.latest = draft;
      target.latestToken = token;
      const outcome = new Promise<DraftSaveOutcome>((resolve) => target.waiters.push({ token, resolve }));
      kick(target);
      notify();
      return outcome;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
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
