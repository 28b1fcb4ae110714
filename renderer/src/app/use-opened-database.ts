// What the expert's and the office's roots both do with their database: open it once (tracking whether it is
// opening, failed with a problem, or open), and keep the window from closing silently while their save queue
// still holds a change that is not on disk.
import { useEffect, useState } from 'react';
import type { Problem } from '../../../shared/problems';

export type Opening<T> = { kind: 'opening' } | { kind: 'failed'; problem: Problem } | { kind: 'open'; outcome: T };

export function useOpenedDatabase<T extends { ok: true }>(open: () => Promise<T | { ok: false; problem: Problem }>): Opening<T> {
  const [opening, setOpening] = useState<Opening<T>>({ kind: 'opening' });
  useEffect(() => {
    let live = true;
    void open().then((outcome) => {
      if (!live) return;
      setOpening(outcome.ok ? { kind: 'open', outcome } : { kind: 'failed', problem: outcome.problem });
    });
    return () => {
      live = false;
    };
  }, [open]);
  return opening;
}

/** Closing the window while a change is not on disk would lose it: the browser asks first. */
export function useUnsavedGuard(queue: { hasUnsaved(): boolean } | null): void {
  useEffect(() => {
    if (!queue) return;
    const guard = (event: BeforeUnloadEvent): void => {
      if (queue.hasUnsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [queue]);
}
