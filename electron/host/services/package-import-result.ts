// One package's import outcome as the contract's line (office-applications-spec.ts): an accepted package
// carries the application exactly as the office's draft keeps it, built here from the manifest the import
// checked, so no caller re-derives it from a summary.
import type { PackageImportResult } from '../../../shared/contract/office-applications-spec';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { Locale } from '../../../shared/i18n/translate';
import type { DraftApplication } from '../../../shared/office/session-draft';
import type { Problem } from '../../../shared/problems';
import type { ImportOutcome } from '../../package/import-types';

type Imported = Extract<ImportOutcome, { ok: true }>;

/** The document's own name: the manifest path may sit in a folder (佐证材料/照片.jpg); a saved copy needs only the name. */
const fileNameOf = (path: string): string => path.split('/').at(-1) ?? path;

export function draftApplicationOf(outcome: Imported): DraftApplication {
  return {
    ...outcome.application,
    documents: outcome.documents.map(({ path, role, title, size, sha256 }) => ({ role, title, fileName: fileNameOf(path), size, sha256 })),
  };
}

export function packageImportResult(locale: Locale, path: string, outcome: ImportOutcome): PackageImportResult {
  const describe = (problems: readonly Problem[]): string[] => problems.map((problem) => describeProblem(locale, problem));
  if (!outcome.ok) return { path, ok: false, code: outcome.code, messages: describe(outcome.problems) };
  return {
    path,
    ok: true,
    applicationId: outcome.application.id,
    countyName: outcome.application.countyName,
    countyCode: outcome.application.countyCode,
    documents: outcome.documents.length,
    warnings: describe(outcome.warnings),
    application: draftApplicationOf(outcome),
  };
}
