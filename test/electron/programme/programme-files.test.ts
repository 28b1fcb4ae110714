// The programme's files: a missing file is the empty start, a damaged one is refused (never reset), a write is
// read back through the schema, and read-modify-writes under withProgramme never lose one another's change.
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countyRegisterPathOf, progressReportsPathOf } from '../../../electron/host/data-layout';
import { ProgrammeFileDamaged } from '../../../electron/programme/programme-file-error';
import { programmeFiles, withProgramme } from '../../../electron/programme/programme-files';
import { newCountyEntry } from '../../../shared/lifecycle/county-entry';

const dataDir = () => mkdtemp(join(tmpdir(), 'rd-programme-files-'));

const county = (code: string) => newCountyEntry({ code, name: `县${code}`, city: '某市', batch: 1, povertyAlleviated: false });

describe('programmeFiles', () => {
  it('starts empty when nothing was written yet, with the default settings', async () => {
    const files = programmeFiles(await dataDir());
    const register = await files.readRegister();
    expect(register.counties).toEqual([]);
    expect(await files.readReports()).toEqual([]);
    expect(await files.readSettings(register)).toEqual({
      quota: null,
      lifecycle: { creationPeriodMonths: 24, midtermAfterMonths: 12, recheckIntervalMonths: 36 },
      reports: { quarterlyDueDaysAfterQuarterEnd: 15, annualDueMonthDay: '01-31' },
    });
  });

  it('writes the register and reads it back', async () => {
    const dir = await dataDir();
    const files = programmeFiles(dir);
    const register = await files.readRegister();
    await files.writeRegister({ ...register, counties: [county('130102')] });
    expect((await files.readRegister()).counties.map((c) => c.code)).toEqual(['130102']);
  });

  it('refuses a file of the wrong format instead of starting over', async () => {
    const dir = await dataDir();
    await mkdir(dirname(progressReportsPathOf(dir)), { recursive: true });
    await writeFile(progressReportsPathOf(dir), JSON.stringify({ format: 'review-desk/progress-reports', formatVersion: 1, reports: [{ id: 'x' }] }));
    await expect(programmeFiles(dir).readReports()).rejects.toBeInstanceOf(ProgrammeFileDamaged);
    await writeFile(countyRegisterPathOf(dir), '{"format":');
    await expect(programmeFiles(dir).readRegister()).rejects.toMatchObject({ path: countyRegisterPathOf(dir) });
  });

  it('never loses a change when read-modify-writes run together', async () => {
    const dir = await dataDir();
    const files = programmeFiles(dir);
    const codes = ['130101', '130102', '130103', '130104', '130105'];
    await Promise.all(
      codes.map((code) =>
        withProgramme(dir, async () => {
          const register = await files.readRegister();
          await files.writeRegister({ ...register, counties: [...register.counties, county(code)] });
        }),
      ),
    );
    const stored = JSON.parse(await readFile(countyRegisterPathOf(dir), 'utf8')) as { counties: { code: string }[] };
    expect(stored.counties.map((c) => c.code).sort()).toEqual(codes);
  });
});
