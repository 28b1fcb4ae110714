// The path every draft change takes to disk, and the saved state the office workspace shows: the keyed write
// queue the expert's sheets use too (../../db/keyed-write-queue.ts), one key per draft: written at once, one
// write at a time per draft, changes made meanwhile coalesced, a failure kept with its reason until retried.
import type { SessionDraft } from '../../../../shared/office/session-draft';
import type { Problem } from '../../../../shared/problems';
import { createKeyedWriteQueue, type SaveState } from '../../db/keyed-write-queue';
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

export function createDraftQueue(db: OfficeDatabase, options: DraftQueueOptions = {}): DraftQueue {
  const save = options.save ?? saveDraft;
  const queue = createKeyedWriteQueue<SessionDraft, SessionDraft>({
    keyOf: (draft) => draft.sessionId,
    write: (draft, at) => save(db, draft, at),
    where: (draft) => draftWhere(draft.sessionId),
    problemOf: writeFailureProblem,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    change: async (draft) => {
      const outcome = await queue.change(draft);
      return outcome.ok ? { ok: true, draft: outcome.written } : outcome;
    },
    getState: queue.getState,
    subscribe: queue.subscribe,
    hasUnsaved: queue.hasUnsaved,
    retry: queue.retry,
    flush: queue.flush,
  };
}
