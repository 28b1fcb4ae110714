// The signed suggestion list (建议名单): one version the office signed with its key. A signed version is never
// changed; a new version names the one before it by hash, so the history of the list is a chain anyone can
// check. Each version says which data it was decided on (the reports' data fingerprint) and, beside the list
// as computed from the ranking and the quota, every manual adjustment with its written reason and every
// dissent note. Stored in the office workspace as `lists/v<N>.rdlist`.
import { z } from 'zod';
import { sha256HexSchema } from './scores-payload';
import type { SignedFileFormat } from './signed-file';

export const SUGGESTION_LIST_FORMAT = 'review-desk/suggestion-list';
export const SUGGESTION_LIST_MAX_BYTES = 4 * 1024 * 1024;

/** A reason long enough to say something: 「不符」 alone does not explain a change to a signed list. */
export const ADJUSTMENT_REASON_MIN = 4;
const reasonSchema = z.string().trim().min(ADJUSTMENT_REASON_MIN).max(2000);

/**
 * A manual change to the computed list, applied in order: `include` adds an eligible application that is not on
 * the list at its end, `exclude` takes one off, `move` puts one on the list at `toPosition` (1-based).
 */
export const listAdjustmentSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('include'), applicationId: z.string().min(1), reason: reasonSchema }),
  z.strictObject({ kind: z.literal('exclude'), applicationId: z.string().min(1), reason: reasonSchema }),
  z.strictObject({ kind: z.literal('move'), applicationId: z.string().min(1), toPosition: z.number().int().positive(), reason: reasonSchema }),
]);
export type ListAdjustment = z.infer<typeof listAdjustmentSchema>;

/** A member of the panel or the office who disagrees with the list, in their own words. */
export const dissentNoteSchema = z.strictObject({
  by: z.string().trim().min(1).max(100),
  text: z.string().trim().min(1).max(4000),
});
export type DissentNote = z.infer<typeof dissentNoteSchema>;

export const signedListEntrySchema = z.strictObject({
  position: z.number().int().positive(),
  applicationId: z.string().min(1),
  countyName: z.string(),
  countyCode: z.string(),
  /** The panel aggregate in hundredths. */
  scoreH: z.number().int(),
  /** Position on the computed list; null when the office included it by hand. */
  computedPosition: z.number().int().positive().nullable(),
  /** Present when the preference rule moved it up (as computed). */
  movedBy: z.enum(['bonusPoints', 'withinPoints', 'reservedPlaces']).optional(),
});
export type SignedListEntry = z.infer<typeof signedListEntrySchema>;

export const suggestionListPayloadSchema = z.strictObject({
  sessionId: z.string().min(1),
  sessionName: z.string(),
  /** 1, 2, …: each signing makes the next version; none is ever rewritten. */
  version: z.number().int().positive(),
  /** Export hash of the version before; null for version 1. */
  previousHash: sha256HexSchema.nullable(),
  /** The data the list was decided on: the fingerprint printed in the reports' footers. */
  dataFingerprint: sha256HexSchema,
  /** The quota's places. */
  places: z.number().int().nonnegative(),
  /** The list as computed from the ranking and the preference rule, application ids in order. */
  computed: z.array(z.string()),
  adjustments: z.array(listAdjustmentSchema),
  /** The list as signed. */
  entries: z.array(signedListEntrySchema),
  dissent: z.array(dissentNoteSchema),
  note: z.string().max(4000),
  /** ISO time by the office computer's clock: shown to people, never used to order versions. */
  signedAt: z.string().min(1),
  signer: z.strictObject({ name: z.string().min(1), fingerprint: sha256HexSchema }),
});
export type SuggestionListPayload = z.infer<typeof suggestionListPayloadSchema>;

export const suggestionListFileFormat: SignedFileFormat<typeof suggestionListPayloadSchema> = {
  format: SUGGESTION_LIST_FORMAT,
  formatVersion: 1,
  schema: suggestionListPayloadSchema,
  maxBytes: SUGGESTION_LIST_MAX_BYTES,
};
