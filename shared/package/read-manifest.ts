// Reading a package manifest: parse, check the format tag and version, validate the schema, then what a
// schema cannot say (two documents at one path). Never throws on bad input; returns problems instead.
import { error, hasErrors, warning, type Problem } from '../problems';
import { collisionKey } from './document-path';
import { manifestIssuesToProblems } from './manifest-problems';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, packageManifestSchema, type PackageManifest } from './manifest';

export interface ManifestReadResult {
  /** Present only when there are no errors (warnings may remain). */
  manifest: PackageManifest | null;
  problems: Problem[];
}

/** Errors for documents that would be the same file on a case-insensitive disk; warnings for missing key roles. */
export function checkManifest(manifest: PackageManifest): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  manifest.documents.forEach((document, index) => {
    const key = collisionKey(document.path);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, document.path);
    else problems.push(error('package.manifest.duplicatePath', `documents.${index}.path`, { path: document.path, first }));
  });
  const roles = new Set(manifest.documents.map((document) => document.role));
  // The innovation plan is a prerequisite of the review, not of the package: the office decides at intake.
  if (!roles.has('innovationPlan')) problems.push(warning('package.manifest.noInnovationPlan', 'documents'));
  if (!roles.has('applicationForm')) problems.push(warning('package.manifest.noApplicationForm', 'documents'));
  return problems;
}

export function readManifest(value: unknown): ManifestReadResult {
  const refuse = (problem: Problem): ManifestReadResult => ({ manifest: null, problems: [problem] });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse(error('package.manifest.wrongFormat', '(root)'));
  const tagged = value as { format?: unknown; formatVersion?: unknown };
  if (tagged.format !== PACKAGE_FORMAT) return refuse(error('package.manifest.wrongFormat', 'format'));
  if (typeof tagged.formatVersion === 'number' && tagged.formatVersion > PACKAGE_FORMAT_VERSION) {
    return refuse(error('package.manifest.newerFormat', 'formatVersion', { version: tagged.formatVersion, supported: PACKAGE_FORMAT_VERSION }));
  }
  const parsed = packageManifestSchema.safeParse(value);
  if (!parsed.success) return { manifest: null, problems: manifestIssuesToProblems(parsed.error.issues, value) };
  const problems = checkManifest(parsed.data);
  return { manifest: hasErrors(problems) ? null : parsed.data, problems };
}

/** The manifest's text, already decoded from UTF-8; a byte order mark (Windows Notepad writes one) is dropped. */
export function readManifestText(text: string): ManifestReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { manifest: null, problems: [error('package.manifest.notJson', 'manifest.json', { detail })] };
  }
  return readManifest(value);
}
