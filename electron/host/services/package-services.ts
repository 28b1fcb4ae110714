// Application packages through the host API: each zip is imported on its own (all or nothing) in the import
// worker into the data directory's blob store; one result per package, progress across all of them.
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { hasErrors, type Problem } from '../../../shared/problems';
import { importFraction } from '../../package/import-types';
import { writePackage } from '../../package/pack';
import { planPackage } from '../../package/pack-plan';
import { importPackageInWorker } from '../../package/import-worker';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';

export function packageServices(context: HostContext): Pick<HostServices, 'importPackages' | 'assemblePackage'> {
  return {
    importPackages: async ({ paths }, call) => {
      const store = await context.blobStore();
      const results = [];
      for (const [index, path] of paths.entries()) {
        call.signal.throwIfAborted();
        const outcome = await importPackageInWorker(path, store, {
          onProgress: (progress) => call.progress(index + importFraction(progress), paths.length, progress.entry ?? path),
        });
        const describe = (problems: Parameters<typeof describeProblem>[1][]): string[] => problems.map((p) => describeProblem(call.locale, p));
        results.push(
          outcome.ok
            ? {
                path,
                ok: true as const,
                applicationId: outcome.application.id,
                countyName: outcome.application.countyName,
                countyCode: outcome.application.countyCode,
                documents: outcome.documents.length,
                warnings: describe(outcome.warnings),
              }
            : { path, ok: false as const, code: outcome.code, messages: describe(outcome.problems) },
        );
        call.progress(index + 1, paths.length, path);
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
