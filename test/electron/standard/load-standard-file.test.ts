import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStandardFile, standardFileForm } from '../../../electron/standard/load-standard-file';
import { sampleStandard, writeStandardTemplate } from '../../../electron/standard/xlsx-template';

const SAMPLE_JSON = join(__dirname, '../../../shared/data/sample-standard.json');

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'review-desk-standard-'));
  made.push(dir);
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('loadStandardFile', () => {
  it('reads the JSON form', async () => {
    const { standard, problems } = await loadStandardFile(SAMPLE_JSON);
    expect(problems).toEqual([]);
    expect(standard).toEqual(sampleStandard());
  });

  it('reads the Excel form to the same standard', async () => {
    const { standard, problems } = await loadStandardFile(await tempFile('标准.xlsx', await writeStandardTemplate()));
    expect(problems).toEqual([]);
    expect(standard).toEqual(sampleStandard());
  });

  it('goes by content, not by a wrong extension, and accepts a UTF-8 BOM', async () => {
    const json = '\ufeff' + JSON.stringify(sampleStandard());
    expect((await loadStandardFile(await tempFile('standard.xlsx', json))).standard).toEqual(sampleStandard());
    expect((await loadStandardFile(await tempFile('standard.json', await writeStandardTemplate()))).standard).toEqual(sampleStandard());
  });

  it('reports content that is neither, in the terms of the extension', async () => {
    expect((await loadStandardFile(await tempFile('a.json', 'not json'))).problems.map((p) => p.code)).toEqual(['standard.notJson']);
    expect((await loadStandardFile(await tempFile('a.xlsx', 'not a workbook'))).problems.map((p) => p.code)).toEqual(['excel.file.notXlsx']);
  });

  it('reports a file that cannot be opened as a problem, not an exception', async () => {
    const { standard, problems } = await loadStandardFile(join(tmpdir(), 'review-desk-no-such-file.xlsx'));
    expect(standard).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['excel.file.cannotOpen']);
  });

  it('decides the form from the first bytes', () => {
    expect(standardFileForm(new TextEncoder().encode('  {"a":1}'), 'x.xlsx')).toBe('json');
    expect(standardFileForm(Uint8Array.from([0x50, 0x4b, 3, 4]), 'x.json')).toBe('xlsx');
    expect(standardFileForm(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]), 'x.json')).toBe('xlsx');
    expect(standardFileForm(new TextEncoder().encode('hello'), 'x.JSON')).toBe('json');
    expect(standardFileForm(new TextEncoder().encode('hello'), 'x.csv')).toBe('xlsx');
  });
});
