// The office's creation standard through the host API: reading a file the office chose (the .xlsx template or
// a .json) into a standard with every problem placed by sheet, row and column, and writing the template.
// The file is untrusted: its size is checked before anything is read, and a workbook is unpacked and parsed
// through the isolated-worker port (Electron: a utilityProcess; plain Node: in this process, under a time
// limit), its answer parsed again here. A JSON file is parsed here: JSON.parse of at most that many bytes is
// bounded work, and the schema and checks that follow are the project's own.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_STANDARD_FILE_BYTES, type StandardFileProblem } from '../../../shared/contract/office-standard-spec';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { Locale } from '../../../shared/i18n/translate';
import { error, hasErrors, type Problem } from '../../../shared/problems';
import { bySite, problemSite } from '../../../shared/standard/problem-site';
import type { StandardReadResult } from '../../../shared/standard/read';
import { standardSchema } from '../../../shared/standard/schema';
import { importStandardFromSheets } from '../../../shared/standard/sheet-import';
import { sheetSites, type SheetSites } from '../../../shared/standard/sheet-import/sites';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { detailOf, FileError } from '../../files/file-error';
import { writeFileVerified } from '../../files/write-verified';
import { CANNOT_OPEN, loadStandardBytes, standardFileForm } from '../../standard/load-standard-file';
import { sheetsReadResultSchema, xlsxSheetsJob } from '../../standard/xlsx-sheets-job';
import { sampleStandard, writeStandardTemplate } from '../../standard/xlsx-template';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { removeIfUpload } from '../uploads';

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

function placed(locale: Locale, problems: readonly Problem[], sites?: SheetSites): StandardFileProblem[] {
  return bySite(
    problems.map((problem) => ({ severity: problem.severity, code: problem.code, message: describeProblem(locale, problem), ...problemSite(problem, sites) })),
  );
}

/** A workbook of at most the size limit reads in well under a second; this is for one that never finishes. */
const WORKBOOK_TIMEOUT_MS = 60_000;

/**
 * loadStandardBytes, with the workbook read through the isolated worker and its sheets kept: the semantic
 * checks name indicators and settings, not cells, and the sheets say which row holds each.
 */
async function loadWithSites(context: HostContext, bytes: Uint8Array, path: string, signal: AbortSignal): Promise<{ read: StandardReadResult; sites?: SheetSites }> {
  if (standardFileForm(bytes, path) === 'json') return { read: await loadStandardBytes(bytes, path) };
  let answer: unknown;
  try {
    answer = await context.ports.isolatedWorker.run(xlsxSheetsJob(bytes), { signal, timeoutMs: WORKBOOK_TIMEOUT_MS });
  } catch (cause) {
    signal.throwIfAborted();
    return { read: { standard: null, problems: [error('excel.file.unreadable', '(file)', { detail: detailOf(cause) })] } };
  }
  const parsed = sheetsReadResultSchema.safeParse(answer);
  if (!parsed.success) return { read: { standard: null, problems: [error('excel.file.unreadable', '(file)', { detail: 'unexpected answer from the worker' })] } };
  const { sheets, problems } = parsed.data;
  if (problems.length > 0) return { read: { standard: null, problems } };
  return { read: importStandardFromSheets(sheets), sites: sheetSites(sheets) };
}

/** The file's bytes, or the one problem that stops it being read at all (missing, a folder, too large). */
async function readBounded(path: string): Promise<{ bytes: Uint8Array } | { problem: Problem }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { problem: error(CANNOT_OPEN, '(file)', { path: basename(path), detail: 'not a file' }) };
    // Checked before reading, so a huge file is never loaded into memory to be refused. One ceiling for both
    // forms: a JSON standard is smaller than its workbook.
    if (info.size > MAX_STANDARD_FILE_BYTES) {
      return { problem: error('excel.file.tooLarge', '(file)', { size: mb(info.size), limit: mb(MAX_STANDARD_FILE_BYTES) }) };
    }
    const bytes = await readFile(path);
    // The file may have grown between stat and read.
    if (bytes.byteLength > MAX_STANDARD_FILE_BYTES) {
      return { problem: error('excel.file.tooLarge', '(file)', { size: mb(bytes.byteLength), limit: mb(MAX_STANDARD_FILE_BYTES) }) };
    }
    return { bytes };
  } catch (cause) {
    return { problem: error(CANNOT_OPEN, '(file)', { path: basename(path), detail: detailOf(cause) }) };
  }
}

/** The written template must import to the sample standard it was made from. */
async function importsToSample(bytes: Uint8Array): Promise<boolean> {
  const { standard } = await loadStandardBytes(bytes, 'template.xlsx');
  return standard !== null && fingerprintOf(standard) === fingerprintOf(sampleStandard());
}

export function officeStandardServices(context: HostContext): Pick<HostServices, 'readStandard' | 'saveStandardTemplate'> {
  return {
    readStandard: async ({ path }, call) => {
      try {
        call.signal.throwIfAborted();
        const read = await readBounded(path);
        if ('problem' in read) return { ok: false as const, problems: placed(call.locale, [read.problem]) };
        const { read: loaded, sites } = await loadWithSites(context, read.bytes, path, call.signal);
        const { standard, problems } = loaded;
        if (standard === null || hasErrors(problems)) {
          // A null standard always comes with an error; the fallback only guards that promise.
          const reported = hasErrors(problems) ? problems : [...problems, error('standard.wrongFormat', '(root)')];
          return { ok: false as const, problems: placed(call.locale, reported, sites) };
        }
        // Parsed again with the schema, so what crosses the contract is exactly the standard's canonical form.
        const parsed = standardSchema.parse(standard);
        return { ok: true as const, standard: parsed, fingerprint: fingerprintOf(parsed), problems: placed(call.locale, problems, sites) };
      } finally {
        await removeIfUpload(context.dataDir, path);
      }
    },

    saveStandardTemplate: async ({ path }, call) => {
      try {
        const bytes = await writeStandardTemplate();
        await writeFileVerified(path, bytes, importsToSample);
        return { ok: true as const, path, bytes: bytes.byteLength };
      } catch (cause) {
        if (cause instanceof FileError) return { ok: false as const, messages: [describeProblem(call.locale, cause.problem)] };
        throw cause;
      }
    },
  };
}
