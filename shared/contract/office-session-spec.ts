// The office's session file (issue #6): a prepared draft signed with the office key and written for the
// experts. Spread into `hostApiSpec` (host-api-spec.ts); the office's other areas have files of their own.
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';
import { sessionDraftSchema } from '../office/session-draft';

export const officeSessionSpec = {
  /**
   * Signs the draft as a `.rdsession` with this office's key and writes it into `folder` (made if missing),
   * named after the session, read back and verified in full; a copy goes into the office's workspace for
   * collecting and reporting. Refused (one message per problem) while the draft is incomplete, without an
   * office key, when a document is missing from the store, or when the session was already sent with another
   * standard (experts' scores would not fit it). Writing it again after other changes (an expert added,
   * keys enrolled) replaces both copies.
   */
  writeSessionFile: {
    params: z.object({ draft: sessionDraftSchema, folder: z.string().min(1) }),
    result: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        path: z.string(),
        fileName: z.string(),
        sessionId: z.string(),
        /** The signature's key: the experts compare it with the one the office reads out. */
        officeFingerprint: sha256HexSchema,
        /** Hash of the signed session, the same in the folder's file and the workspace's copy. */
        exportHash: sha256HexSchema,
        documents: z.number().int().nonnegative(),
        bytes: z.number().int().nonnegative(),
        /** True when an earlier copy of this session was replaced. */
        replaced: z.boolean(),
        /** Present when the file is safe but the audit log could not record its writing (says why). */
        warning: z.string().optional(),
      }),
      z.object({ ok: z.literal(false), code: z.string(), messages: z.array(z.string()) }),
    ]),
  },
} as const;
