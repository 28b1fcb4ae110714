// Reading a row through its schema. A row that does not parse becomes a Problem the UI shows (which record,
// which fields), never an exception in a render path and never a silent gap: the expert must learn that a
// sheet they scored cannot be read, rather than see it as not yet scored.
import type { z } from 'zod';
import type { Problem } from '../../../shared/problems';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** The rows that parsed and a problem for each one that did not. */
export interface ReadList<T> {
  records: T[];
  problems: Problem[];
}

/** The paths of the fields that failed, e.g. "sheet.values, revision": names the reader can pass on. */
export function failedFields(issues: readonly z.core.$ZodIssue[]): string {
  const paths = issues.map((issue) => (issue.path.length === 0 ? '*' : issue.path.map(String).join('.')));
  return [...new Set(paths)].join(', ');
}

/** `damaged(fields)` builds the table's own problem for a row that does not parse. */
export function parseRow<T>(schema: z.ZodType<T>, raw: unknown, damaged: (fields: string) => Problem): ReadResult<T> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: damaged(failedFields(parsed.error.issues)) };
}

export function parseRows<T>(schema: z.ZodType<T>, raws: readonly unknown[], damaged: (raw: unknown, fields: string) => Problem): ReadList<T> {
  const list: ReadList<T> = { records: [], problems: [] };
  for (const raw of raws) {
    const result = parseRow(schema, raw, (fields) => damaged(raw, fields));
    if (result.ok) list.records.push(result.value);
    else list.problems.push(result.problem);
  }
  return list;
}

/** A key field of a raw row as text for a message; IndexedDB guarantees key fields exist and are valid keys. */
export function keyText(raw: unknown, field: string): string {
  if (typeof raw !== 'object' || raw === null) return '?';
  const value = (raw as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '?';
}
