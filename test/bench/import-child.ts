// The import side of the package-import bench, run in a process of its own (node --import tsx) so its peak
// resident memory is the import's and not the bench harness's: opens a fresh blob store, imports one
// package, and prints one JSON line (ImportChildReport). Worker threads share the process, so maxRSS
// covers the staging worker too. Usage: import-child.ts <zip> <store dir> [worker|in-process]
import { importPackage } from '../../electron/package/import-package';
import { importPackageInWorker } from '../../electron/package/import-worker';
import { BlobStore } from '../../electron/store/blob-store';

export interface ImportChildReport {
  ok: boolean;
  /** The refusal code when not ok. */
  code: string | null;
  documents: number;
  bytes: number;
  /** importPackageInWorker (or importPackage) from call to outcome; the store is opened before. */
  importMs: number;
  /** Peak resident set size of this process, in bytes. */
  maxRssBytes: number;
  mode: 'worker' | 'in-process';
}

const [zipPath, storeDir, modeArgument = 'worker'] = process.argv.slice(2);
if (zipPath === undefined || storeDir === undefined) throw new Error('usage: import-child.ts <zip> <store dir> [worker|in-process]');
const mode = modeArgument === 'in-process' ? 'in-process' : 'worker';
const store = await BlobStore.open(storeDir);
const start = performance.now();
const outcome = mode === 'worker' ? await importPackageInWorker(zipPath, store) : await importPackage(zipPath, store);
const importMs = performance.now() - start;
const report: ImportChildReport = {
  ok: outcome.ok,
  code: outcome.ok ? null : outcome.code,
  documents: outcome.ok ? outcome.documents.length : 0,
  bytes: outcome.ok ? outcome.documents.reduce((sum, document) => sum + document.size, 0) : 0,
  importMs,
  // resourceUsage reports kilobytes (KiB on Linux).
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
  mode,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
