// The demonstration-county programme through the host API (shared/contract/programme-spec.ts): the county
// register, its transitions, the quota and the progress reports, kept in the data directory's programme/
// folder (electron/programme/). Every method needs this machine's office key: the recorder of a transition is
// that key's owner, and the register is signed with it. Every change is a read-modify-write under the programme's lock, and a refused change
// writes nothing.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { StoredProgressReport } from '../../../shared/contract/programme-spec';
import { translate, type Locale, type MessageKey } from '../../../shared/i18n/translate';
import { newCountyEntry, type CountyEntry } from '../../../shared/lifecycle/county-entry';
import { withCountyEntry } from '../../../shared/lifecycle/county-register';
import { plainDateSchema } from '../../../shared/lifecycle/progress-calendar';
import { submittedReportSchema, type ProgressReportKind } from '../../../shared/lifecycle/progress-report-schema';
import { applyTransition } from '../../../shared/lifecycle/transitions';
import type { TransitionEvent } from '../../../shared/lifecycle/transition-events';
import { countyCodeSchema } from '../../../shared/model/application';
import { error, type Problem } from '../../../shared/problems';
import { beijingDateOf } from '../../programme/beijing-today';
import { ProgrammeFileDamaged } from '../../programme/programme-file-error';
import { programmeFiles, withProgramme, type ProgrammeFiles } from '../../programme/programme-files';
import { saveProgrammeSettings } from '../../programme/save-programme-settings';
import { countyOverview, overdueOverview, quotaOverview, stateLabel } from '../../programme/programme-overview';
import { hashStream } from '../../store/hash-stream';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { officeAccess } from './office-access';
import { removeIfUpload } from '../uploads';
import { refusal, type Refusal } from './refusal';

type ProgrammeMethods =
  | 'programmeOverview'
  | 'addCounties'
  | 'recordTransition'
  | 'recordProgressReport'
  | 'setProgressReportStatus'
  | 'programmeSettings'
  | 'setProgrammeSettings';

/** The programme has three batches (work plan §五); the register's schema allows no other. */
const BATCHES = 3;

type NewCounty = Pick<CountyEntry, 'code' | 'name' | 'city' | 'batch' | 'povertyAlleviated'>;

/** What is wrong with the counties to add, against the register and among themselves; empty when all may go in. */
function newCountyProblems(existing: readonly CountyEntry[], counties: readonly NewCounty[]): Problem[] {
  const problems: Problem[] = [];
  const known = new Map(existing.map((county) => [county.code, county.name]));
  const seen = new Set<string>();
  for (const [index, county] of counties.entries()) {
    const where = `counties[${index}]`;
    const who = { code: county.code, name: county.name };
    if (!countyCodeSchema.safeParse(county.code).success) problems.push(error('programme.addCounties.badCode', where, who));
    if (county.name.trim() === '' || county.city.trim() === '') problems.push(error('programme.addCounties.missingName', where, who));
    if (county.batch < 1 || county.batch > BATCHES) problems.push(error('programme.addCounties.badBatch', where, { ...who, batch: county.batch, batches: BATCHES }));
    const listedAs = known.get(county.code);
    if (listedAs !== undefined) problems.push(error('programme.addCounties.alreadyListed', where, { ...who, listedAs }));
    else if (seen.has(county.code)) problems.push(error('programme.addCounties.listedTwice', where, who));
    seen.add(county.code);
  }
  return problems;
}

interface ReportToRecord {
  county: string;
  kind: ProgressReportKind;
  period: string;
  receivedOn: string;
  path: string;
  /** The name the record keeps for the file. */
  name: string;
}

export function programmeServices(context: HostContext): Pick<HostServices, ProgrammeMethods> {
  const { officeKey, onWorkspace } = officeAccess(context);
  const today = (): string => beijingDateOf(context.now());

  /** With the office key, under the programme's lock; a damaged or unreadable file becomes the refusal naming it. */
  async function asOffice<T>(locale: Locale, work: (files: ProgrammeFiles, office: { name: string; fingerprint: string }) => Promise<T>): Promise<T | Refusal> {
    const loaded = await officeKey(locale);
    if ('ok' in loaded) return loaded;
    const files = programmeFiles(context.dataDir, { signer: loaded.signer, fingerprint: loaded.identity.fingerprint });
    return onWorkspace(locale, () =>
      withProgramme(context.dataDir, async () => {
        try {
          return await work(files, loaded.identity);
        } catch (cause) {
          if (cause instanceof ProgrammeFileDamaged) return refusal(locale, 'programme.file.damaged', { path: cause.path }, cause.problems);
          throw cause;
        }
      }),
    );
  }

  function recordReport(locale: Locale, { county, kind, period, receivedOn, path, name }: ReportToRecord) {
    return asOffice(locale, async (files) => {
      const register = await files.readRegister();
      if (!register.counties.some((entry) => entry.code === county)) return refusal(locale, 'programme.report.unknownCounty', { code: county });
      const day = today();
      if (receivedOn > day) return refusal(locale, 'programme.report.receivedInFuture', { date: receivedOn, today: day });
      const isFile = await stat(path).then((s) => s.isFile(), () => false);
      if (!isFile) return refusal(locale, 'programme.report.fileMissing', { path });
      const { sha256 } = await hashStream(createReadStream(path));
      const candidate = submittedReportSchema.safeParse({ county, kind, period, receivedOn, status: 'received', file: { name, sha256 } });
      if (!candidate.success) {
        const badDate = !plainDateSchema.safeParse(receivedOn).success;
        return refusal(locale, badDate ? 'programme.report.badDate' : kind === 'quarterly' ? 'programme.report.badQuarter' : 'programme.report.badYear', { period, date: receivedOn });
      }
      // The copy goes into the store before the record names it, so a record never points at a missing file.
      await (await context.blobStore()).putFile(path, sha256);
      const stored: StoredProgressReport = { id: randomUUID(), report: candidate.data };
      await files.writeReports([...(await files.readReports()), stored]);
      return { ok: true as const, report: stored };
    });
  }

  return {
    programmeOverview: async (_params, { locale }) =>
      asOffice(locale, async (files) => {
        const register = await files.readRegister();
        const settings = await files.readSettings(register);
        const reports = await files.readReports();
        const day = today();
        return {
          ok: true as const,
          today: day,
          counties: register.counties.map((entry) => countyOverview(locale, entry, day, settings)),
          quota: quotaOverview(locale, register, settings),
          reports,
          ...overdueOverview(locale, register, reports, day, settings),
          settings,
        };
      }),

    addCounties: async ({ counties }, { locale }) =>
      asOffice(locale, async (files) => {
        const register = await files.readRegister();
        const trimmed = counties.map((county) => ({ ...county, code: county.code.trim(), name: county.name.trim(), city: county.city.trim() }));
        const problems = newCountyProblems(register.counties, trimmed);
        if (problems.length > 0) return refusal(locale, 'programme.addCounties.refused', { count: problems.length }, problems);
        const added = trimmed.map((county) => newCountyEntry(county));
        await files.writeRegister({ ...register, counties: [...register.counties, ...added] });
        return { ok: true as const, counties: added };
      }),

    recordTransition: async ({ code, event }, { locale }) =>
      asOffice(locale, async (files, office) => {
        const register = await files.readRegister();
        const entry = register.counties.find((county) => county.code === code.trim());
        if (entry === undefined) return refusal(locale, 'programme.transition.unknownCounty', { code });
        // The recorder is this machine's office key, whatever the caller might have wished to send.
        const recorded = { ...event, recordedBy: { name: office.name, keyFingerprint: office.fingerprint } } as TransitionEvent;
        const result = applyTransition(entry, recorded, { today: today() });
        if (!result.ok) return refusal(locale, result.code, result.params);
        const next = withCountyEntry(register, result.entry);
        if (next === undefined) return refusal(locale, 'programme.transition.unknownCounty', { code });
        await files.writeRegister(next);
        return {
          ok: true as const,
          entry: result.entry,
          stateLabel: stateLabel(locale, result.entry.state),
          warnings: result.warnings.map((key: MessageKey) => translate(locale, key)),
        };
      }),

    recordProgressReport: async ({ county, kind, period, receivedOn, path, fileName }, { locale }) => {
      try {
        return await recordReport(locale, { county, kind, period, receivedOn, path, name: fileName ?? basename(path) });
      } finally {
        await removeIfUpload(context.dataDir, path);
      }
    },

    setProgressReportStatus: async ({ id, status }, { locale }) =>
      asOffice(locale, async (files) => {
        const reports = await files.readReports();
        const index = reports.findIndex((stored) => stored.id === id);
        const found = reports[index];
        if (found === undefined) return refusal(locale, 'programme.report.unknownReport', { id });
        const changed: StoredProgressReport = { ...found, report: { ...found.report, status } };
        await files.writeReports(reports.with(index, changed));
        return { ok: true as const, report: changed };
      }),

    programmeSettings: async (_params, { locale }) =>
      asOffice(locale, async (files) => ({ ok: true as const, settings: await files.readSettings(await files.readRegister()) })),

    setProgrammeSettings: async ({ settings }, { locale }) =>
      asOffice(locale, async (files) => {
        const saved = await saveProgrammeSettings(files, settings);
        return saved.ok ? { ok: true as const, settings: saved.settings } : refusal(locale, 'programme.settings.partlySaved', {}, [saved.partlySaved]);
      }),
  };
}
