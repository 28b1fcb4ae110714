// The files the operating system asked us to open, handed to the UI (shared/contract/open-requests-spec.ts).
// The queue is the Electron main process's (pending-opens.ts, wrapped in WaitableOpenRequests so a waiting
// call hears of a new file); a host without one (the local web host, the CLI) never has anything waiting.
import { openRequestKindOf, type OpenRequest } from '../../../shared/contract/open-requests-spec';
import type { HostServices } from '../call-method';

/** Where waiting files come from: taking them empties the queue, so each is handed over once. */
export interface OpenRequestSource {
  take(): string[];
  /**
   * Settles once a file is waiting (at once if one already is), when `signal` aborts, or when a newer call
   * replaces this one. Absent where files never arrive.
   */
  arrival?(signal: AbortSignal): Promise<void>;
}

export const noOpenRequests: OpenRequestSource = { take: () => [] };

/** The parts of PendingOpens used here. */
interface PathQueue {
  add(paths: readonly string[]): void;
  peek(): readonly string[];
  take(): string[];
}

/**
 * A queue of paths a call can wait on. Only the newest waiter is kept: a page has one waiting call, and an
 * older one still open belongs to a page that is gone (reloaded or crashed), whose answer nobody would read,
 * so it is answered at once, while the queue is still empty, and takes nothing.
 */
export class WaitableOpenRequests implements OpenRequestSource {
  private wakeWaiter: (() => void) | null = null;

  constructor(private readonly queue: PathQueue) {}

  add(paths: readonly string[]): void {
    this.queue.add(paths);
    if (this.queue.peek().length > 0) this.wake();
  }

  take(): string[] {
    return this.queue.take();
  }

  arrival(signal: AbortSignal): Promise<void> {
    this.wake();
    if (signal.aborted || this.queue.peek().length > 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        signal.removeEventListener('abort', done);
        if (this.wakeWaiter === done) this.wakeWaiter = null;
        resolve();
      };
      this.wakeWaiter = done;
      signal.addEventListener('abort', done, { once: true });
    });
  }

  private wake(): void {
    const waiter = this.wakeWaiter;
    this.wakeWaiter = null;
    waiter?.();
  }
}

export function openRequestServices(source: OpenRequestSource): Pick<HostServices, 'takeOpenRequests'> {
  const more = source.arrival !== undefined;
  return {
    takeOpenRequests: async ({ wait }, call) => {
      if (wait && source.arrival) await source.arrival(call.signal);
      // A caller that went away (cancelled, page closed) takes nothing: the files wait for the next call.
      if (call.signal.aborted) return { files: [], more };
      // The queue holds only our extensions already; a path that is none of them is dropped, not guessed at.
      const files = source.take().flatMap((path): OpenRequest[] => {
        const kind = openRequestKindOf(path);
        return kind === null ? [] : [{ path, kind }];
      });
      return { files, more };
    },
  };
}
