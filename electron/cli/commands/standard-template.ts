// `npm run cli -- standard-template FILE.xlsx`: writes the Excel template for authoring a creation standard,
// filled in with the sample standard. The file is written to a temporary name, flushed, renamed, then read
// back and imported again: the command says "written" only when the file on disk imports to the sample.
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { translate } from '../../../shared/i18n/translate';
import { importStandardFromSheets } from '../../../shared/standard/sheet-import';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { readXlsxSheets } from '../../standard/xlsx-reader';
import { sampleStandard, writeStandardTemplate } from '../../standard/xlsx-template';
import type { CliCommand } from '../io';

async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw cause;
  }
}

async function importsToSample(path: string): Promise<boolean> {
  const { sheets } = await readXlsxSheets(await readFile(path));
  const { standard } = importStandardFromSheets(sheets);
  return standard !== null && fingerprintOf(standard) === fingerprintOf(sampleStandard());
}

export const standardTemplateCommand: CliCommand = async (args, io) => {
  const [path] = args;
  if (args.length !== 1 || path === undefined || extname(path).toLowerCase() !== '.xlsx') {
    io.err(translate('zh-CN', 'excel.cli.templateUsage'));
    return 2;
  }
  try {
    await writeDurably(path, await writeStandardTemplate());
    if (!(await importsToSample(path))) throw new Error('read-back check failed');
  } catch (cause) {
    io.err(translate('zh-CN', 'excel.cli.writeFailed', { path, detail: cause instanceof Error ? cause.message : String(cause) }));
    return 2;
  }
  io.out(translate('zh-CN', 'excel.cli.templateWritten', { path }));
  return 0;
};
