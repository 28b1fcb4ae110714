// Reading a workbook the office chose, as a job for the isolated-worker port (host/ports.ts): the part that
// inflates the zip and parses its XML, where a hostile or broken file does its harm, runs wherever the host
// runs untrusted files (Electron: a utilityProcess; plain Node: this process, under a time limit). What comes
// back crosses a process boundary, so it is parsed again here before anyone uses it; interpreting the sheets
// (shared/standard/sheet-import) stays with the caller.
import { z } from 'zod';
import { MESSAGE_KEYS, type MessageKey } from '../../shared/i18n/translate';
import type { IsolatedJob } from '../host/isolated-job-types';
import { readXlsxSheets, type SheetsReadResult } from './xlsx-reader';

/** The job's entry: bytes in, sheets and problems out (all structured-clonable). */
export async function readXlsxSheetsJob(input: unknown): Promise<SheetsReadResult> {
  if (!(input instanceof Uint8Array)) throw new TypeError('readXlsxSheetsJob expects the workbook bytes');
  return readXlsxSheets(input);
}

/** The job as the port runs it: named in the registry (host/isolated-jobs.ts) as `readXlsxSheets`. */
export function xlsxSheetsJob(bytes: Uint8Array): IsolatedJob {
  return { name: 'readXlsxSheets', input: bytes };
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(MESSAGE_KEYS);
const messageKeySchema = z.string().refine((key) => KNOWN_KEYS.has(key)).transform((key) => key as MessageKey);

const sheetCellSchema = z.object({
  column: z.number().int().positive(),
  value: z.union([z.string(), z.number(), z.boolean()]),
  mergedFrom: z.object({ row: z.number().int().positive(), column: z.number().int().positive() }).optional(),
});

export const sheetsReadResultSchema = z.object({
  sheets: z.array(
    z.object({
      name: z.string(),
      rows: z.array(z.object({ number: z.number().int().positive(), cells: z.array(sheetCellSchema) })),
    }),
  ),
  problems: z.array(
    z.object({
      code: messageKeySchema,
      severity: z.enum(['error', 'warning']),
      where: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
});
