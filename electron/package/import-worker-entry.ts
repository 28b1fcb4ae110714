// The import worker's body: stages one package (stage-package.ts) into the directory the host created,
// relaying progress, and posts the outcome. It runs in its own thread so a parser that crashes, hangs or
// runs out of memory on a hostile archive takes down only this thread.
import { parentPort, workerData } from 'node:worker_threads';
import { stagePackage } from './stage-package';
import type { WorkerInput, WorkerMessage } from './worker-messages';

const port = parentPort;
if (port === null) throw new Error('import-worker-entry must run as a worker thread');
const post = (message: WorkerMessage): void => port.postMessage(message);

const input = workerData as WorkerInput;
const outcome = await stagePackage(input.zipPath, input.stagingDir, {
  limits: input.limits,
  onProgress: (progress) => post({ type: 'progress', progress }),
});
post({ type: 'outcome', outcome });
