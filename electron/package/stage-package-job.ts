// Staging an application package as a job of the isolated-worker port (host/ports.ts): the part that opens
// the county's zip, checks its central directory and entries, reads the manifest and streams each document
// into the staging directory, all of which touches the archive's hostile bytes, runs wherever the host runs
// untrusted files (Electron: a utilityProcess). Its input comes from another process and is parsed here; its
// answer and progress come from a process that parsed a hostile archive and are parsed again by the caller
// (isolated-stage.ts).
import { z } from 'zod';
import { zipLimitOverridesSchema } from './zip-limits-schema';
import type { IsolatedJob, JobContext } from '../host/isolated-job-types';
import type { StageOutcome } from './import-types';
import { stagePackage } from './stage-package';
import type { ZipLimits } from './zip-limits';

export const stageJobInputSchema = z.object({
  zipPath: z.string().min(1),
  stagingDir: z.string().min(1),
  limits: zipLimitOverridesSchema,
});
export type StageJobInput = z.infer<typeof stageJobInputSchema>;

/** The job's entry: stages the package, reporting each progress step; never throws for a bad package. */
export async function stagePackageJob(input: unknown, { progress }: JobContext): Promise<StageOutcome> {
  const { zipPath, stagingDir, limits } = stageJobInputSchema.parse(input);
  return stagePackage(zipPath, stagingDir, { limits, onProgress: progress });
}

/** The job as the port runs it: named in the registry (host/isolated-jobs.ts) as `stagePackage`. */
export function stagePackageJobOf(zipPath: string, stagingDir: string, limits: Partial<ZipLimits> = {}): IsolatedJob {
  const input: StageJobInput = { zipPath, stagingDir, limits };
  return { name: 'stagePackage', input };
}
