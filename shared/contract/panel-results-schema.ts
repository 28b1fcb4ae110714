// The schema of a panel's results (shared/panel/results.ts, results-format.md) as the host API hands them to
// the office UI. The domain builds `PanelResults` as plain TypeScript; this schema is what the answer is
// checked against at the boundary. Objects are strict, so a field the domain adds without adding it here
// fails the host's result check (and the host tests) instead of being dropped quietly; the host service's
// type (ServicesOf) makes the compiler check the other direction: every value the domain builds, the schema's
// input type accepts.
import { z } from 'zod';
import { PREFERENCE_MESSAGE_KEYS } from '../panel/preference/messages';
import { QUOTA_ROUNDINGS } from '../panel/quota';
import { aggregationPolicySchema, deviationRuleSchema, gradeBandSchema, preferenceRuleSchema, stageSchema } from '../standard/schema';

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
const problemSchema = z.strictObject({ code: z.string(), severity: z.enum(['error', 'warning']), where: z.string(), params: paramsSchema });
const explanationSchema = z.strictObject({ key: z.enum(PREFERENCE_MESSAGE_KEYS), params: paramsSchema });
const tieDecidedBySchema = z
  .discriminatedUnion('kind', [z.strictObject({ kind: z.literal('indicator'), indicatorId: z.string() }), z.strictObject({ kind: z.literal('countyCode') })])
  .nullable();
const eligibilityStatusSchema = z.enum(['eligible', 'ineligible', 'notScored', 'noScores']);
const findingSchema = z.strictObject({
  leafId: z.string(),
  leafName: z.string(),
  kind: z.enum(['veto', 'prerequisite']),
  foundBy: z.array(z.string()),
  outOf: z.number().int().nonnegative(),
  reasons: z.record(z.string(), z.string()),
});

const expertOnApplicationSchema = z.strictObject({
  expertId: z.string(),
  state: z.enum(['scored', 'recused', 'missing', 'invalid']),
  recusalReason: z.string().optional(),
  total: z.number().optional(),
  base: z.number().optional(),
  bonus: z.number().optional(),
  bonusCapped: z.number().optional(),
  deduction: z.number().optional(),
  flooredAtZero: z.boolean().optional(),
  vetoFailed: z.array(z.string()).optional(),
  prerequisitesUnmet: z.array(z.string()).optional(),
  dropped: z.enum(['highest', 'lowest']).nullable().optional(),
  difference: z.number().optional(),
  z: z.number().nullable().optional(),
  deviationFlagged: z.boolean().optional(),
  recommendation: z.string().optional(),
});

const applicationResultSchema = z.strictObject({
  applicationId: z.string(),
  countyName: z.string(),
  countyCode: z.string(),
  city: z.string(),
  poverty: z.boolean(),
  status: eligibilityStatusSchema,
  findings: z.array(findingSchema),
  experts: z.array(expertOnApplicationSchema),
  aggregate: z.number().nullable(),
  aggregateMethod: z.enum(['mean', 'trimmed', 'meanBelowThreshold', 'median', 'none']),
  counted: z.number().int().nonnegative(),
  indicators: z.record(z.string(), z.number()),
  grade: z.string().nullable(),
  rank: z.number().int().positive().nullable(),
  tieWithPreviousDecidedBy: tieDecidedBySchema,
  complete: z.boolean(),
});

const quotaComputationSchema = z.strictObject({
  countyLevelDivisions: z.number().int(),
  divisionsAsOf: z.string(),
  capPercent: z.number(),
  capBasisPoints: z.number().int(),
  rounding: z.enum(QUOTA_ROUNDINGS),
  exactCapTenThousandths: z.number().int(),
  exactCap: z.string(),
  roundedCap: z.number().int(),
  alreadyGiven: z.number().int(),
  remainingAfterEarlierBatches: z.number().int(),
  earlierBatchesOverCapBy: z.number().int(),
  capExhausted: z.boolean(),
  batchSize: z.number().int().nullable(),
  limitedByBatchSize: z.boolean(),
  places: z.number().int().nonnegative(),
});

const movingRuleSchema = z.enum(['bonusPoints', 'withinPoints', 'reservedPlaces']);
const listEntrySchema = z.strictObject({
  position: z.number().int().positive(),
  applicationId: z.string(),
  countyName: z.string(),
  countyCode: z.string(),
  poverty: z.boolean(),
  scoreH: z.number().int(),
  rankingScoreH: z.number().int(),
  originalRank: z.number().int().positive(),
  movedBy: movingRuleSchema.optional(),
});
const suggestionListSchema = z.strictObject({
  places: z.number().int().nonnegative(),
  rule: preferenceRuleSchema,
  entries: z.array(listEntrySchema).readonly(),
  notListed: z.array(listEntrySchema).readonly(),
  cutLine: z
    .strictObject({ lastInScoreH: z.number().int(), firstOutScoreH: z.number().int(), lastInApplicationId: z.string(), firstOutApplicationId: z.string() })
    .nullable(),
  moves: z
    .array(
      z.strictObject({
        rule: movingRuleSchema,
        applicationId: z.string(),
        countyName: z.string(),
        fromPosition: z.number().int().positive(),
        toPosition: z.number().int().positive(),
        positionsGained: z.number().int().positive(),
        enteredList: z.boolean(),
        pointsH: z.number().int(),
        displaced: z.array(z.string()).readonly(),
        passed: z.array(z.string()).readonly(),
        explanation: explanationSchema,
      }),
    )
    .readonly(),
  tieAtCutLine: z
    .strictObject({ inside: z.array(z.string()).readonly(), outside: z.array(z.string()).readonly(), explanation: explanationSchema })
    .nullable(),
  ruleSummary: explanationSchema,
});

export const panelResultsSchema = z.strictObject({
  format: z.literal('review-desk/results'),
  formatVersion: z.literal(1),
  session: z.strictObject({ name: z.string(), stage: stageSchema, batch: z.number().int().positive().optional() }),
  standard: z.strictObject({ title: z.string(), version: z.string(), fingerprint: z.string() }),
  rules: z.strictObject({
    aggregation: aggregationPolicySchema,
    tieBreak: z.array(z.string()),
    preference: preferenceRuleSchema,
    vetoConsensus: z.enum(['any', 'majority', 'all']),
    deviation: deviationRuleSchema,
    grades: z.array(gradeBandSchema),
  }),
  applications: z.array(applicationResultSchema),
  ranking: z.array(
    z.strictObject({ rank: z.number().int().positive(), applicationId: z.string(), countyName: z.string(), score: z.number(), tieWithPreviousDecidedBy: tieDecidedBySchema }),
  ),
  excluded: z.array(z.strictObject({ applicationId: z.string(), countyName: z.string(), status: eligibilityStatusSchema, findings: z.array(findingSchema) })),
  // Null for a session without a quota (mid-term, acceptance, re-inspection grade each county by the bands).
  quota: quotaComputationSchema.nullable(),
  suggestionList: suggestionListSchema.nullable(),
  agreement: z.strictObject({
    applications: z.number().int().nonnegative(),
    experts: z.number().int().nonnegative(),
    iccSingle: z.number().nullable(),
    iccAverage: z.number().nullable(),
    kendallW: z.number().nullable(),
    kendallChiSquared: z.number().nullable(),
  }),
  experts: z.array(
    z.strictObject({
      expertId: z.string(),
      name: z.string(),
      scored: z.number().int().nonnegative(),
      recused: z.number().int().nonnegative(),
      missing: z.number().int().nonnegative(),
      invalid: z.number().int().nonnegative(),
      meanDifference: z.number().nullable(),
      flagged: z.number().int().nonnegative(),
    }),
  ),
  problems: z.array(problemSchema),
  complete: z.boolean(),
});
