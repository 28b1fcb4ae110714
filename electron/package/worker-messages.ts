// What passes between the import worker and the host. The host checks every message against these
// schemas: the worker parses hostile archives, so what it sends back is data to verify, not to trust.
import { z } from 'zod';
import { MESSAGE_KEYS, type MessageKey } from '../../shared/i18n/translate';
import { manifestDocumentSchema, packageManifestSchema } from '../../shared/package/manifest';
import type { Problem } from '../../shared/problems';
import type { ImportProgress, StageOutcome } from './import-types';
import type { ZipLimits } from './zip-limits';

/** The worker's input, as workerData. */
export interface WorkerInput {
  zipPath: string;
  stagingDir: string;
  limits: Partial<ZipLimits>;
}

const messageKeys: ReadonlySet<string> = new Set(MESSAGE_KEYS);
export const messageKeySchema = z.custom<MessageKey>((value) => typeof value === 'string' && messageKeys.has(value));

export const problemSchema: z.ZodType<Problem> = z.object({
  code: messageKeySchema,
  severity: z.enum(['error', 'warning']),
  where: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const progressSchema: z.ZodType<ImportProgress> = z.object({
  stage: z.enum(['reading', 'storing']),
  bytesDone: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
  entry: z.string().nullable(),
});

export const stageOutcomeSchema: z.ZodType<StageOutcome> = z.union([
  z.object({
    ok: z.literal(true),
    manifest: packageManifestSchema,
    documents: z.array(manifestDocumentSchema.extend({ file: z.string().regex(/^doc-\d+$/) })),
    warnings: z.array(problemSchema),
  }),
  z.object({ ok: z.literal(false), code: messageKeySchema, problems: z.array(problemSchema).min(1) }),
]);

export const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: progressSchema }),
  z.object({ type: z.literal('outcome'), outcome: stageOutcomeSchema }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;
