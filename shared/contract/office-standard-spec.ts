// The office's creation standard through the host API (issue #6, "Standard"): read a .xlsx template or a
// .json the office chose, and write the blank template to a path. Spread into `hostApiSpec`; kept apart so
// the office areas do not all edit one file.
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';
import { standardSchema } from '../standard/schema';

/**
 * The largest standard file the host reads (the same as electron/standard/xlsx-reader.ts's workbook limit): a
 * real one is a few hundred rows. The page checks it too, so a wrong 2 GB file is not uploaded to be refused.
 */
export const MAX_STANDARD_FILE_BYTES = 20 * 1024 * 1024;

/** A finding in the file, in the caller's language, with where it is when it is a cell of the template. */
export const standardFileProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  /** The message key, for programs (tests, a UI that treats one finding specially). */
  code: z.string(),
  message: z.string(),
  /** The spreadsheet's own row number (第 12 行), for a problem in a cell or row of the template. */
  row: z.number().int().positive().optional(),
  /** The worksheet's name as the file has it (指标, 设置). */
  sheet: z.string().optional(),
  /** The column letter (C), as Excel and WPS show it. */
  column: z.string().regex(/^[A-Z]{1,3}$/).optional(),
});
export type StandardFileProblem = z.infer<typeof standardFileProblemSchema>;

export const officeStandardSpec = {
  /**
   * Reads a creation standard from an .xlsx (the template) or a .json, whichever the content is. Every problem
   * comes back, in sheet order, so the office can fix the file in one pass: with an error the answer is
   * `ok: false` and carries no standard; with warnings only it is `ok: true` with the standard and the
   * fingerprint sessions will record. A file too large or not a standard at all is `ok: false` with one
   * problem saying so. A file under the data directory's uploads is removed afterwards, whatever the outcome.
   */
  readStandard: {
    params: z.object({ path: z.string().min(1).max(4096) }),
    result: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        standard: standardSchema,
        /** SHA-256 of the standard's canonical JSON (shared/util/fingerprint.ts). */
        fingerprint: sha256HexSchema,
        /** Warnings only. */
        problems: z.array(standardFileProblemSchema),
      }),
      z.object({ ok: z.literal(false), problems: z.array(standardFileProblemSchema).min(1) }),
    ]),
  },
  /**
   * Writes the Excel template (filled in with the sample standard as a worked example) to `path`, replacing a
   * file of that name, then reads it back and imports it before answering. Electron asks where with its save
   * dialog; the CLI is given a path; the browser downloads it from the template route instead.
   */
  saveStandardTemplate: {
    params: z.object({ path: z.string().min(1).max(4096).regex(/\.xlsx$/i) }),
    result: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), path: z.string(), bytes: z.number().int().positive() }),
      z.object({ ok: z.literal(false), messages: z.array(z.string()).min(1) }),
    ]),
  },
} as const;
