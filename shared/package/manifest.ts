// The manifest of an application package (申报材料包): who applies and which documents the zip holds, each
// with its role and SHA-256. The format is described for counties in manifest-format.md next to this file.
import { z } from 'zod';
import { countyCodeSchema, type Application } from '../model/application';
import { documentRoleSchema } from '../model/document-role';
import { collisionKey, pathFault } from './document-path';

/** One list of roles for the manifest, the session file and the standard (shared/model/document-role.ts). */
export { DOCUMENT_ROLES, type DocumentRole } from '../model/document-role';

export const PACKAGE_FORMAT = 'review-desk/package';
export const PACKAGE_FORMAT_VERSION = 1;
/** The manifest's name at the package root; no document may use it. */
export const MANIFEST_NAME = 'manifest.json';

/** Lowercase hex; uppercase (as Windows' certutil prints it) is accepted and lowered. */
export const sha256Schema = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/)
  .transform((hex) => hex.toLowerCase());

/** A path inside the zip: relative, `/`-separated, NFC, not the manifest itself (rules in document-path.ts). */
export const documentPathSchema = z.string().superRefine((path, context) => {
  const fault = pathFault(path);
  if (fault !== null) context.addIssue({ code: 'custom', message: `bad document path (${fault})`, params: { pathFault: fault } });
  else if (collisionKey(path) === MANIFEST_NAME) context.addIssue({ code: 'custom', message: 'reserved path', params: { pathFault: 'reserved' } });
});

const text = z.string().trim().min(1);

export const manifestDocumentSchema = z.strictObject({
  path: documentPathSchema,
  role: documentRoleSchema,
  title: text,
  size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  sha256: sha256Schema,
});
export type ManifestDocument = z.infer<typeof manifestDocumentSchema>;

export const contactSchema = z.strictObject({
  name: text,
  /** Free text: landlines with area codes and extensions (0311-8888 8888 转 123) are common. */
  phone: text,
  email: z.email().optional(),
});
export type Contact = z.infer<typeof contactSchema>;

export const packageManifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  countyName: text,
  countyCode: countyCodeSchema,
  city: text,
  /** 国家级脱贫县 */
  poverty: z.boolean(),
  batch: z.number().int().positive(),
  contact: contactSchema.optional(),
  documents: z.array(manifestDocumentSchema).min(1),
});
export type PackageManifest = z.infer<typeof packageManifestSchema>;

/**
 * The application a package describes. Its id defaults to county code and batch, which is unique within a
 * batch; the office may give its own (e.g. the order of presentations).
 */
export function applicationFromManifest(manifest: PackageManifest, id = `${manifest.countyCode}-${manifest.batch}`): Application {
  return {
    id,
    countyName: manifest.countyName,
    countyCode: manifest.countyCode,
    city: manifest.city,
    poverty: manifest.poverty,
    batch: manifest.batch,
    // Which prerequisite leaves are unmet depends on the standard; the office decides at intake.
    missingPrerequisites: [],
  };
}
