// The office's "Collect" and "Decide" through the host API (issue #6): import experts' scores files into a
// session's workspace, see who has handed in what, read the panel's results, and list the sessions this
// office has sent out. Every method reads the session from the signed `.rdsession` the office exported
// (`<dataDir>/sessions/<dir>/session.rdsession`), never from a draft. Spread into `hostApiSpec`.
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';
import { FILE_OUTCOME_CODES } from '../office/file-outcomes';
import { PROGRESS_CELLS } from '../office/progress-matrix';
import { RECOMMENDATIONS } from '../scoring/score-sheet';
import { stageSchema } from '../standard/schema';
import { panelResultsSchema } from './panel-results-schema';
import { codedRefusalSchema as refusedSchema, sessionIdSchema } from './office-common-schemas';

/** What became of one file: the import's outcomes, plus `alreadyHeld` for bytes a folder scan recognised. */
export const COLLECT_OUTCOMES = [...FILE_OUTCOME_CODES, 'alreadyHeld'] as const;
export type CollectOutcome = (typeof COLLECT_OUTCOMES)[number];

const fileResultSchema = z.strictObject({
  /** The path as given, or the file's path inside a given folder. */
  path: z.string(),
  fileName: z.string(),
  outcome: z.enum(COLLECT_OUTCOMES),
  expertId: z.string().optional(),
  sequence: z.number().int().positive().optional(),
  exportHash: sha256HexSchema.optional(),
  /** What happened and, when refused, what to do, in the caller's language. */
  message: z.string(),
});

const sessionFactsSchema = z.strictObject({
  sessionId: z.string(),
  name: z.string(),
  stage: stageSchema,
  batch: z.number().int().positive().optional(),
  createdAt: z.string(),
});

const latestExportSchema = z.strictObject({
  expertId: z.string(),
  sequence: z.number().int().positive(),
  exportHash: sha256HexSchema,
  signerFingerprint: sha256HexSchema,
  createdAt: z.string(),
  importedAt: z.string().nullable(),
  sheets: z.number().int().nonnegative(),
});

const opinionSchema = z.strictObject({ strengths: z.string(), problems: z.string(), suggestions: z.string() });

export const officeCollectSpec = {
  /**
   * Imports experts' `.rdscores`: files, or folders scanned as the sync folder is (bytes taken in before are
   * `alreadyHeld`, not read again). One line per file, in the order given; loose files given one after another
   * form one batch, checked in order (the same file twice: the second is a duplicate). Only accepted files
   * change what is stored; a refused one changes nothing. `enrol` adds keys the session file did not carry
   * (compared aloud first); a key already seen on an accepted export of that expert stays enrolled. Progress
   * runs over the files. Files under the data directory's uploads are removed afterwards, whatever the outcome.
   */
  importScores: {
    params: z.object({
      sessionId: sessionIdSchema,
      paths: z.array(z.string().min(1).max(4096)).min(1).max(2000),
      enrol: z.array(z.object({ expertId: z.string().min(1), fingerprint: sha256HexSchema })).max(500).default([]),
    }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        files: z.array(fileResultSchema),
        summary: z.strictObject({
          total: z.number().int().nonnegative(),
          /** Every outcome, zero included. */
          counts: z.record(z.enum(COLLECT_OUTCOMES), z.number().int().nonnegative()),
          /** Files that were neither taken in nor held before: each has something for the clerk to put right. */
          refused: z.number().int().nonnegative(),
          message: z.string(),
        }),
      }),
      refusedSchema,
    ]),
  },
  /**
   * The session as the office sent it, with who has handed in what: a matrix of experts × applications from
   * each expert's latest accepted export, the latest exports, and who still owes which applications.
   */
  officeSessionOverview: {
    params: z.object({ sessionId: sessionIdSchema }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        session: sessionFactsSchema.extend({
          officeFingerprint: sha256HexSchema,
          standardTitle: z.string(),
          standardFingerprint: sha256HexSchema,
          /** False: the session carries no quota: a graded stage (results without a list), or a qualification session officeResults refuses. */
          hasQuota: z.boolean(),
        }),
        roster: z.array(
          z.strictObject({
            expertId: z.string(),
            name: z.string(),
            organisation: z.string(),
            title: z.string(),
            city: z.string(),
            /** The key the session file enrolled; null when the expert was enrolled at import, or not yet. */
            keyFingerprint: sha256HexSchema.nullable(),
          }),
        ),
        applications: z.array(
          z.strictObject({
            id: z.string(),
            countyName: z.string(),
            countyCode: z.string(),
            city: z.string(),
            poverty: z.boolean(),
            excludedByOffice: z.boolean(),
          }),
        ),
        /** `rows[i].cells[j]` is roster[i] on applications[j]. */
        matrix: z.strictObject({
          applicationIds: z.array(z.string()),
          rows: z.array(z.strictObject({ expertId: z.string(), cells: z.array(z.enum(PROGRESS_CELLS)), owes: z.array(z.string()) })),
          latestExports: z.array(latestExportSchema),
          complete: z.boolean(),
        }),
      }),
      refusedSchema,
    ]),
  },
  /**
   * The panel's results from each expert's latest accepted export (as the reports compute them), with each
   * deviation flag's explanation in the expert's words. A session without a quota (a stage that grades each
   * county) has results with a null quota and suggestion list. Refused when a qualification session has no
   * quota or no export has been accepted yet.
   */
  officeResults: {
    params: z.object({ sessionId: sessionIdSchema }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        results: panelResultsSchema,
        deviations: z.array(
          z.strictObject({
            applicationId: z.string(),
            countyName: z.string(),
            expertId: z.string(),
            total: z.number().nullable(),
            aggregate: z.number().nullable(),
            difference: z.number().nullable(),
            z: z.number().nullable(),
            opinion: opinionSchema,
            comments: z.record(z.string(), z.string()),
            recommendation: z.enum(RECOMMENDATIONS).nullable(),
          }),
        ),
        /** The exports the results were computed from (one per expert). */
        exports: z.array(latestExportSchema),
        /** The reports' data fingerprint of these results: what a signed suggestion list is bound to. */
        dataFingerprint: sha256HexSchema,
      }),
      refusedSchema,
    ]),
  },
  /**
   * The sessions this office has sent out (a session file signed by this office's key in the data
   * directory), newest first. A session file that cannot be read, or that another key signed, is listed
   * with what is wrong rather than failing the list.
   */
  listOfficeSessions: {
    params: z.object({}),
    result: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        sessions: z.array(
          z.discriminatedUnion('ok', [
            sessionFactsSchema.extend({ ok: z.literal(true), folder: z.string(), acceptedExports: z.number().int().nonnegative(), experts: z.number().int().positive() }),
            z.strictObject({ ok: z.literal(false), folder: z.string(), code: z.string(), messages: z.array(z.string()).min(1) }),
          ]),
        ),
      }),
      refusedSchema,
    ]),
  },
} as const;
