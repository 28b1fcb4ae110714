// The allow-list: each finding we accept is named by check and file, with the reason a reviewer can check.
// No blanket entries (a file is required) and no bare ones (a reason of at least 20 characters is required).
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { NO_FILE } from './findings';

export const ALLOW_LIST_FORMAT = 'review-desk/electronegativity-allow';

const MIN_REASON_LENGTH = 20;

const entrySchema = z
  .strictObject({
    check: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a check id as the tool prints it, e.g. CONTEXT_ISOLATION_JS_CHECK'),
    file: z
      .string()
      .min(1)
      .refine((file) => !isAbsolute(file) && !file.includes('\\') && !/[*?[\]{}]/.test(file), 'a path relative to the repository root, forward slashes, no patterns'),
    reason: z.string().trim().min(MIN_REASON_LENGTH, `a reason of at least ${MIN_REASON_LENGTH} characters`),
  })
  // Only the tool's global checks report app-wide findings without a file; anything else must name one.
  .refine((entry) => entry.file !== NO_FILE || entry.check.endsWith('_GLOBAL_CHECK'), { message: `file "${NO_FILE}" is only for *_GLOBAL_CHECK findings`, path: ['file'] });

export type AllowEntry = z.infer<typeof entrySchema>;

export const allowListSchema = z
  .strictObject({
    format: z.literal(ALLOW_LIST_FORMAT),
    formatVersion: z.literal(1),
    entries: z.array(entrySchema),
  })
  // Two entries for the same check and file would each hide the other going stale.
  .refine((list) => new Set(list.entries.map(entryKey)).size === list.entries.length, { message: 'the same check and file listed twice', path: ['entries'] });

export type AllowList = z.infer<typeof allowListSchema>;

export function entryKey(entry: Pick<AllowEntry, 'check' | 'file'>): string {
  return `${entry.check} ${entry.file}`;
}

/** Parses the file's text; throws with every problem zod found, each with its path in the file. */
export function parseAllowList(text: string): AllowList {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`allow-list is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = allowListSchema.safeParse(json);
  if (!parsed.success) throw new Error(`allow-list is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
