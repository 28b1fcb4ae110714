// A score sheet (评分表): one expert × one application — either scored, or a recusal (回避) with a reason.
import { z } from 'zod';
import { INDICATOR_ID_PATTERN, indicatorIdSchema } from '../standard/schema';

/**
 * The value of one leaf, by kind: points and bonus — a number; tiers — the tier's name; pass/fail,
 * veto and prerequisite — true when passed / not vetoed / met; deduction — the number of occurrences.
 */
export const leafValueSchema = z.union([z.number().finite(), z.string(), z.boolean()]);
export type LeafValue = z.infer<typeof leafValueSchema>;

function isLeafValue(value: unknown): value is LeafValue {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * A sheet's values: indicator id → value. Checked by a plain loop rather than z.record(id, union): a scores
 * file carries hundreds of thousands of values, and a per-value schema parse cost more than reading the
 * file. Same rule as indicatorIdSchema and leafValueSchema; the record itself is kept, not copied.
 */
export const leafValuesSchema = z.custom<Record<string, LeafValue>>((value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const id of Object.keys(record)) {
    if (!INDICATOR_ID_PATTERN.test(id) || !isLeafValue(record[id])) return false;
  }
  return true;
}, { params: { messageKey: 'sheet.badValues' } });

export const opinionSchema = z.object({
  strengths: z.string().default(''),
  problems: z.string().default(''),
  suggestions: z.string().default(''),
});
export type Opinion = z.infer<typeof opinionSchema>;

export const RECOMMENDATIONS = ['recommend', 'notRecommend', 'undecided'] as const;

const sheetKey = { expertId: z.string().min(1), applicationId: z.string().min(1) };

export const scoredSheetSchema = z.object({
  ...sheetKey,
  status: z.literal('scored'),
  values: leafValuesSchema,
  /** Per-leaf comments; a failed veto's reason is its comment. */
  comments: z.record(indicatorIdSchema, z.string()).default({}),
  opinion: opinionSchema.default({ strengths: '', problems: '', suggestions: '' }),
  recommendation: z.enum(RECOMMENDATIONS).default('undecided'),
});

export const recusedSheetSchema = z.object({
  ...sheetKey,
  status: z.literal('recused'),
  recusalReason: z.string().trim().min(1, '回避须说明理由'),
});

export const scoreSheetSchema = z.discriminatedUnion('status', [scoredSheetSchema, recusedSheetSchema]);
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;
export type ScoredSheet = z.infer<typeof scoredSheetSchema>;
export type RecusedSheet = z.infer<typeof recusedSheetSchema>;
