// For the bench (issue #5: p95 ≤ 30 ms over 500 changes, in Chromium with its real IndexedDB): N score
// changes through the same path the workspace uses (save queue → saveSheet → strict-durability commit),
// each timed from the change to its committed transaction. Changes are made one after another, each once the
// previous one is on disk, so every change pays a full commit and none is coalesced away: the figure is the
// worst case of typing, not the average.
import type { ScoredSheet } from '../../../shared/scoring/score-sheet';
import type { ExpertDatabase } from './expert-database';
import { createSaveQueue } from './save-queue';

export interface DurableWriteProbeOptions {
  sessionId: string;
  /** The sheet being scored; each change sets `indicatorId` to a new value in it. */
  sheet: ScoredSheet;
  indicatorId: string;
  /** 500 when absent. */
  changes?: number;
  /** Milliseconds; performance.now() when absent. */
  clock?: () => number;
}

export interface DurableWriteProbeResult {
  /** Per change, in the order made: milliseconds from change to commit. */
  latenciesMs: number[];
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The sheet row's revision after the run: one more per committed change. */
  finalRevision: number;
}

/** Nearest-rank percentile (p in 0…100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export async function probeDurableWrites(db: ExpertDatabase, options: DurableWriteProbeOptions): Promise<DurableWriteProbeResult> {
  const clock = options.clock ?? ((): number => performance.now());
  const changes = options.changes ?? 500;
  const queue = createSaveQueue(db);
  const latenciesMs: number[] = [];
  let finalRevision = 0;
  for (let i = 0; i < changes; i++) {
    // Values step through 0, 0.5 … 4.5 so consecutive changes always differ, as a typing expert's would.
    const sheet: ScoredSheet = { ...options.sheet, values: { ...options.sheet.values, [options.indicatorId]: (i % 10) / 2 } };
    const started = clock();
    const outcome = await queue.change(options.sessionId, sheet);
    latenciesMs.push(clock() - started);
    if (!outcome.ok) throw new Error(`change ${i + 1} of ${changes} was not saved: ${outcome.problem.code} ${JSON.stringify(outcome.problem.params)}`);
    finalRevision = outcome.row.revision;
  }
  return { latenciesMs, p50Ms: percentile(latenciesMs, 50), p95Ms: percentile(latenciesMs, 95), maxMs: Math.max(...latenciesMs), finalRevision };
}
