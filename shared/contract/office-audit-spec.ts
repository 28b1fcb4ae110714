// The office's audit log through the host API (issue #6): read a session's hash-chained log, each entry with
// a plain one-line description in the caller's language, and export it to a folder as a workbook for people
// plus the raw log as JSON for anyone to verify again. Spread into `hostApiSpec`.
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';
import { AUDIT_ACTIONS } from '../office/audit-log';
import { codedRefusalSchema, sessionIdSchema } from './office-common-schemas';

/**
 * A "no". `brokenAt` (0-based entry index) is present when the log was found altered, so the UI can say at
 * which entry without parsing the messages.
 */
const refusedSchema = codedRefusalSchema.extend({ brokenAt: z.number().int().nonnegative().optional() });

/** The length and head hash of the log as read: write them down elsewhere to catch a later rewrite. */
export const auditAnchorSchema = z.strictObject({
  length: z.number().int().nonnegative(),
  headHash: sha256HexSchema.nullable(),
});

export const auditLogEntryViewSchema = z.strictObject({
  /** 0-based position in the chain; people see it as number `index + 1`. */
  index: z.number().int().nonnegative(),
  recordedAt: z.string(),
  /** As recorded (a key fingerprint or a name). */
  actor: z.string(),
  /** The actor as people know it: the office key's owner's name, or the recorded text shortened. */
  actorLabel: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  /** One plain line built from the action and its details, in the caller's language. */
  description: z.string(),
  /** The roster expert the entry concerns, when it names one (for filtering by expert). */
  expertId: z.string().optional(),
  hash: sha256HexSchema,
  previousHash: sha256HexSchema.nullable(),
});
export type AuditLogEntryView = z.infer<typeof auditLogEntryViewSchema>;

export const officeAuditSpec = {
  /**
   * Every committed entry of the session's audit log, oldest first, each with a description, and the anchor
   * (length, head hash) of the chain as checked. Refused with `officeAudit.damaged` (and `brokenAt`) when the
   * chain does not verify: a log that was altered is not shown as if it were whole.
   */
  officeAuditLog: {
    params: z.object({ sessionId: sessionIdSchema }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        sessionName: z.string(),
        entries: z.array(auditLogEntryViewSchema),
        anchor: auditAnchorSchema,
      }),
      refusedSchema,
    ]),
  },
  /**
   * Writes the log into `folder` (which must exist) as an .xlsx (the entries, and a sheet with the chain check
   * and the anchor) and the raw log as .json beside it, each written atomically and read back; then enters
   * the export itself in the log (so the files hold every entry before that one). Refused when the chain does
   * not verify, the folder is missing or cannot be written to, or the disk is full.
   */
  exportAuditLog: {
    params: z.object({ sessionId: sessionIdSchema, folder: z.string().min(1).max(4096) }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        workbookPath: z.string(),
        jsonPath: z.string(),
        /** Entries in the files (the export's own entry comes after them). */
        entries: z.number().int().nonnegative(),
        anchor: auditAnchorSchema,
        /** False when the files are safe but the export could not be entered in the log (`messages` says why). */
        logged: z.boolean(),
        messages: z.array(z.string()),
      }),
      refusedSchema,
    ]),
  },
} as const;
