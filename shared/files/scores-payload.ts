// What an expert's `.rdscores` file says, inside its signed envelope: a complete snapshot of that expert's
// sheets for one session, numbered so the office can tell a newer export from a replay or a fork.
import { z } from 'zod';
import { scoreSheetSchema } from '../scoring/score-sheet';

export const SCORES_FORMAT = 'review-desk/scores';
export const SCORES_FORMAT_VERSION = 1;

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const scoresPayloadSchema = z.object({
  sessionId: z.string().min(1),
  standardFingerprint: sha256HexSchema,
  expertId: z.string().min(1),
  /** 1 for an expert's first export in a session, then 2, 3…; a re-export always gets the next number. */
  sequence: z.number().int().positive(),
  /** Export hash of the same expert's previous export; null for sequence 1. */
  previousHash: sha256HexSchema.nullable(),
  /** When the expert exported, as the laptop's clock said; shown to people, never used for decisions. */
  createdAt: z.string(),
  sheets: z.array(scoreSheetSchema),
});
export type ScoresPayload = z.infer<typeof scoresPayloadSchema>;
