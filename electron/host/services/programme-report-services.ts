// The programme's reports through the host API (shared/contract/programme-reports-spec.ts): the overview
// workbook and a county's timeline PDF, made from the programme's files as read under the programme's lock (so
// a transition recorded meanwhile is either wholly in the report or not at all) and written outside it (a slow
// USB stick must not hold up the register). Like every programme method they need this machine's office key:
// the register is signed with it and is read only with it.
import { PROGRAMME_REPORTS_NO_QUOTA, PROGRAMME_REPORTS_UNKNOWN_COUNTY } from '../../../shared/contract/programme-reports-spec';
import type { Locale } from '../../../shared/i18n/translate';
import { beijingDateOf } from '../../programme/beijing-today';
import { ProgrammeFileDamaged } from '../../programme/programme-file-error';
import { programmeFiles, withProgramme } from '../../programme/programme-files';
import { overviewBytes, overviewInput, timelineBytes, timelineInput, type ProgrammeSnapshot } from '../../programme/programme-report-bytes';
import { overviewFileName, timelineFileName } from '../../programme/programme-report-names';
import { writeProgrammeReport } from '../../programme/write-programme-report';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { officeAccess } from './office-access';
import { refusal, type Refusal } from './refusal';

/** The steps each writing reports, for the progress bar: read the files, make the report, write and check it. */
const STEPS = 3;

export function programmeReportServices(context: HostContext): Pick<HostServices, 'writeProgrammeOverview' | 'writeCountyTimeline'> {
  const { officeKey, onWorkspace } = officeAccess(context);

  /** The programme's files as they are now, read with the office key under the lock; or the refusal saying why not. */
  async function snapshot(locale: Locale): Promise<ProgrammeSnapshot | Refusal> {
    const loaded = await officeKey(locale);
    if ('ok' in loaded) return loaded;
    const files = programmeFiles(context.dataDir, { signer: loaded.signer, fingerprint: loaded.identity.fingerprint });
    const now = context.now();
    return withProgramme(context.dataDir, async () => {
      try {
        const register = await files.readRegister();
        return { register, settings: await files.readSettings(register), reports: await files.readReports(), today: beijingDateOf(now), generatedAt: now.toISOString() };
      } catch (cause) {
        if (cause instanceof ProgrammeFileDamaged) return refusal(locale, 'programme.file.damaged', { path: cause.path }, cause.problems);
        throw cause;
      }
    });
  }

  return {
    writeProgrammeOverview: async ({ folder }, call) => {
      const { locale } = call;
      // A file that cannot be read, a folder that cannot be made, a disk that refuses the write: each a FileError
      // whose refusal names the file or folder and says what to do.
      return onWorkspace(locale, async () => {
        call.progress(0, STEPS);
        const read = await snapshot(locale);
        if ('ok' in read) return read;
        const quota = read.settings.quota;
        if (quota === null) return refusal(locale, PROGRAMME_REPORTS_NO_QUOTA);
        call.progress(1, STEPS);
        const report = await overviewBytes(overviewInput(read, quota), locale);
        const name = overviewFileName(locale, read.today);
        call.progress(2, STEPS, name);
        const written = await writeProgrammeReport(folder, name, report);
        call.progress(STEPS, STEPS, name);
        return { ok: true as const, ...written };
      });
    },

    writeCountyTimeline: async ({ code, folder }, call) => {
      const { locale } = call;
      return onWorkspace(locale, async () => {
        call.progress(0, STEPS);
        const read = await snapshot(locale);
        if ('ok' in read) return read;
        const county = read.register.counties.find((entry) => entry.code === code);
        if (county === undefined) return refusal(locale, PROGRAMME_REPORTS_UNKNOWN_COUNTY, { code });
        call.progress(1, STEPS);
        const report = await timelineBytes(timelineInput(read, county), locale);
        const name = timelineFileName(locale, county, read.today);
        call.progress(2, STEPS, name);
        const written = await writeProgrammeReport(folder, name, report);
        call.progress(STEPS, STEPS, name);
        return { ok: true as const, ...written };
      });
    },
  };
}
