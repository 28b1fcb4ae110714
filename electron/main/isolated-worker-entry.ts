// The script a utilityProcess runs for the isolated worker (utility-process-worker.ts forks it; the build
// bundles it to out/main/isolated-worker.js together with the job registry). It parses untrusted files and
// nothing else: no window, no IPC to the renderer, no keys; a crash or runaway here ends only this process.
import { ISOLATED_JOBS } from '../host/isolated-jobs';
import { serveIsolatedJobs } from './isolated-job-server';

// `process.parentPort` exists only in a utilityProcess; anywhere else this script has nobody to serve.
const port = (process as { parentPort?: Parameters<typeof serveIsolatedJobs>[0] }).parentPort;
if (port === undefined) throw new Error('isolated-worker-entry must run in an Electron utilityProcess');
serveIsolatedJobs(port, ISOLATED_JOBS);
