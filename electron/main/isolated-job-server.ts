// The isolated worker's side of the protocol (isolated-messages.ts), apart from the script that starts it
// (isolated-worker-entry.ts) so tests can drive it with a fake port, in this process or across a real one.
// Each request runs the registry job of that name with its own AbortSignal; a cancel aborts it. Whatever a
// job throws becomes an error answer: the host must always get exactly one answer per job it asked for.
import type { JobRegistry } from '../host/isolated-job-types';
import { WORKER_ERROR, workerRequestSchema, type JobError, type RunRequest, type WorkerResponse } from './isolated-messages';

/** What the server needs of Electron's `process.parentPort` (a message arrives as an event with `data`). */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

function errorOf(cause: unknown): JobError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const code = typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  return { message: message.slice(0, 10_000), ...(code === undefined ? {} : { code: code.slice(0, 200) }) };
}

/** The id of a message that failed its schema, when it has one, so the refusal reaches the job that asked. */
function idOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('id' in data)) return null;
  const { id } = data;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : null;
}

export function serveIsolatedJobs(port: ParentPortLike, jobs: JobRegistry): void {
  const running = new Map<string, AbortController>();
  const post = (response: WorkerResponse): void => {
    try {
      port.postMessage(response);
    } catch (cause) {
      // An output that cannot be cloned (a function, a class the job should not return) is the job's bug.
      if ('ok' in response && response.ok) port.postMessage({ id: response.id, ok: false, error: { ...errorOf(cause), code: WORKER_ERROR.unclonable } });
      else throw cause;
    }
  };
  const refuse = (id: string, code: string, message: string): void => post({ id, ok: false, error: { message, code } });

  const run = async ({ id, name, input }: RunRequest): Promise<void> => {
    const job = Object.hasOwn(jobs, name) ? jobs[name] : undefined;
    if (job === undefined) return refuse(id, WORKER_ERROR.unknownJob, `no isolated job named ${name}`);
    if (running.has(id)) return refuse(id, WORKER_ERROR.duplicateId, `a job with id ${id} is already running`);
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const output = await job(input, { signal: controller.signal, progress: (value) => post({ id, progress: value }) });
      post({ id, ok: true, output });
    } catch (cause) {
      post({ id, ok: false, error: errorOf(cause) });
    } finally {
      running.delete(id);
    }
  };

  port.on('message', ({ data }) => {
    const parsed = workerRequestSchema.safeParse(data);
    if (!parsed.success) {
      const id = idOf(data);
      if (id !== null) refuse(id, WORKER_ERROR.badRequest, `bad request: ${parsed.error.message.slice(0, 200)}`);
      return;
    }
    if ('cancel' in parsed.data) running.get(parsed.data.id)?.abort(new Error('cancelled by the host'));
    else void run(parsed.data);
  });
}
