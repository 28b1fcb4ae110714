// The programme's three files in the data directory (data-layout.ts): the county register, the progress
// reports and the settings. Each is parsed with its schema on every read — a missing file is the empty start,
// a damaged one is refused (ProgrammeFileDamaged), never reset — and written with the verified write (temp,
// fsync, rename, read back and parse again). Writers run one at a time per data directory (withProgramme).
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { programmeSettingsSchema, storedProgressReportSchema, type ProgrammeSettings, type StoredProgressReport } from '../../shared/contract/programme-spec';
import { emptyCountyRegister, parseCountyRegister, type CountyRegister } from '../../shared/lifecycle/county-register';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../../shared/lifecycle/next-due';
import { error, type Problem } from '../../shared/problems';
import { canonicalJson } from '../../shared/util/canonical-json';
import { exclusive } from '../exchange/exclusive';
import { detailOf, errnoCode, FileError } from '../files/file-error';
import { writeFileVerified } from '../files/write-verified';
import { countyRegisterPathOf, programmeDirOf, programmeSettingsPathOf, progressReportsPathOf } from '../host/data-layout';
import { ProgrammeFileDamaged } from './programme-file-error';

export const PROGRESS_REPORTS_FORMAT = 'review-desk/progress-reports' as const;
export const PROGRAMME_SETTINGS_FORMAT = 'review-desk/programme-settings' as const;

const progressReportsFileSchema = z.strictObject({
  format: z.literal(PROGRESS_REPORTS_FORMAT),
  formatVersion: z.literal(1),
  reports: z.array(storedProgressReportSchema),
});

/** Quota and report deadlines; the lifecycle intervals live in the register itself (county-register.ts). */
const programmeSettingsFileSchema = z.strictObject({
  format: z.literal(PROGRAMME_SETTINGS_FORMAT),
  formatVersion: z.literal(1),
  quota: programmeSettingsSchema.shape.quota,
  reports: programmeSettingsSchema.shape.reports,
});
type SettingsFile = z.output<typeof programmeSettingsFileSchema>;

type Parse<T> = (input: unknown) => { ok: true; value: T } | { ok: false; problems: Problem[] };

const zodParse =
  <T>(schema: z.ZodType<T>): Parse<T> =>
  (input) => {
    const parsed = schema.safeParse(input);
    if (parsed.success) return { ok: true, value: parsed.data };
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || '/'}: ${issue.message}`).join('; ');
    return { ok: false, problems: [error('programme.file.invalid', 'file', { detail })] };
  };

const parseRegister: Parse<CountyRegister> = (input) => {
  const parsed = parseCountyRegister(input);
  return parsed.ok ? { ok: true, value: parsed.register } : { ok: false, problems: parsed.problems };
};

async function readChecked<T>(path: string, parse: Parse<T>, empty: () => T): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    if (errnoCode(cause) === 'ENOENT') return empty();
    throw new FileError(error('programme.file.cannotRead', path, { path, detail: detailOf(cause) }), cause);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProgrammeFileDamaged(path, [error('programme.file.notJson', 'file')]);
  }
  const parsed = parse(json);
  if (!parsed.ok) throw new ProgrammeFileDamaged(path, parsed.problems);
  return parsed.value;
}

async function writeChecked<T>(path: string, value: T, parse: Parse<T>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const bytes = new TextEncoder().encode(`${canonicalJson(value)}\n`);
  await writeFileVerified(path, bytes, (readBack) => parse(JSON.parse(new TextDecoder().decode(readBack))).ok, { mode: 0o600 });
}

export interface ProgrammeFiles {
  readRegister(): Promise<CountyRegister>;
  writeRegister(register: CountyRegister): Promise<void>;
  readReports(): Promise<StoredProgressReport[]>;
  writeReports(reports: readonly StoredProgressReport[]): Promise<void>;
  /** The settings as the contract shows them: the file's quota and deadlines, the register's intervals. */
  readSettings(register: CountyRegister): Promise<ProgrammeSettings>;
  writeSettings(settings: ProgrammeSettings): Promise<void>;
}

const emptySettingsFile = (): SettingsFile => ({ format: PROGRAMME_SETTINGS_FORMAT, formatVersion: 1, quota: null, reports: programmeSettingsSchema.shape.reports.parse({}) });

export function programmeFiles(dataDir: string): ProgrammeFiles {
  const registerPath = countyRegisterPathOf(dataDir);
  const reportsPath = progressReportsPathOf(dataDir);
  const settingsPath = programmeSettingsPathOf(dataDir);
  const parseReports = zodParse(progressReportsFileSchema);
  const parseSettings = zodParse(programmeSettingsFileSchema);

  return {
    readRegister: () => readChecked(registerPath, parseRegister, emptyCountyRegister),
    writeRegister: (register) => writeChecked(registerPath, register, parseRegister),
    readReports: async () => (await readChecked(reportsPath, parseReports, () => ({ format: PROGRESS_REPORTS_FORMAT, formatVersion: 1 as const, reports: [] }))).reports,
    writeReports: (reports) => writeChecked(reportsPath, { format: PROGRESS_REPORTS_FORMAT, formatVersion: 1 as const, reports: [...reports] }, parseReports),
    async readSettings(register) {
      const file = await readChecked(settingsPath, parseSettings, emptySettingsFile);
      return { quota: file.quota, lifecycle: register.settings ?? { ...DEFAULT_LIFECYCLE_SETTINGS }, reports: file.reports };
    },
    async writeSettings(settings) {
      await writeChecked(settingsPath, { format: PROGRAMME_SETTINGS_FORMAT, formatVersion: 1 as const, quota: settings.quota, reports: settings.reports }, parseSettings);
    },
  };
}

/** Runs `task` alone among the programme tasks of this data directory: a read-modify-write never interleaves. */
export const withProgramme = <T>(dataDir: string, task: () => Promise<T>): Promise<T> => exclusive(`programme:${programmeDirOf(dataDir)}`, task);
