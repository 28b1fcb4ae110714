// A session the office is preparing (issue #6), step by step, before it is signed into a `.rdsession`: the
// basics (stage, batch, name, dates), the standard with its rules, the quota settings, the applications and
// their documents (the documents themselves are in the host's blob store, by hash), the panel and its
// assignments, and how presentations run. Every part but the basics may still be missing while the office
// works; `payload-from-draft.ts` turns a complete draft into the session payload the office signs.
// The renderer keeps drafts in its database (DESIGN.md §3); the schema is here so the host can check one too.
import { z } from 'zod';
import { applicationSchema } from '../model/application';
import { quotaSettingsSchema } from '../panel/quota';
import { presentationSettingsSchema } from '../files/session-presentation';
import { recusalSuggestionSchema, rosterEntrySchema, sessionDocumentSchema } from '../files/session-payload';
import { dissentNoteSchema, listAdjustmentSchema } from '../files/suggestion-list-file';
import { sha256HexSchema } from '../files/scores-payload';
import { stageSchema, standardSchema } from '../standard/schema';

export const SESSION_DRAFT_FORMAT = 'review-desk/session-draft';
export const SESSION_DRAFT_FORMAT_VERSION = 1;

/** yyyy-mm-dd, as the office types it. */
const dateSchema = z.iso.date();

export const draftBasicsSchema = z
  .strictObject({
    stage: stageSchema,
    /** 第几批: the work plan names counties in three batches. */
    batch: z.number().int().min(1).max(20).optional(),
    name: z.string().trim().min(1).max(200),
    /** The review meeting's first and last day; the last may equal the first. */
    startsOn: dateSchema,
    endsOn: dateSchema,
  })
  .refine((basics) => basics.endsOn >= basics.startsOn, { path: ['endsOn'], message: 'endsBeforeStart' });
export type DraftBasics = z.infer<typeof draftBasicsSchema>;

/** The standard as imported, with where it came from; its rules (aggregation, grades, tie-break, preference) are edited in place. */
export const draftStandardSchema = z.strictObject({
  standard: standardSchema,
  /** SHA-256 of the standard's canonical JSON as it is now (recomputed after every rule change). */
  fingerprint: sha256HexSchema,
  /** The file it was imported from (shown to the office; not part of the session). */
  fileName: z.string().min(1),
  importedAt: z.string(),
});
export type DraftStandard = z.infer<typeof draftStandardSchema>;

/** An application in the draft: the county as its package's manifest says, and its documents (in the blob store). */
export const draftApplicationSchema = applicationSchema.extend({ documents: z.array(sessionDocumentSchema) });
export type DraftApplication = z.infer<typeof draftApplicationSchema>;

/** A suggested recusal (same city) and what the office decided: confirmed ones become unassignments. */
export const draftRecusalSchema = recusalSuggestionSchema.extend({ decision: z.enum(['pending', 'confirmed', 'dismissed']) });
export type DraftRecusal = z.infer<typeof draftRecusalSchema>;

/**
 * The next version of the suggestion list while the office works on it, not yet signed: the adjustments with
 * their reasons, the dissent notes and the note, kept with the draft so a reload or another step loses none
 * of it. `basedOn` is the data fingerprint of the results it was made against: when scores come in after,
 * the adjustments are kept but the office is told to check them against the new list.
 */
export const pendingListSchema = z.strictObject({
  basedOn: sha256HexSchema,
  adjustments: z.array(listAdjustmentSchema).max(500),
  dissent: z.array(dissentNoteSchema).max(100),
  note: z.string().max(4000),
});
export type PendingList = z.infer<typeof pendingListSchema>;

export const sessionDraftSchema = z.strictObject({
  format: z.literal(SESSION_DRAFT_FORMAT),
  formatVersion: z.literal(SESSION_DRAFT_FORMAT_VERSION),
  /** Becomes the session's id: stable from the first step, so nothing renames it later. */
  sessionId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/),
  basics: draftBasicsSchema,
  standard: draftStandardSchema.nullable(),
  quota: quotaSettingsSchema.nullable(),
  applications: z.array(draftApplicationSchema),
  roster: z.array(rosterEntrySchema),
  /**
   * The highest N of the expert ids E1…EN given out in this draft, so a removed expert's id is never given to
   * someone else (the office's notes, or a file made before the removal, would otherwise name the wrong
   * person). Optional so drafts stored before it still read; then the roster's highest number counts.
   */
  lastExpertNumber: z.number().int().min(0).optional(),
  /** Application id → expert ids; an application absent here goes to the whole roster. */
  assignments: z.record(z.string(), z.array(z.string())),
  recusals: z.array(draftRecusalSchema),
  presentation: presentationSettingsSchema.nullable(),
  /** The suggestion list being prepared (unsigned). Optional: drafts stored before it still read, and none until the office starts one. */
  pendingList: pendingListSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionDraft = z.infer<typeof sessionDraftSchema>;
export type SessionDraftInput = z.input<typeof sessionDraftSchema>;
