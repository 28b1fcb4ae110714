// Reading an expert's `.rdsession` as a job of the isolated-worker port (host/ports.ts): opening the zip,
// checking its structure and session.json, and streaming every document into the staging directory, all of
// which touches the container's untrusted bytes, runs wherever the host runs untrusted files (Electron: a
// utilityProcess). The answer hands back session.json's bytes rather than the verified object, so the host
// verifies the signature itself (isolated-session-stage.ts); the documents' hashes are checked again by the
// blob store as it takes them.
import { z } from 'zod';
import { zipLimitOverridesSchema } from '../package/zip-limits-schema';
import type { IsolatedJob, JobContext } from '../host/isolated-job-types';
import type { ImportRefused } from '../package/import-types';
import { readSessionContainer, type ContainerBlob } from './session-container-reader';

export const sessionJobInputSchema = z
  .object({
    path: z.string().min(1),
    stagingDir: z.string().min(1),
    limits: zipLimitOverridesSchema,
    expectedOfficeFingerprint: z.string().optional(),
  })
  .strict();
export type SessionJobInput = z.infer<typeof sessionJobInputSchema>;

export type SessionJobOutput = { ok: true; sessionBytes: Uint8Array; documents: ContainerBlob[] } | ImportRefused;

/** The job's entry: reads and stages the container, reporting progress; a bad container is a refusal, not a throw. */
export async function stageSessionContainerJob(input: unknown, { progress }: JobContext): Promise<SessionJobOutput> {
  const { path, stagingDir, limits, expectedOfficeFingerprint } = sessionJobInputSchema.parse(input);
  const read = await readSessionContainer(path, {
    stagingDir,
    limits,
    onProgress: progress,
    ...(expectedOfficeFingerprint === undefined ? {} : { expectedOfficeFingerprint }),
  });
  return read.ok ? { ok: true, sessionBytes: read.sessionBytes, documents: read.documents } : read;
}

/** The job as the port runs it: named in the registry (host/isolated-jobs.ts) as `stageSessionContainer`. */
export function sessionContainerJobOf(input: SessionJobInput): IsolatedJob {
  return { name: 'stageSessionContainer', input };
}
