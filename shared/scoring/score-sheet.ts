// A score sheet (评分表): one expert × one application — either scored, or a recusal (回避) with a reason.
import { z } from 'zod';
import { indicatorIdSchema } from '../standard/schema';

/**
 * The value of one leaf, by kind: points and bonus — a number; tiers — the tier's name; pass/fail,
 * veto and prerequisite — true when passed / not vetoed / met; deduction — the number of occurrences.
 */
export const leafValueSchema = z.union([z.number().finite(), z.string(), z.boolean()]);
export type LeafValue = z.infer<typeof leafValueSchema>;

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
  values: z.record(indicatorIdSchema, leafValueSchema),
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
