// The signed suggestion list a session's reports carry (issue #6): one version the office signed, with the
// hash that names it. It is bound to the data fingerprint (its payload says which data it was decided on)
// but is not part of the data the fingerprint is computed from: a report with and without the list comes
// from the same data. Parsed wherever it crosses a boundary (the report worker's input).
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';
import { suggestionListPayloadSchema } from '../files/suggestion-list-file';

export const reportSignedListSchema = z.strictObject({
  /** Export hash of the signed version. */
  hash: sha256HexSchema,
  payload: suggestionListPayloadSchema,
});
export type ReportSignedList = z.infer<typeof reportSignedListSchema>;
