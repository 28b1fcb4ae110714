// What a WPS or LibreOffice user's "save" does to the template: LibreOffice re-writes the whole file (its own
// shared strings, styles, merge and validation records). The result must still import to the same standard.
// Skipped where LibreOffice is not installed.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadStandardFile } from '../../../electron/standard/load-standard-file';
import { sampleStandard, writeStandardTemplate, writeStandardWorkbook } from '../../../electron/standard/xlsx-template';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { everyKindStandard } from './every-kind-standard';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** Converts the files with a private LibreOffice profile, so parallel test files cannot lock each other out. */
function convertWithLibreOffice(inputs: readonly string[], outDir: string, profile: string): void {
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, ...inputs],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
}

describe('the template after a LibreOffice save', () => {
  it.skipIf(!hasSoffice && !process.env.CI)(
    'imports to the same standards, and keeps the merges and the kind dropdown',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'review-desk-soffice-'));
      onTestFinished(() => rm(dir, { recursive: true, force: true }));
      const [inDir, outDir] = [join(dir, 'in'), join(dir, 'out')];
      await mkdir(inDir);
      await writeFile(join(inDir, 'template.xlsx'), await writeStandardTemplate());
      await writeFile(join(inDir, 'every-kind.xlsx'), await writeStandardWorkbook(everyKindStandard()));

      convertWithLibreOffice([join(inDir, 'template.xlsx'), join(inDir, 'every-kind.xlsx')], outDir, join(dir, 'profile'));

      const template = await loadStandardFile(join(outDir, 'template.xlsx'));
      expect(template.problems).toEqual([]);
      expect(template.standard).toEqual(sampleStandard());
      expect(template.standard && fingerprintOf(template.standard)).toBe(fingerprintOf(sampleStandard()));
      const everyKind = await loadStandardFile(join(outDir, 'every-kind.xlsx'));
      expect(everyKind.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(everyKind.standard).toEqual(everyKindStandard());

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(await readFile(join(outDir, 'template.xlsx'))).buffer);
      const sheet = workbook.getWorksheet('指标');
      expect(sheet?.getCell('C11').isMerged).toBe(true);
      expect(sheet?.getCell('F12').dataValidation?.type).toBe('list');
    },
    180_000,
  );
});
