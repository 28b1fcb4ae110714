// What each table holds, as zod schemas. Every row read back is parsed with these: IndexedDB is storage the
// user (or a browser extension, or an older or newer build of the app) can reach, so a row is evidence, not
// a value we wrote. Payloads reuse the shared schemas, so the DB accepts exactly what the files accept.
import { z } from 'zod';
import { sha256HexSchema } from '../../../shared/files/scores-payload';
import { sessionPayloadSchema } from '../../../shared/files/session-payload';
import { scoreSheetSchema } from '../../../shared/scoring/score-sheet';

/** When a row was written, as Date.toISOString() gives it: sortable, and readable in the browser's devtools. */
const timestampSchema = z.iso.datetime();

/** The profile table's only row. */
export const PROFILE_ID = 'self';

export const profileRowSchema = z.object({
  id: z.literal(PROFILE_ID),
  name: z.string().trim().min(1),
  organisation: z.string(),
  title: z.string(),
  city: z.string(),
  /** The signing key's fingerprint as the host reported it; the key itself never leaves the host. */
  keyFingerprint: sha256HexSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type ProfileRow = z.infer<typeof profileRowSchema>;

export const sessionRowSchema = z
  .object({
    sessionId: z.string().min(1),
    payload: sessionPayloadSchema,
    /** Fingerprint of the key that signed the session file, as the host verified it. */
    officeFingerprint: sha256HexSchema,
    openedAt: timestampSchema,
  })
  .refine((row) => row.payload.sessionId === row.sessionId, { path: ['payload', 'sessionId'] });
export type SessionRow = z.infer<typeof sessionRowSchema>;

export const sheetRowSchema = z
  .object({
    sessionId: z.string().min(1),
    applicationId: z.string().min(1),
    sheet: scoreSheetSchema,
    updatedAt: timestampSchema,
    /** 1 for the first save, +1 for each save after it: tells two saves of the same sheet apart. */
    revision: z.number().int().positive(),
  })
  .refine((row) => row.sheet.applicationId === row.applicationId, { path: ['sheet', 'applicationId'] });
export type SheetRow = z.infer<typeof sheetRowSchema>;

export const exportRowSchema = z.object({
  sessionId: z.string().min(1),
  sequence: z.number().int().positive(),
  exportHash: sha256HexSchema,
  /** Where the host wrote the file, as it named it. */
  path: z.string().min(1),
  at: timestampSchema,
});
export type ExportRow = z.infer<typeof exportRowSchema>;

export type SheetKey = [sessionId: string, applicationId: string];
export type ExportKey = [sessionId: string, sequence: number];
