// The programme's three files in the data directory (data-layout.ts): the county register (signed with the
// office key, signed-register.ts), the progress reports and the settings. Each is parsed with its schema on every read — a missing file is the empty start,
// a damaged one is refused (ProgrammeFileDamaged), never reset — and written with the verified write (temp,
// fsync, rename, read back and parse again). Writers run one at a time per data directory (withProgramme).
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { programmeSettingsSchema, storedProgressReportSchema, type ProgrammeSettings, type StoredProgressReport } from '../../shared/contract/programme-spec';
import { emptyCountyRegister, type CountyRegister } from '../../shared/lifecycle/county-register';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../../shared/lifecycle/next-due';
import type { SigningKey } from '../../shared/crypto/signer';
import { error, type Problem } from '../../shared/problems';
import { canonicalJson } from '../../shared/util/canonical-json';
import { exclusive } from '../exchange/exclusive';
import { detailOf, errnoCode, FileError } from '../files/file-error';
import { writeFileVerified } from '../files/write-verified';
import { countyRegisterPathOf, programmeDirOf, programmeSettingsPathOf, progressReportsPathOf } from '../host/data-layout';
import { ProgrammeFileDamaged } from './programme-file-error';
import { readSignedRegister, signedRegisterBytes } from './signed-register';

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

type Parse<T> = (bytes: Uint8Array) => { ok: true; value: T } | { ok: false; problems: Problem[] };

/** A plain JSON file checked with its schema. */
const jsonParse =
  <T>(schema: z.ZodType<T>): Parse<T> =>
  (bytes) => {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return { ok: false, problems: [error('programme.file.notJson', 'file')] };
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, value: parsed.data };
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || '/'}: ${issue.message}`).join('; ');
    return { ok: false, problems: [error('programme.file.invalid', 'file', { detail })] };
  };

async function readChecked<T>(path: string, parse: Parse<T>, empty: () => T): Promise<T> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    if (errnoCode(cause) === 'ENOENT') return empty();
    throw new FileError(error('programme.file.cannotRead', path, { path, detail: detailOf(cause) }), cause);
  }
  const parsed = parse(bytes);
  if (!parsed.ok) throw new ProgrammeFileDamaged(path, parsed.problems);
  return parsed.value;
}

/** Written whole and read back through the same parse the next read will use. */
async function writeChecked<T>(path: string, bytes: Uint8Array, parse: Parse<T>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileVerified(path, bytes, (readBack) => parse(readBack).ok, { mode: 0o600 });
}

const jsonBytes = (value: unknown): Uint8Array => new TextEncoder().encode(`${canonicalJson(value)}\n`);

/** Who keeps the files: the register is signed with this key and must carry its signature when read. */
export interface ProgrammeOffice {
  signer: SigningKey;
  fingerprint: string;
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

export function programmeFiles(dataDir: string, office: ProgrammeOffice): ProgrammeFiles {
  const registerPath = countyRegisterPathOf(dataDir);
  const reportsPath = progressReportsPathOf(dataDir);
  const settingsPath = programmeSettingsPathOf(dataDir);
  const parseReports = jsonParse(progressReportsFileSchema);
  const parseSettings = jsonParse(programmeSettingsFileSchema);
  const parseRegister: Parse<CountyRegister> = (bytes) => {
    const read = readSignedRegister(bytes, office.fingerprint);
    return read.ok ? { ok: true, value: read.register } : read;
  };

  return {
    readRegister: () => readChecked(registerPath, parseRegister, emptyCountyRegister),
    writeRegister: (register) => writeChecked(registerPath, signedRegisterBytes(register, office.signer), parseRegister),
    readReports: async () => (await readChecked(reportsPath, parseReports, () => ({ format: PROGRESS_REPORTS_FORMAT, formatVersion: 1 as const, reports: [] }))).reports,
    writeReports: (reports) => writeChecked(reportsPath, jsonBytes({ format: PROGRESS_REPORTS_FORMAT, formatVersion: 1, reports }), parseReports),
    async readSettings(register) {
      const file = await readChecked(settingsPath, parseSettings, emptySettingsFile);
      return { quota: file.quota, lifecycle: register.settings ?? { ...DEFAULT_LIFECYCLE_SETTINGS }, reports: file.reports };
    },
    async writeSettings(settings) {
      await writeChecked(settingsPath, jsonBytes({ format: PROGRAMME_SETTINGS_FORMAT, formatVersion: 1, quota: settings.quota, reports: settings.reports }), parseSettings);
    },
  };
}

/** Runs `task` alone among the programme tasks of this data directory: a read-modify-write never interleaves. */
export const withProgramme = <T>(dataDir: string, task: () => Promise<T>): Promise<T> => exclusive(`programme:${programmeDirOf(dataDir)}`, task);
