// Progress of long calls as Server-Sent Events (`GET /api/events`). The client opens the stream, waits for
// `event: ready`, then sends its call with an operation id; every `event: progress` carries that id, and
// `event: done` follows the last one before the call's answer is sent (the answer travels on another
// connection, so the client waits for `done` to be sure it has seen every event). All connections belong to
// the one user holding this run's token, so each event goes to every stream and the client picks its own.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostProgress } from '../../shared/contract/host-api-spec';

const HEARTBEAT_MS = 15_000;

export interface ProgressEvents {
  subscribe(req: IncomingMessage, res: ServerResponse): void;
  publish(progress: HostProgress): void;
  /** The call with this id has finished: no more progress for it. */
  publishDone(operationId: string): void;
  /** Ends every stream (at shutdown). */
  closeAll(): void;
  readonly size: number;
}

export function createProgressEvents(heartbeatMs: number = HEARTBEAT_MS): ProgressEvents {
  const streams = new Set<ServerResponse>();
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': heartbeat\n\n');
  }, heartbeatMs);
  heartbeat.unref();
  const send = (event: string): void => {
    for (const res of streams) res.write(event);
  };

  return {
    subscribe(req, res) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
      res.write('retry: 3000\n\nevent: ready\ndata: {}\n\n');
      streams.add(res);
      const drop = (): void => {
        streams.delete(res);
      };
      req.on('close', drop);
      res.on('close', drop);
    },
    publish(progress) {
      send(`event: progress\ndata: ${JSON.stringify(progress)}\n\n`);
    },
    publishDone(operationId) {
      send(`event: done\ndata: ${JSON.stringify({ operationId })}\n\n`);
    },
    closeAll() {
      clearInterval(heartbeat);
      for (const res of streams) res.end();
      streams.clear();
    },
    get size() {
      return streams.size;
    },
  };
}
