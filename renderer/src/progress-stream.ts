// The client side of `GET /api/events`: one Server-Sent Events stream read with fetch (so cookies and, in
// tests, an Authorization header go with it), dispatching each progress event to the call that asked.
import { z } from 'zod';
import { hostProgressSchema, type HostProgress } from '../../shared/contract/host-api-spec';

const doneSchema = z.object({ operationId: z.string() });

export interface ProgressStream {
  /** Resolves true once the host confirmed the subscription (`event: ready`), false if the stream failed. */
  readonly ready: Promise<boolean>;
  readonly closed: boolean;
  /** Routes this operation's events to onProgress until stop(); `finished` resolves on its `done` event. */
  listen(operationId: string, onProgress: (progress: HostProgress) => void): Listening;
  close(): void;
}

export interface Listening {
  readonly finished: Promise<void>;
  stop(): void;
}

interface SseEvent {
  event: string;
  data: string;
}

/** One event block ("event: x\ndata: y"); comment lines (": …") and unknown fields are ignored. */
export function parseSseBlock(block: string): SseEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { event, data: data.join('\n') } : null;
}

export function openProgressStream(url: string, fetchFn: typeof fetch, headers: Record<string, string> = {}): ProgressStream {
  const controller = new AbortController();
  const listeners = new Map<string, { onProgress: (progress: HostProgress) => void; finish: () => void }>();
  let closed = false;
  let settle: (ready: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => {
    settle = resolve;
  });

  const dispatch = (event: SseEvent): void => {
    if (event.event === 'ready') settle(true);
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    if (event.event === 'progress') {
      const progress = hostProgressSchema.safeParse(data);
      if (progress.success) listeners.get(progress.data.operationId)?.onProgress(progress.data);
    } else if (event.event === 'done') {
      const done = doneSchema.safeParse(data);
      if (done.success) listeners.get(done.data.operationId)?.finish();
    }
  };

  void (async () => {
    try {
      const response = await fetchFn(url, { headers: { ...headers, Accept: 'text/event-stream' }, signal: controller.signal, cache: 'no-store' });
      if (!response.ok || !response.body) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer = (buffer + value).replace(/\r\n?/g, '\n');
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const event = parseSseBlock(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (event) dispatch(event);
        }
      }
    } catch {
      // Aborted or the host went away: calls go on without progress.
    } finally {
      closed = true;
      settle(false);
      for (const listener of listeners.values()) listener.finish();
    }
  })();

  return {
    ready,
    get closed() {
      return closed;
    },
    listen(operationId, onProgress) {
      let finish = (): void => {};
      const finished = new Promise<void>((resolve) => {
        finish = resolve;
      });
      listeners.set(operationId, { onProgress, finish });
      return { finished, stop: () => void listeners.delete(operationId) };
    },
    close() {
      controller.abort();
    },
  };
}
