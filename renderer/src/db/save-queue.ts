// The path every score change takes to disk, and the "saved" state the workspace shows (issue #5: "every
// change is written at once … a visible saved state"): the keyed write queue (keyed-write-queue.ts), one key
// per sheet of a session. The React hook wraps it.
import type { Problem } from '../../../shared/problems';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import type { ExpertDatabase } from './expert-database';
import { createKeyedWriteQueue, type SaveState } from './keyed-write-queue';
import type { SheetRow } from './records';
import { saveSheet, sheetWhere } from './sheet-store';
import { writeFailureProblem } from './write-failure';

export type { SaveState } from './keyed-write-queue';

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

interface SheetChange {
  sessionId: string;
  sheet: ScoreSheet;
}

const keyOf = (sessionId: string, applicationId: string): string => JSON.stringify([sessionId, applicationId]);

export function createSaveQueue(db: ExpertDatabase, options: SaveQueueOptions = {}): SaveQueue {
  const save = options.save ?? saveSheet;
  const queue = createKeyedWriteQueue<SheetChange, SheetRow>({
    keyOf: ({ sessionId, sheet }) => keyOf(sessionId, sheet.applicationId),
    write: ({ sessionId, sheet }, at) => save(db, sessionId, sheet, at),
    where: ({ sessionId, sheet }) => sheetWhere(sessionId, sheet.applicationId),
    problemOf: writeFailureProblem,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    change: async (sessionId, sheet) => {
      const outcome = await queue.change({ sessionId, sheet });
      return outcome.ok ? { ok: true, row: outcome.written } : outcome;
    },
    getState: queue.getState,
    subscribe: queue.subscribe,
    unsavedSheet: (sessionId, applicationId) => queue.unsaved(keyOf(sessionId, applicationId))?.sheet,
    hasUnsaved: queue.hasUnsaved,
    retry: queue.retry,
    flush: queue.flush,
  };
}
