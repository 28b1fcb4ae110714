// The office's applications beyond importPackages: a package assembled from loose files the page uploaded.
// The browser cannot hand the host a folder, so the page uploads each file and says its name and role; the
// plan is built from those (the same plan the CLI's `pack` makes from a folder), written as a checked zip in
// a temporary folder by the existing pack code, and imported like any county's package, so an assembled
// application is held to exactly the same checks. Nothing of the call is kept but what the import stored.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UploadedDocument } from '../../../shared/contract/office-applications-spec';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { PackMetadata } from '../../../shared/package/pack-metadata';
import { isSystemFile } from '../../../shared/package/system-files';
import { error, type Problem } from '../../../shared/problems';
import { importFraction } from '../../package/import-types';
import { importPackageIsolated } from '../../package/isolated-stage';
import { writePackage } from '../../package/pack';
import type { PackPlan } from '../../package/pack-plan';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { removeIfUpload } from '../uploads';
import { packageImportResult } from './package-import-result';

/** As pack-plan.ts titles a file: its name without the extension. */
const titleOf = (name: string): string => name.replace(/\.[^.]+$/, '') || name;

/** The uploads as a pack plan: each file under its own name (NFC, as the manifest wants), with the office's role. */
function planOf(files: readonly UploadedDocument[]): PackPlan {
  const documents = [];
  const skipped = [];
  for (const { path: file, fileName, role, title } of files) {
    const path = fileName.normalize('NFC');
    // Thumbs.db and the like come along when a whole folder's files are chosen; a county never means them.
    if (isSystemFile(path)) skipped.push(path);
    else documents.push({ path, file, role, roleSource: { kind: 'option' as const }, title: title ?? titleOf(path) });
  }
  documents.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { documents, skipped, problems: [] };
}

/** A label for the answer's `path`: the package has no file of its own the office could look for. */
const packageLabel = (metadata: Omit<PackMetadata, 'documents'>): string => `${metadata.countyCode}-${metadata.countyName}.zip`;

export function officeApplicationServices(context: HostContext): Pick<HostServices, 'assembleFromUploads'> {
  return {
    assembleFromUploads: async ({ files, metadata }, call) => {
      const label = packageLabel(metadata);
      const refuse = (problems: readonly Problem[]) => ({
        path: label,
        ok: false as const,
        code: problems[0]?.code ?? 'package.io',
        messages: problems.map((problem) => describeProblem(call.locale, problem)),
      });
      const folder = await mkdtemp(join(tmpdir(), 'review-desk-assemble-'));
      try {
        const plan = planOf(files);
        if (plan.documents.length === 0) return refuse([error('officeApplications.assemble.onlySystemFiles', 'documents')]);
        call.progress(0, 2, label);
        const out = join(folder, 'package.zip');
        const written = await writePackage(plan, { ...metadata, documents: [] }, out);
        if (!written.ok) return refuse(written.problems);
        call.signal.throwIfAborted();
        call.progress(1, 2, label);
        const store = await context.blobStore();
        const outcome = await importPackageIsolated(context.ports.isolatedWorker, out, store, {
          signal: call.signal,
          onProgress: (progress) => call.progress(1 + importFraction(progress), 2, progress.entry ?? label),
        });
        call.progress(2, 2, label);
        const result = packageImportResult(call.locale, label, outcome);
        // The writing's warnings (about the manifest) would be lost otherwise; the import's come with the result.
        return result.ok ? { ...result, warnings: [...written.warnings.map((warning) => describeProblem(call.locale, warning)), ...result.warnings] } : result;
      } finally {
        await rm(folder, { recursive: true, force: true });
        await Promise.all(files.map(({ path }) => removeIfUpload(context.dataDir, path)));
      }
    },
  };
}
