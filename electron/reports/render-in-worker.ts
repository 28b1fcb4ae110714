// Rendering reports in a worker thread (render-worker-entry.ts). Each report's bytes reach `onRendered` as
// soon as it is done, so what is finished can be written while the rest renders. A worker that throws, runs
// out of its heap (a session too large to lay out) or exits early ends the call with a FileError saying which
// report could not be made; reports already handed over stay handed over.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { error } from '../../shared/problems';
import { REPORT_FILE_NAMES, type ReportKind } from '../../shared/reports/report-files';
import { FileError } from '../files/file-error';
import { renderWorkerMessageSchema, type RenderWorkerInput } from './render-worker-messages';

export interface RenderInWorkerOptions {
  onData?: (dataFingerprint: string) => void;
  onProgress?: (kind: ReportKind, fraction: number) => void;
  /** Called in order, one report at a time; the worker keeps rendering meanwhile. */
  onRendered: (kind: ReportKind, bytes: Uint8Array) => Promise<void>;
  signal?: AbortSignal;
  /** Heap of the worker (default 4 GB: a province's largest session needs about 1 GB for its expert sheets). */
  resourceLimits?: ResourceLimits;
}

/** Under tsx (tests, the CLI) this module is a .ts file and so is its worker, which then needs tsx too. */
function workerScript(): { url: URL; execArgv: string[] } {
  return import.meta.url.endsWith('.ts')
    ? { url: new URL('./render-worker-entry.ts', import.meta.url), execArgv: ['--import', 'tsx'] }
    : { url: new URL('./render-worker-entry.js', import.meta.url), execArgv: [] };
}

export function renderInWorker(input: RenderWorkerInput, options: RenderInWorkerOptions): Promise<void> {
  const { url, execArgv } = workerScript();
  const worker = new Worker(url, { workerData: input, execArgv, resourceLimits: options.resourceLimits ?? { maxOldGenerationSizeMb: 4096 } });
  const pending = [...input.kinds];
  let writing: Promise<void> = Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (cause: unknown, detail: string): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (cause instanceof FileError) return reject(cause);
      const kind = pending[0];
      const name = kind === undefined ? '' : REPORT_FILE_NAMES[kind];
      const outOfMemory = (cause as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      reject(new FileError(error(outOfMemory ? 'report.tooLarge' : 'report.renderFailed', name, { name, detail }), cause));
    };
    const onAbort = (): void => fail(options.signal?.reason, 'aborted');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (raw: unknown) => {
      const parsed = renderWorkerMessageSchema.safeParse(raw);
      if (!parsed.success) return fail(parsed.error, 'unexpected message from the report worker');
      const message = parsed.data;
      if (message.type === 'data') options.onData?.(message.dataFingerprint);
      else if (message.type === 'progress') options.onProgress?.(message.kind, message.fraction);
      else {
        pending.shift();
        const { kind, bytes } = message;
        writing = writing.then(() => options.onRendered(kind, bytes));
        writing.catch((cause: unknown) => fail(cause, String(cause)));
      }
    });
    worker.on('error', (cause) => fail(cause, cause.message));
    worker.on('exit', (code) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (pending.length > 0) return fail(null, code === 0 ? 'the report worker stopped early' : `exit code ${code}`);
      writing.then(
        () => {
          if (!settled) {
            settled = true;
            resolve();
          }
        },
        (cause: unknown) => fail(cause, String(cause)),
      );
    });
  });
}
