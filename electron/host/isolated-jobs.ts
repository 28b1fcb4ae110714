// The jobs the isolated worker may run, by name. A job is named rather than given as a module URL because a
// bundled build (out/main/*.js) has no source modules to point at: the worker script and the host both
// bundle this registry, and only a name and structured-clonable data cross the process boundary. Each job
// parses its own input (it comes from another process) and the caller parses the output again.
import { stageSessionContainerJob } from '../files/session-container-job';
import { stagePackageJob } from '../package/stage-package-job';
import { readReportFingerprintJob } from '../reports/report-fingerprint-job';
import { readXlsxSheetsJob } from '../standard/xlsx-sheets-job';
import type { JobFunction, JobName } from './isolated-job-types';

export const ISOLATED_JOBS: Readonly<Record<JobName, JobFunction>> = {
  readXlsxSheets: readXlsxSheetsJob,
  stagePackage: stagePackageJob,
  stageSessionContainer: stageSessionContainerJob,
  readReportFingerprint: readReportFingerprintJob,
};

/** Every job name, e.g. for a schema of the messages that name one. */
export const JOB_NAMES = Object.keys(ISOLATED_JOBS) as JobName[];
