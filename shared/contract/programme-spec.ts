// The demonstration-county programme through the host API (issue #8): the county register with each county's
// state, history and what is due next, the quota across the batches, the progress reports and the overdue
// list — what the office needs to answer "where is every county and what is due next" from the app alone.
// Who recorded a transition is the office key's owner, set by the host, never sent by the caller.
import { z } from 'zod';
import { countyEntrySchema, historyRecordSchema } from '../lifecycle/county-entry';
import { lifecycleSettingsSchema } from '../lifecycle/county-register';
import { COUNTY_STATES } from '../lifecycle/county-states';
import { programmeQuotaSettingsSchema } from '../lifecycle/programme-quota';
import { PROGRESS_REPORT_KINDS, PROGRESS_REPORT_STATUSES, submittedReportSchema } from '../lifecycle/progress-report-schema';
import { progressReportSettingsSchema } from '../lifecycle/progress-report-settings';
import { EVENT_KINDS, transitionEventSchema, type EventKind } from '../lifecycle/transition-events';
import { codedRefusalSchema } from './office-common-schemas';

const eventKindSchema = z.enum(EVENT_KINDS as [EventKind, ...EventKind[]]);

/** Each event kind as the caller sends it: everything but `recordedBy`, which the host fills in. Spelled out
 * per option so each keeps its type; the tuple's length check makes a new kind in transition-events.ts a
 * compile error here until it is added. */
const [qualification, started, midterm, acceptance, granted, declined, lapsed, reinspection, recheck, ...unlisted] = transitionEventSchema.options;
const noUnlistedKinds: [] = unlisted;
void noUnlistedKinds;
const R = { recordedBy: true } as const;
export const eventWithoutRecorderSchema = z.discriminatedUnion('kind', [
  qualification.omit(R),
  started.omit(R),
  midterm.omit(R),
  acceptance.omit(R),
  granted.omit(R),
  declined.omit(R),
  lapsed.omit(R),
  reinspection.omit(R),
  recheck.omit(R),
]);

/** The programme's settings: the cap's base (null until the office enters the division count), the intervals, the report deadlines. */
export const programmeSettingsSchema = z.strictObject({
  quota: programmeQuotaSettingsSchema.nullable(),
  lifecycle: lifecycleSettingsSchema,
  reports: progressReportSettingsSchema,
});
export type ProgrammeSettings = z.output<typeof programmeSettingsSchema>;

/** A progress report as the office keeps it: the shared record plus the id the office refers to it by. */
export const storedProgressReportSchema = z.strictObject({ id: z.string().min(1).max(100), report: submittedReportSchema });
export type StoredProgressReport = z.output<typeof storedProgressReportSchema>;

const nextDueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('undated'), event: eventKindSchema }),
  z.strictObject({ kind: z.literal('dated'), event: eventKindSchema, dueDate: z.string(), daysLeft: z.number().int() }),
]);

export const countyOverviewSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  city: z.string(),
  batch: z.number().int(),
  povertyAlleviated: z.boolean(),
  state: z.enum(COUNTY_STATES),
  /** The state in the caller's language. */
  stateLabel: z.string(),
  /** The latest recorded transition (with its 文号, review session and recorder); null before any. */
  lastTransition: historyRecordSchema.nullable(),
  /** Every recorded transition, oldest first: where the county has been, for its panel. */
  history: z.array(historyRecordSchema),
  nextDue: nextDueSchema,
  /** What is due next in one line, in the caller's language. */
  nextDueLine: z.string(),
});

const quotaOverviewSchema = z.strictObject({
  cap: z.number().int().nonnegative(),
  used: z.number().int().nonnegative(),
  remaining: z.number().int().nonnegative(),
  freed: z.number().int().nonnegative(),
  exceeded: z.boolean(),
  exceededBy: z.number().int().nonnegative(),
  byBatch: z.array(z.strictObject({ batch: z.number().int(), used: z.number().int().nonnegative(), freed: z.number().int().nonnegative() })),
  /** The working in words: divisions × percent, the rounding, the reading of freed places, the per-batch use. */
  lines: z.array(z.string()),
  /** What the office should look at (the cap exceeded, a county twice…), in the caller's language. */
  problems: z.array(z.string()),
});

const overdueReportSchema = z.strictObject({
  county: z.string(),
  countyName: z.string(),
  kind: z.enum(PROGRESS_REPORT_KINDS),
  period: z.string(),
  due: z.string(),
  daysOverdue: z.number().int().positive(),
  returned: z.boolean(),
  /** The item in one line, in the caller's language. */
  line: z.string(),
});

const countyFieldsSchema = z.strictObject({
  /** 行政区划代码: six digits, checked by the host so the refusal can say which one. */
  code: z.string().max(100),
  name: z.string().max(100),
  city: z.string().max(100),
  batch: z.number().int(),
  povertyAlleviated: z.boolean(),
});

const refusedSchema = codedRefusalSchema;
const ok = z.literal(true);

export const programmeSpec = {
  /**
   * Every county with its state, latest transition and what is due next; the quota (null until the division
   * count is set) per batch; the progress reports received and the overdue list, all as of today in Beijing.
   * Refused when a programme file is damaged (named in the message) or without the office key.
   */
  programmeOverview: {
    params: z.object({}),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok,
        today: z.string(),
        counties: z.array(countyOverviewSchema),
        quota: quotaOverviewSchema.nullable(),
        reports: z.array(storedProgressReportSchema),
        overdue: z.array(overdueReportSchema),
        /** The overdue list in words (one line saying none is overdue when empty). */
        overdueLines: z.array(z.string()),
        /** Reports that answer no period the county owed (a period outside its creation): shown, never dropped. */
        unmatchedLines: z.array(z.string()),
        settings: programmeSettingsSchema,
      }),
      refusedSchema,
    ]),
  },
  /** Adds counties to the register as applied, all or none: a bad code, a county already there or listed twice refuses the lot. */
  addCounties: {
    params: z.object({ counties: z.array(countyFieldsSchema).min(1).max(500) }),
    result: z.discriminatedUnion('ok', [z.strictObject({ ok, counties: z.array(countyEntrySchema) }), refusedSchema]),
  },
  /**
   * Records one transition (a decision with its date, 文号 and review session) against a county, the office
   * key's owner as recorder. Refused with the rules' message when the county's state does not allow it; a
   * refused event writes nothing.
   */
  recordTransition: {
    params: z.object({ code: z.string().max(100), event: eventWithoutRecorderSchema }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({ ok, entry: countyEntrySchema, stateLabel: z.string(), warnings: z.array(z.string()) }),
      refusedSchema,
    ]),
  },
  /**
   * Records a progress report: the file at `path` is hashed and kept in the blob store; the record says which
   * county, report and period. A path under the data directory's uploads is removed afterwards, whatever the outcome.
   */
  recordProgressReport: {
    params: z.object({
      county: z.string().max(100),
      kind: z.enum(PROGRESS_REPORT_KINDS),
      /** '2025-Q3' for a quarterly update, '2025' for an annual report. */
      period: z.string().max(20),
      receivedOn: z.string().max(20),
      path: z.string().min(1).max(4096),
      /** The name the office knows the file by, when `path` is a dropped file's upload (web host); else the path's own name. */
      fileName: z.string().trim().min(1).max(255).optional(),
    }),
    result: z.discriminatedUnion('ok', [z.strictObject({ ok, report: storedProgressReportSchema }), refusedSchema]),
  },
  /** Accepts or returns (退回) a recorded report; a returned report counts as missing until a new one comes in. */
  setProgressReportStatus: {
    params: z.object({ id: z.string().min(1).max(100), status: z.enum(PROGRESS_REPORT_STATUSES) }),
    result: z.discriminatedUnion('ok', [z.strictObject({ ok, report: storedProgressReportSchema }), refusedSchema]),
  },
  programmeSettings: {
    params: z.object({}),
    result: z.discriminatedUnion('ok', [z.strictObject({ ok, settings: programmeSettingsSchema }), refusedSchema]),
  },
  /** Replaces the settings; values outside the schema are refused by the binding before they reach the host. */
  setProgrammeSettings: {
    params: z.object({ settings: programmeSettingsSchema }),
    result: z.discriminatedUnion('ok', [z.strictObject({ ok, settings: programmeSettingsSchema }), refusedSchema]),
  },
} as const;
