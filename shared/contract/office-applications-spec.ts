// The office's applications (issue #6, "Applications") through the host API: what one package's import
// answers, shared by importPackages (zips the office has) and assembleFromUploads (a package made from loose
// files the page uploaded). Spread into `hostApiSpec`; kept apart so the office areas do not all edit one file.
import { z } from 'zod';
import { documentRoleSchema } from '../model/document-role';
import { draftApplicationSchema } from '../office/session-draft';
import { packMetadataSchema } from '../package/pack-metadata';

/**
 * One package's outcome: the application it brought in, or why it was refused (in the caller's language).
 * `application` is the draft's entry as the manifest states it, documents included, so the UI adds it as it
 * is and never re-derives it; `missingPrerequisites` is empty there (the host does not know the standard).
 */
export const packageImportResultSchema = z.discriminatedUnion('ok', [
  z.object({
    path: z.string(),
    ok: z.literal(true),
    applicationId: z.string(),
    countyName: z.string(),
    countyCode: z.string(),
    documents: z.number().int().nonnegative(),
    warnings: z.array(z.string()),
    application: draftApplicationSchema,
  }),
  z.object({ path: z.string(), ok: z.literal(false), code: z.string(), messages: z.array(z.string()) }),
]);
export type PackageImportResult = z.output<typeof packageImportResultSchema>;

/** A loose file the page uploaded, with the name it had on the office's computer and the role the office chose. */
export const uploadedDocumentSchema = z.object({
  /** Where the upload route put it (document-routes.ts); removed after the call, whatever its outcome. */
  path: z.string().min(1).max(4096),
  /** The file's own name: the document's path inside the package, checked there like any manifest path. */
  fileName: z.string().trim().min(1).max(255),
  role: documentRoleSchema,
  /** Defaults to the file name without its extension. */
  title: z.string().trim().min(1).max(200).optional(),
});
export type UploadedDocument = z.infer<typeof uploadedDocumentSchema>;

export const officeApplicationsSpec = {
  /**
   * Assembles an application package from loose files the page uploaded (a browser cannot hand the host a
   * folder), with the county as the office typed it: the manifest is computed, the zip written in a
   * temporary folder and checked, then imported like any package (all or nothing). Answers as one
   * importPackages line; the temporary zip and the uploads are removed afterwards, whatever the outcome.
   */
  assembleFromUploads: {
    params: z.object({
      files: z.array(uploadedDocumentSchema).min(1).max(500),
      metadata: packMetadataSchema.omit({ documents: true }),
    }),
    result: packageImportResultSchema,
  },
} as const;
