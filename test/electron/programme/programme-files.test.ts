// The programme's files: a missing file is the empty start, a damaged one is refused (never reset), a write is
// read back through the schema, and read-modify-writes under withProgramme never lose one another's change.
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countyRegisterPathOf, progressReportsPathOf } from '../../../electron/host/data-layout';
import { ProgrammeFileDamaged } from '../../../electron/programme/programme-file-error';
import { programmeFiles, withProgramme } from '../../../electron/programme/programme-files';
import { signedRegisterBytes } from '../../../electron/programme/signed-register';
import { publicKeyFingerprint } from '../../../shared/crypto/keys';
import { signerFromSeed } from '../../../shared/crypto/signer';
import { emptyCountyRegister } from '../../../shared/lifecycle/county-register';
import { newCountyEntry } from '../../../shared/lifecycle/county-entry';

const dataDir = () => mkdtemp(join(tmpdir(), 'rd-programme-files-'));

const OFFICE_KEY = signerFromSeed(new Uint8Array(32).fill(7));
const OFFICE = { signer: OFFICE_KEY, fingerprint: publicKeyFingerprint(OFFICE_KEY.publicKey) };
const OTHER_KEY = signerFromSeed(new Uint8Array(32).fill(8));

const county = (code: string) => newCountyEntry({ code, name: `县${code}`, city: '某市', batch: 1, povertyAlleviated: false });

describe('programmeFiles', () => {
  it('starts empty when nothing was written yet, with the default settings', async () => {
    const files = programmeFiles(await dataDir(), OFFICE);
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
    const files = programmeFiles(dir, OFFICE);
    const register = await files.readRegister();
    await files.writeRegister({ ...register, counties: [county('130102')] });
    expect((await files.readRegister()).counties.map((c) => c.code)).toEqual(['130102']);
  });

  it('refuses a file of the wrong format instead of starting over', async () => {
    const dir = await dataDir();
    await mkdir(dirname(progressReportsPathOf(dir)), { recursive: true });
    await writeFile(progressReportsPathOf(dir), JSON.stringify({ format: 'review-desk/progress-reports', formatVersion: 1, reports: [{ id: 'x' }] }));
    await expect(programmeFiles(dir, OFFICE).readReports()).rejects.toBeInstanceOf(ProgrammeFileDamaged);
    await writeFile(countyRegisterPathOf(dir), '{"format":');
    await expect(programmeFiles(dir, OFFICE).readRegister()).rejects.toMatchObject({ path: countyRegisterPathOf(dir) });
  });

  it('refuses a register signed by another key, or one whose history does not give its state', async () => {
    const dir = await dataDir();
    const path = countyRegisterPathOf(dir);
    await mkdir(dirname(path), { recursive: true });
    const register = { ...emptyCountyRegister(), counties: [county('130102')] };
    await writeFile(path, signedRegisterBytes(register, OTHER_KEY));
    await expect(programmeFiles(dir, OFFICE).readRegister()).rejects.toMatchObject({ problems: [{ code: 'programme.file.otherSigner' }] });
    // Signed by the office itself, yet claiming a state no recorded transition led to: the replay refuses it.
    const named = { ...register, counties: [{ ...county('130102'), state: 'named' as const }] };
    await writeFile(path, signedRegisterBytes(named, OFFICE_KEY));
    await expect(programmeFiles(dir, OFFICE).readRegister()).rejects.toMatchObject({ problems: [{ code: 'lifecycle.register.stateMismatch' }] });
  });

  it('never loses a change when read-modify-writes run together', async () => {
    const dir = await dataDir();
    const files = programmeFiles(dir, OFFICE);
    const codes = ['130101', '130102', '130103', '130104', '130105'];
    await Promise.all(
      codes.map((code) =>
        withProgramme(dir, async () => {
          const register = await files.readRegister();
          await files.writeRegister({ ...register, counties: [...register.counties, county(code)] });
        }),
      ),
    );
    const stored = JSON.parse(await readFile(countyRegisterPathOf(dir), 'utf8')) as { payload: { counties: { code: string }[] } };
    expect(stored.payload.counties.map((c) => c.code).sort()).toEqual(codes);
  });
});
