// The shapes of isolated jobs, apart from the registry (isolated-jobs.ts) so the jobs themselves can name
// them without importing the registry that imports them.

/** Every job the isolated worker knows; the registry must have exactly these. */
export type JobName = 'readXlsxSheets' | 'stagePackage' | 'stageSessionContainer' | 'readReportFingerprint';

/**
 * A job for the isolated worker: a name from the registry and its input, structured-clonable. A name, not a
 * module URL: a bundled build has no source modules to point a URL at.
 */
export interface IsolatedJob {
  name: JobName;
  input: unknown;
}

export interface JobContext {
  /** Aborted when the caller gives up (cancel, timeout); a job that can stop early should. */
  signal: AbortSignal;
  /** Sends a progress value to the caller (structured-clonable); the caller parses it. */
  progress(value: unknown): void;
}

export type JobFunction = (input: unknown, context: JobContext) => Promise<unknown>;

export type JobRegistry = Readonly<Record<string, JobFunction>>;
