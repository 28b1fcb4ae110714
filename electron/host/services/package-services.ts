// Application packages through the host API: each zip is imported on its own (all or nothing) in the import
// worker (Electron: a utilityProcess through the isolated-worker port; plain Node: a worker thread) into the
// data directory's blob store; one result per package, progress across all of them. Uploaded
// zips (the page's dropped files) are removed once imported.
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { hasErrors, type Problem } from '../../../shared/problems';
import { importFraction } from '../../package/import-types';
import { writePackage } from '../../package/pack';
import { planPackage } from '../../package/pack-plan';
import { importPackageIsolated } from '../../package/isolated-stage';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { removeIfUpload } from '../uploads';
import { packageImportResult } from './package-import-result';

export function packageServices(context: HostContext): Pick<HostServices, 'importPackages' | 'assemblePackage'> {
  return {
    importPackages: async ({ paths }, call) => {
      const results = [];
      try {
        const store = await context.blobStore();
        for (const [index, path] of paths.entries()) {
          call.signal.throwIfAborted();
          const outcome = await importPackageIsolated(context.ports.isolatedWorker, path, store, {
            signal: call.signal,
            onProgress: (progress) => call.progress(index + importFraction(progress), paths.length, progress.entry ?? path),
          });
          results.push(packageImportResult(call.locale, path, outcome));
          await removeIfUpload(context.dataDir, path);
          call.progress(index + 1, paths.length, path);
        }
      } finally {
        // Dropped files are copies the office still has; none is kept, even when the call stopped half-way.
        await Promise.all(paths.map((path) => removeIfUpload(context.dataDir, path)));
      }
      return { results };
    },
    assemblePackage: async ({ folder, metadata, out }, call) => {
      const describe = (problems: readonly Problem[]): string[] => problems.map((p) => describeProblem(call.locale, p));
      const plan = await planPackage(folder, metadata, new Map(), out);
      if (hasErrors(plan.problems)) return { ok: false as const, messages: describe(plan.problems) };
      const outcome = await writePackage(plan, metadata, out);
      if (!outcome.ok) return { ok: false as const, messages: describe(outcome.problems) };
      return {
        ok: true as const,
        out,
        documents: outcome.manifest.documents.map(({ path, role, title, size }) => ({ path, role, title, size })),
        warnings: describe([...plan.problems, ...outcome.warnings]),
      };
    },
  };
}
