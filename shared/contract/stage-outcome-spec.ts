// A review session's outcome into the county register through the host API (issue #8): the session's results
// county by county beside the register, with what they propose and what keeps a county out; and the office's
// confirmation, which alone changes the register. Spread into `hostApiSpec`.
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';
import { COUNTY_STATES } from '../lifecycle/county-states';
import { STAGES } from '../standard/schema';
import { codedRefusalSchema, sessionIdSchema } from './office-common-schemas';

const stateSchema = z.enum(COUNTY_STATES);

export const stageOutcomeRowSchema = z.strictObject({
  applicationId: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  /** The city and 脱贫县 mark the application gives, for adding an unregistered county to the register. */
  city: z.string(),
  poverty: z.boolean(),
  aggregate: z.number().nullable(),
  /** The grade band's name as the standard spells it. */
  grade: z.string().nullable(),
  /** The outcome the results propose (a value of `outcomes`), or null when they propose none. */
  proposed: z.string().nullable(),
  /** Why they propose it, or why nothing, in the caller's language. */
  proposalLine: z.string(),
  /** The county's state in the register; null when it is not there. */
  state: stateSchema.nullable(),
  stateLabel: z.string(),
  /** What keeps this county's outcome out of the register now, in the caller's language; null when it may go in. */
  blockedLine: z.string().nullable(),
});
export type StageOutcomeRowView = z.infer<typeof stageOutcomeRowSchema>;

const recordedSchema = z.strictObject({ code: z.string(), name: z.string(), state: stateSchema, stateLabel: z.string() });

export const stageOutcomeSpec = {
  /**
   * The session's results county by county beside the register, as of now: each with its score, grade, the
   * outcome the results propose and the county's state, or what keeps it out (not registered, another
   * state, experts outstanding, the suggestion list unsigned or outdated, already recorded). Refused
   * without the office key, before any scores are in, or when a programme file is damaged.
   */
  stageOutcomes: {
    params: z.object({ sessionId: sessionIdSchema }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        session: z.strictObject({ sessionId: z.string(), name: z.string(), stage: z.enum(STAGES), batch: z.number().int().positive().optional() }),
        /** The register event this stage records, in words. */
        eventLabel: z.string(),
        /** The outcomes the stage may record, best first, each in words. */
        outcomes: z.array(z.strictObject({ value: z.string(), label: z.string() })),
        rows: z.array(stageOutcomeRowSchema),
        /** The data the rows were computed from; confirming names it so later scores cannot slip in unseen. */
        dataFingerprint: sha256HexSchema,
        /** Beijing today: the latest date a decision may carry. */
        today: z.string(),
      }),
      codedRefusalSchema,
    ]),
  },
  /**
   * Writes the ticked counties' outcomes into the register as one change, all or none, with the session,
   * the decision's date and 文号, the county's score and this office key's owner as recorder. Refused with
   * `stageOutcomes.refused.dataChanged` when scores came in after `dataFingerprint`, and with every problem
   * named when any county cannot be recorded. Entered in the session's audit log.
   */
  confirmStageOutcomes: {
    params: z.object({
      sessionId: sessionIdSchema,
      dataFingerprint: sha256HexSchema,
      date: z.string().max(20),
      documentNumber: z.string().trim().min(1).max(200).optional(),
      decisions: z
        .array(z.strictObject({ applicationId: z.string().min(1).max(200), outcome: z.string().min(1).max(40), reason: z.string().trim().max(2000).optional() }))
        .max(1000),
    }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        recorded: z.array(recordedSchema),
        /** What the office should follow up (a failed mid-term…), in the caller's language. */
        warnings: z.array(z.string()),
        /** Set when the register was written but the audit log could not record it: what to do. */
        auditWarning: z.string().optional(),
      }),
      codedRefusalSchema,
    ]),
  },
} as const;
