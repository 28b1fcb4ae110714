// What an import reports: progress while it runs, then either the application and its documents, or a
// refusal whose code and problems say why in the reader's language (describeProblem).
import type { MessageKey } from '../../shared/i18n/translate';
import type { Application } from '../../shared/model/application';
import type { ManifestDocument, PackageManifest } from '../../shared/package/manifest';
import type { Problem } from '../../shared/problems';

/**
 * `reading`: documents are read from the zip, hashed and checked; `storing`: the checked documents go into
 * the blob store (hashed once more by the store). Each stage counts from 0 to the same total: the sum of
 * the documents' sizes.
 */
export interface ImportProgress {
  stage: 'reading' | 'storing';
  bytesDone: number;
  bytesTotal: number;
  /** The document being read or stored; null at the start and end of a stage. */
  entry: string | null;
}

export type ProgressListener = (progress: ImportProgress) => void;

/** Overall completion from 0 to 1, both stages weighing the same. */
export function importFraction({ stage, bytesDone, bytesTotal }: ImportProgress): number {
  const withinStage = bytesTotal === 0 ? 1 : bytesDone / bytesTotal;
  return stage === 'reading' ? withinStage / 2 : 0.5 + withinStage / 2;
}

export interface ImportRefused {
  ok: false;
  /** The first problem's code, e.g. `package.zip.traversal`. */
  code: MessageKey;
  problems: Problem[];
}

/** A document checked and waiting in the staging directory under `file`. */
export interface StagedDocument extends ManifestDocument {
  file: string;
}

export type StageOutcome = { ok: true; manifest: PackageManifest; documents: StagedDocument[]; warnings: Problem[] } | ImportRefused;

export type ImportOutcome =
  | { ok: true; application: Application; manifest: PackageManifest; documents: ManifestDocument[]; warnings: Problem[] }
  | ImportRefused;

export function refused(problems: Problem[]): ImportRefused {
  const first = problems[0];
  if (first === undefined) throw new Error('a refusal needs at least one problem');
  return { ok: false, code: first.code, problems };
}
