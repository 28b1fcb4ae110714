// An isolated worker that the user cancels while its job runs: it aborts `controller` with `reason` once the
// job has started, and rejects with the signal's reason, as a real worker does when its caller cancels.
import type { IsolatedWorkerPort } from '../../../electron/host/ports';

export function workerCancelledWhileRunning(controller: AbortController, reason: Error): IsolatedWorkerPort {
  return {
    isolated: true,
    run: (_job, options) =>
      new Promise((_resolve, reject) => {
        options?.signal?.addEventListener('abort', () => reject(options.signal?.reason as Error));
        controller.abort(reason);
      }),
  };
}
