// The events the office records about a county (issue #8): each one a decision or a fact with its date, the
// decision document's number (文号), the review session that produced it and who recorded it. The schema only
// checks shapes; whether an event may happen now, and whether its number or session may be absent, is
// applyTransition's judgement (transitions.ts), so the office reads one plain refusal instead of a schema error.
import { z } from 'zod';
import { calendarDateSchema } from './calendar-date';

/** Who typed the event in: a name and the fingerprint of their signing key (64 lowercase hex digits). */
export const recordedBySchema = z.strictObject({
  name: z.string().trim().min(1),
  keyFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type RecordedBy = z.infer<typeof recordedBySchema>;

const common = {
  date: calendarDateSchema,
  /** 文号 of the decision document; required or not by kind (DOCUMENT_NUMBER_REQUIRED). */
  documentNumber: z.string().trim().min(1).optional(),
  /** The review session (评审会) whose panel produced the decision; required or not by kind (SESSION_REQUIRED). */
  sessionId: z.string().trim().min(1).optional(),
  recordedBy: recordedBySchema,
  note: z.string().trim().min(1).optional(),
  /**
   * The county's total from the review session (the panel's aggregate, two decimals), copied when the office
   * confirms a session's outcome into the register, so the register alone can say how each stage went.
   * Absent on events typed in by hand and on events that come from no panel.
   */
  score: z.number().nonnegative().max(100_000).multipleOf(0.01).optional(),
};

export const QUALIFICATION_RESULTS = ['qualified', 'notQualified'] as const;
/** 优秀 / 合格 / 不合格 */
export const GRADES = ['excellent', 'pass', 'fail'] as const;
export const REINSPECTION_RESULTS = ['pass', 'fail'] as const;
export const RECHECK_RESULTS = ['kept', 'delisted'] as const;

export const transitionEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('qualificationDecided'), result: z.enum(QUALIFICATION_RESULTS), ...common }),
  z.strictObject({ kind: z.literal('creationStarted'), ...common }),
  z.strictObject({ kind: z.literal('midtermRecorded'), grade: z.enum(GRADES), ...common }),
  z.strictObject({ kind: z.literal('acceptanceDecided'), result: z.enum(GRADES), ...common }),
  z.strictObject({ kind: z.literal('retentionGranted'), ...common }),
  z.strictObject({ kind: z.literal('retentionDeclined'), ...common }),
  z.strictObject({ kind: z.literal('rectificationLapsed'), ...common }),
  z.strictObject({ kind: z.literal('reinspectionDecided'), result: z.enum(REINSPECTION_RESULTS), ...common }),
  z.strictObject({ kind: z.literal('recheckDecided'), result: z.enum(RECHECK_RESULTS), ...common }),
]);
export type TransitionEvent = z.infer<typeof transitionEventSchema>;
export type EventKind = TransitionEvent['kind'];

export const EVENT_KINDS = transitionEventSchema.options.map((option) => option.shape.kind.value) as readonly EventKind[];

/** Every kind with each of its results (or none), for tables and generators that must not forget one. */
export const EVENT_OUTCOMES: readonly { kind: EventKind; outcome?: string }[] = [
  ...QUALIFICATION_RESULTS.map((outcome) => ({ kind: 'qualificationDecided' as const, outcome })),
  { kind: 'creationStarted' },
  ...GRADES.map((outcome) => ({ kind: 'midtermRecorded' as const, outcome })),
  ...GRADES.map((outcome) => ({ kind: 'acceptanceDecided' as const, outcome })),
  { kind: 'retentionGranted' },
  { kind: 'retentionDeclined' },
  { kind: 'rectificationLapsed' },
  ...REINSPECTION_RESULTS.map((outcome) => ({ kind: 'reinspectionDecided' as const, outcome })),
  ...RECHECK_RESULTS.map((outcome) => ({ kind: 'recheckDecided' as const, outcome })),
];

/** The result or grade an event carries, if its kind has one. */
export function outcomeOf(event: TransitionEvent): string | undefined {
  if ('result' in event) return event.result;
  if ('grade' in event) return event.grade;
  return undefined;
}

/**
 * Events that come from a panel (qualification review, mid-term inspection, acceptance, re-inspection,
 * re-check) must name the review session: that is where the scores behind the decision are kept.
 */
export const SESSION_REQUIRED: ReadonlySet<EventKind> = new Set([
  'qualificationDecided',
  'midtermRecorded',
  'acceptanceDecided',
  'reinspectionDecided',
  'recheckDecided',
]);

/**
 * Decisions carry a 文号. Three events may lack one, because no document is issued for them:
 * - creationStarted: the county starts work on its own after being named in the qualification document
 *   (often with a launch meeting of its own); the province's document is already on qualificationDecided.
 * - retentionDeclined: the county government does not ask to keep its qualification — the absence of a
 *   request, which has no number (a refusal by the office, if there is one, may still give its number).
 * - rectificationLapsed: the six-month deadline passed without a re-inspection; a date passing has no number.
 */
export const DOCUMENT_NUMBER_REQUIRED: ReadonlySet<EventKind> = new Set(
  EVENT_KINDS.filter((kind) => kind !== 'creationStarted' && kind !== 'retentionDeclined' && kind !== 'rectificationLapsed'),
);
