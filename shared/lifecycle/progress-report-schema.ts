// A progress report a county handed in, as the office records it: which county, which report for which period,
// the file (by name and content hash, the file itself lives in the blob store), the day it arrived and what the
// office made of it. Parsed on every read: the kind decides what a period looks like ('2025-Q3' or '2025').
import { z } from 'zod';
import { countyCodeSchema } from '../model/application';
import { sha256HexSchema } from '../files/scores-payload';
import { plainDateSchema, quarterPeriodSchema, yearPeriodSchema } from './progress-calendar';

export const PROGRESS_REPORT_KINDS = ['quarterly', 'annual'] as const;
/** quarterly = 季度工作动态; annual = 年度工作进度报告. */
export type ProgressReportKind = (typeof PROGRESS_REPORT_KINDS)[number];

export const PROGRESS_REPORT_STATUSES = ['received', 'accepted', 'returned'] as const;
/** returned = 退回: sent back to the county, so it does not count until a new report comes in. */
export type ProgressReportStatus = (typeof PROGRESS_REPORT_STATUSES)[number];

const reportFields = {
  county: countyCodeSchema,
  file: z.object({ name: z.string().trim().min(1), sha256: sha256HexSchema }),
  receivedOn: plainDateSchema,
  status: z.enum(PROGRESS_REPORT_STATUSES),
};

export const submittedReportSchema = z.discriminatedUnion('kind', [
  z.object({ ...reportFields, kind: z.literal('quarterly'), period: quarterPeriodSchema }),
  z.object({ ...reportFields, kind: z.literal('annual'), period: yearPeriodSchema }),
]);
export type SubmittedReport = z.output<typeof submittedReportSchema>;
