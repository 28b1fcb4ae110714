// What the report worker (render-worker-entry.ts) and the host say to each other. The input is the report
// source, the locale, the generation time, the kinds and the signed list when the reports carry one; the worker answers with the data fingerprint, then
// progress and each report's bytes as it is done. Messages from the worker are parsed, not trusted.
import { z } from 'zod';
import type { Locale } from '../../shared/i18n/translate';
import { REPORT_KINDS, type ReportKind } from '../../shared/reports/report-files';
import type { ReportSignedList } from '../../shared/reports/report-signed-list';
import type { ReportSource } from '../../shared/reports/report-source';

export interface RenderWorkerInput {
  source: ReportSource;
  locale: Locale;
  generatedAt: string;
  kinds: readonly ReportKind[];
  /** The signed suggestion list the reports carry; parsed again in the worker (reportSignedListSchema). */
  signedList?: ReportSignedList;
}

const kindSchema = z.enum(REPORT_KINDS);

export const renderWorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('data'), dataFingerprint: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.object({ type: z.literal('progress'), kind: kindSchema, fraction: z.number().min(0).max(1) }),
  z.object({ type: z.literal('rendered'), kind: kindSchema, bytes: z.instanceof(Uint8Array) }),
]);
export type RenderWorkerMessage = z.infer<typeof renderWorkerMessageSchema>;
