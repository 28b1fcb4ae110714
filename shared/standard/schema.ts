// The project's own format for a creation standard (创建标准): a tree of indicator groups whose leaves
// each have a kind. This file is the schema every standard passes through on read; semantic checks that
// need the whole tree (sums, duplicate ids, steps) live in validate.ts.
import { z } from 'zod';
import { documentRoleSchema } from '../model/document-role';

export const STANDARD_FORMAT = 'review-desk/standard';
export const STANDARD_FORMAT_VERSION = 1;

export const STAGES = ['qualification', 'midterm', 'acceptance', 'reinspection'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

/** Indicator ids as real standards write them: `3`, `3.2`, `3.2.1`, `P1`, `V2`, `B1`. */
/** `3`, `3.2`, `P1`: letters and digits in dot-separated parts. */
export const INDICATOR_ID_PATTERN = /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/;
export const indicatorIdSchema = z.string().regex(INDICATOR_ID_PATTERN);

const text = z.string().trim().min(1);
/** Points are decimal numbers; validate.ts checks they have at most two decimals. */
const points = z.number().finite();

const leafBase = {
  id: indicatorIdSchema,
  name: text,
  guidance: z.string().default(''),
  evidence: z.array(z.string()).default([]),
};

export const pointsLeafSchema = z.object({
  ...leafBase,
  kind: z.literal('points'),
  max: points.positive(),
  step: points.positive(),
});

export const tierSchema = z.object({ name: text, points: points.nonnegative() });
export const tiersLeafSchema = z.object({
  ...leafBase,
  kind: z.literal('tiers'),
  levels: z.array(tierSchema).min(2),
});

/** Pass earns `points`, fail earns 0. */
export const passFailLeafSchema = z.object({ ...leafBase, kind: z.literal('passFail'), points: points.positive() });

/** 一票否决: a failed veto makes the application ineligible whatever its points. */
export const vetoLeafSchema = z.object({
  ...leafBase,
  kind: z.literal('veto'),
  /** The stages it applies to; absent: every stage. */
  stages: z.array(stageSchema).min(1).optional(),
});

/** 必备条件: unmet means the application is not scored. `documentRole` lets the office check it from the package. */
export const prerequisiteLeafSchema = z.object({
  ...leafBase,
  kind: z.literal('prerequisite'),
  stages: z.array(stageSchema).min(1).optional(),
  documentRole: documentRoleSchema.optional(),
});

/** 加分项: 0..max in steps; the standard's bonusCap limits all bonus items together. */
export const bonusLeafSchema = z.object({
  ...leafBase,
  kind: z.literal('bonus'),
  max: points.positive(),
  step: points.positive(),
});

/** 扣分项: `perOccurrence` points off each time, at most `maxTotal` points off for this item in all. */
export const deductionLeafSchema = z.object({
  ...leafBase,
  kind: z.literal('deduction'),
  perOccurrence: points.positive(),
  maxTotal: points.positive(),
});

export const leafSchema = z.discriminatedUnion('kind', [
  pointsLeafSchema,
  tiersLeafSchema,
  passFailLeafSchema,
  vetoLeafSchema,
  prerequisiteLeafSchema,
  bonusLeafSchema,
  deductionLeafSchema,
]);
export type Leaf = z.infer<typeof leafSchema>;
export type LeafKind = Leaf['kind'];
export const LEAF_KINDS: readonly LeafKind[] = [
  'points',
  'tiers',
  'passFail',
  'veto',
  'prerequisite',
  'bonus',
  'deduction',
];

/** A group's `points` is the sum of the scored maxima below it (points, tiers, pass/fail); 0 for a group of
 * veto, prerequisite or bonus items. */
export const indicatorGroupSchema = z.object({
  id: indicatorIdSchema,
  name: text,
  points: points.nonnegative(),
  get children() {
    return z.array(z.union([leafSchema, indicatorGroupSchema])).min(1);
  },
});
export type IndicatorGroup = z.infer<typeof indicatorGroupSchema>;
export const indicatorNodeSchema = z.union([leafSchema, indicatorGroupSchema]);
export type IndicatorNode = z.infer<typeof indicatorNodeSchema>;

export const isGroup = (node: IndicatorNode): node is IndicatorGroup => 'children' in node;

export const gradeBandSchema = z.object({ name: text, min: points.nonnegative() });
export type GradeBand = z.infer<typeof gradeBandSchema>;

export const aggregationPolicySchema = z.object({
  policy: z.enum(['mean', 'trimmed', 'median']),
  /** With the trimmed policy: drop one highest and one lowest total when at least this many experts scored. */
  trimThreshold: z.number().int().min(3).default(5),
});
export type AggregationPolicy = z.infer<typeof aggregationPolicySchema>;

export const preferenceRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** Poverty-alleviated counties rank with this many points added to their aggregate. */
  z.object({ kind: z.literal('bonusPoints'), points: points.positive() }),
  /** A poverty-alleviated county within this many points of a non-poverty county inside the list takes its place. */
  z.object({ kind: z.literal('withinPoints'), points: points.positive() }),
  /** At least this many places go to poverty-alleviated counties when enough are eligible. */
  z.object({ kind: z.literal('reservedPlaces'), places: z.number().int().positive() }),
]);
export type PreferenceRule = z.infer<typeof preferenceRuleSchema>;

export const deviationRuleSchema = z.object({
  /** Flag an expert whose total is more than this many points from the panel aggregate; null: off. */
  absolute: points.positive().nullable().default(10),
  /** Flag an expert whose |z| among the panel's totals exceeds this; null: off. */
  z: points.positive().nullable().default(2),
});
export type DeviationRule = z.infer<typeof deviationRuleSchema>;

export const standardSchema = z.object({
  format: z.literal(STANDARD_FORMAT),
  formatVersion: z.literal(STANDARD_FORMAT_VERSION),
  title: text,
  version: text,
  stages: z.array(stageSchema).min(1),
  totalPoints: points.positive(),
  bonusCap: points.nonnegative().default(0),
  indicators: z.array(indicatorNodeSchema).min(1),
  grades: z.array(gradeBandSchema).default([]),
  aggregation: aggregationPolicySchema.default({ policy: 'trimmed', trimThreshold: 5 }),
  tieBreak: z.array(indicatorIdSchema).default([]),
  preference: preferenceRuleSchema.default({ kind: 'none' }),
  /** How many non-recused experts must find a veto failed before the panel treats it as failed. */
  vetoConsensus: z.enum(['any', 'majority', 'all']).default('majority'),
  deviation: deviationRuleSchema.default({ absolute: 10, z: 2 }),
  notes: z.string().optional(),
});
export type Standard = z.infer<typeof standardSchema>;
export type StandardInput = z.input<typeof standardSchema>;
