// The office's reports through the host API (issue #6): write a sent session's reports into a folder, carrying
// the latest signed suggestion list, with progress. Reports are only written from a signed list decided on
// the data the workspace holds now: the review report prints the list as the office signed it, so a list
// signed before later scores came in would print beside a ranking it was not decided on. A stage session that
// grades each county (mid-term, acceptance, re-inspection: no quota) has no list to sign, and its reports are
// written without one. Spread into `hostApiSpec`.
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';
import { REPORT_KINDS } from '../reports/report-files';
import { codedRefusalSchema as refusedSchema, sessionIdSchema } from './office-common-schemas';

/** Refused because no suggestion list has been signed yet: the UI offers the way to 建议名单. */
export const NO_SIGNED_LIST = 'office.reports.noSignedList';
/** Refused because scores came in after the latest list was signed: a new version must be signed first. */
export const LIST_OUTDATED = 'office.reports.listOutdated';

export const officeReportsSpec = {
  /**
   * Writes the chosen reports (all four by default) of a session this office sent into `folder` (made if
   * missing), each read back and checked, carrying the latest signed suggestion list; progress over all of
   * them, cancellable. For a session with a quota, refused with `office.reports.noSignedList` before any
   * list is signed and with `office.reports.listOutdated` when the latest list was decided on other data; a
   * session without a quota (a graded stage) needs no list. Entered in the audit log.
   * Existing files of the same name are replaced.
   */
  writeSessionReports: {
    params: z.object({
      sessionId: sessionIdSchema,
      folder: z.string().min(1).max(4096),
      kinds: z.array(z.enum(REPORT_KINDS)).min(1).optional(),
    }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        /** SHA-256 of the data the reports were made from, as printed in their footers. */
        dataFingerprint: sha256HexSchema,
        /** The signed list the reports carry; null for a graded stage, which has none. */
        list: z.strictObject({ version: z.number().int().positive(), hash: sha256HexSchema }).nullable(),
        files: z.array(z.strictObject({ kind: z.enum(REPORT_KINDS), path: z.string(), bytes: z.number().int().nonnegative() })),
        /** Set when the reports were written but the audit log could not record it: what to do. */
        warning: z.string().optional(),
      }),
      refusedSchema,
    ]),
  },
} as const;
