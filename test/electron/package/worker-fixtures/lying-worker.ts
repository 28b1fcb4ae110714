// A worker that answers with something that is not an outcome: a staged file outside the staging area.
import { parentPort } from 'node:worker_threads';

parentPort?.postMessage({
  type: 'outcome',
  outcome: { ok: true, manifest: {}, documents: [{ file: '../../../etc/passwd' }], warnings: [] },
});
