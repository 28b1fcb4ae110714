// What passes between the host and the isolated worker (isolated-worker-entry.ts, run in a utilityProcess).
// Both sides parse every message: the host because the worker has just read a hostile file and may be
// anyone's by now, the worker because a message it does not understand must be answered, not guessed at.
import { z } from 'zod';

/** A job's id, unique per process lifetime: the host makes it with randomUUID. */
const idSchema = z.string().min(1).max(64);

/** Host → worker: run the named job (the worker looks the name up in its registry). */
export const runRequestSchema = z.object({ id: idSchema, name: z.string().min(1).max(64), input: z.unknown() }).strict();
/** Host → worker: stop the job with this id (its signal aborts). */
export const cancelRequestSchema = z.object({ id: idSchema, cancel: z.literal(true) }).strict();
export const workerRequestSchema = z.union([runRequestSchema, cancelRequestSchema]);
export type RunRequest = z.infer<typeof runRequestSchema>;
export type WorkerRequest = z.infer<typeof workerRequestSchema>;

export const jobErrorSchema = z.object({ message: z.string().max(10_000), code: z.string().max(200).optional() }).strict();
export type JobError = z.infer<typeof jobErrorSchema>;

/** Worker → host: a progress value of a running job, or its one answer. */
export const workerResponseSchema = z.union([
  z.object({ id: idSchema, progress: z.unknown() }).strict(),
  z.object({ id: idSchema, ok: z.literal(true), output: z.unknown() }).strict(),
  z.object({ id: idSchema, ok: z.literal(false), error: jobErrorSchema }).strict(),
]);
export type WorkerResponse = z.infer<typeof workerResponseSchema>;

/** Codes the worker itself answers with (a job's own errors carry the job's code, if any). */
export const WORKER_ERROR = {
  badRequest: 'isolated.badRequest',
  unknownJob: 'isolated.unknownJob',
  duplicateId: 'isolated.duplicateId',
  unclonable: 'isolated.unclonableOutput',
} as const;
