// The office's suggestion list through the host API (issue #6): read the signed versions of a session's list
// and sign a new one. The list as computed comes from officeResults; the office adjusts it (each change with
// a written reason), adds dissent notes, and signs with its key. A signed version is locked: a new version
// is a new file naming the old one by hash, and the old one stays. Spread into `hostApiSpec`.
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';
import { dissentNoteSchema, listAdjustmentSchema, suggestionListPayloadSchema } from '../files/suggestion-list-file';
import { codedRefusalSchema as refusedSchema, sessionIdSchema } from './office-common-schemas';

export const signedListVersionSchema = z.strictObject({
  /** Export hash of the signed version (what the next version names as previousHash). */
  hash: sha256HexSchema,
  /** Whether the list was decided on the data the workspace holds now (false: scores came in since). */
  matchesCurrentData: z.boolean(),
  payload: suggestionListPayloadSchema,
});
export type SignedListVersion = z.infer<typeof signedListVersionSchema>;

export const officeDecisionSpec = {
  /**
   * Every signed version of the session's suggestion list, oldest first, each checked (signature by this
   * office's key, the chain of previous hashes). Refused when a stored version is damaged: the history of a
   * signed list must not silently lose a version.
   */
  officeSuggestionLists: {
    params: z.object({ sessionId: sessionIdSchema }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        versions: z.array(signedListVersionSchema),
        /** The data fingerprint of what the workspace holds now; null when no results can be computed yet. */
        currentDataFingerprint: sha256HexSchema.nullable(),
      }),
      refusedSchema,
    ]),
  },
  /**
   * Signs the next version with the office key: the computed list from the current data, the adjustments
   * applied in order, the dissent notes and the note. Refused with `office.list.dataChanged` when
   * `dataFingerprint` is not the current data's (scores came in after the clerk looked), with
   * `office.list.invalidAdjustment` when an adjustment does not apply (every one named), with
   * `office.list.staleVersion` when `previousHash` is not the latest version's (another window signed first).
   * Written to `lists/v<N>.rdlist` beside the session, read back and verified, and entered in the audit log.
   */
  signSuggestionList: {
    params: z.object({
      sessionId: sessionIdSchema,
      dataFingerprint: sha256HexSchema,
      /** The latest version's hash as the clerk saw it; null when signing the first. */
      previousHash: sha256HexSchema.nullable(),
      adjustments: z.array(listAdjustmentSchema).max(500),
      dissent: z.array(dissentNoteSchema).max(100),
      note: z.string().max(4000),
    }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        version: signedListVersionSchema,
        path: z.string(),
        /** Set when the version was signed and written but the audit log could not record it: what to do. */
        warning: z.string().optional(),
      }),
      refusedSchema,
    ]),
  },
} as const;
