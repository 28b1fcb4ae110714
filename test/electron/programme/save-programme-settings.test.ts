// Saving the programme's settings across its two files: only what changed is written, the settings file
// first; a register that then cannot be written is reported as a partial save naming the cause, and a
// failure with nothing yet written stays the plain error it is.
import { describe, expect, it } from 'vitest';
import { FileError } from '../../../electron/files/file-error';
import type { ProgrammeFiles } from '../../../electron/programme/programme-files';
import { saveProgrammeSettings } from '../../../electron/programme/save-programme-settings';
import type { ProgrammeSettings } from '../../../shared/contract/programme-spec';
import { emptyCountyRegister, type CountyRegister } from '../../../shared/lifecycle/county-register';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../../../shared/lifecycle/next-due';
import { error } from '../../../shared/problems';

const DISK_FULL = error('crypto.write.diskFull', '/data/programme/county-register.json', { path: '/data/programme/county-register.json' });

/** Programme files kept in memory; `failRegister` makes every register write fail as a full disk does. */
function memoryFiles(failRegister = false) {
  let register: CountyRegister = emptyCountyRegister();
  let file: Pick<ProgrammeSettings, 'quota' | 'reports'> = { quota: null, reports: { quarterlyDueDaysAfterQuarterEnd: 15, annualDueMonthDay: '01-31' } };
  const writes: string[] = [];
  const files: ProgrammeFiles = {
    readRegister: () => Promise.resolve(register),
    writeRegister: (next) => {
      writes.push('register');
      if (failRegister) return Promise.reject(new FileError(DISK_FULL));
      register = next;
      return Promise.resolve();
    },
    readReports: () => Promise.resolve([]),
    writeReports: () => Promise.resolve(),
    readSettings: (from) => Promise.resolve({ ...file, lifecycle: from.settings ?? DEFAULT_LIFECYCLE_SETTINGS }),
    writeSettings: (settings) => {
      writes.push('settings');
      file = { quota: settings.quota, reports: settings.reports };
      return Promise.resolve();
    },
  };
  return { files, writes, current: () => ({ register, file }) };
}

const QUOTA = { countyLevelDivisions: 90, divisionsAsOf: '2025-12-31', capPercent: 40, rounding: 'floor' as const, batches: 3 };

async function settingsOf(files: ProgrammeFiles): Promise<ProgrammeSettings> {
  return files.readSettings(await files.readRegister());
}

describe('saveProgrammeSettings', () => {
  it('writes only the file whose part changed', async () => {
    const { files, writes } = memoryFiles();
    const before = await settingsOf(files);
    expect(await saveProgrammeSettings(files, { ...before, quota: QUOTA })).toMatchObject({ ok: true, settings: { quota: QUOTA } });
    expect(writes).toEqual(['settings']);
    const lifecycle = { ...before.lifecycle, midtermAfterMonths: 18 };
    expect(await saveProgrammeSettings(files, { ...before, quota: QUOTA, lifecycle })).toMatchObject({ ok: true, settings: { lifecycle } });
    expect(writes).toEqual(['settings', 'register']);
    expect(await saveProgrammeSettings(files, { ...before, quota: QUOTA, lifecycle })).toMatchObject({ ok: true });
    expect(writes).toEqual(['settings', 'register']);
  });

  it('says which part was kept when the register cannot be written after the settings file was', async () => {
    const { files, writes, current } = memoryFiles(true);
    const before = await settingsOf(files);
    const saved = await saveProgrammeSettings(files, { ...before, quota: QUOTA, lifecycle: { ...before.lifecycle, midtermAfterMonths: 18 } });
    expect(saved).toEqual({ ok: false, partlySaved: DISK_FULL });
    expect(writes).toEqual(['settings', 'register']);
    expect(current().file.quota).toEqual(QUOTA);
    expect(current().register.settings).toEqual(before.lifecycle);
  });

  it('leaves a failure with nothing written as the error it is', async () => {
    const { files } = memoryFiles(true);
    const before = await settingsOf(files);
    await expect(saveProgrammeSettings(files, { ...before, lifecycle: { ...before.lifecycle, midtermAfterMonths: 18 } })).rejects.toBeInstanceOf(FileError);
  });
});
