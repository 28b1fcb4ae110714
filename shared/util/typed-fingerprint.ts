// A key fingerprint as people read it out or copy it from a screen: 64 hex digits, in groups of four or not,
// any case, with spaces, `:` or `-` between them. Shared by the host contract (an expected office key given
// with a call) and the office's roster form (an expert's key typed in), so both accept the same text.
import { z } from 'zod';

/** What may separate the digits: people write fingerprints grouped, and copy them with colons or dashes. */
const SEPARATORS = /[\s:-]/g;

/** Typed text → 64 lowercase hex digits; anything else is refused. */
export const typedFingerprintSchema = z
  .string()
  .max(200)
  .regex(/^[\s:-]*(?:[0-9a-fA-F][\s:-]*){64}$/)
  .transform((text) => text.replace(SEPARATORS, '').toLowerCase());

/** The fingerprint in `text` as 64 lowercase hex digits, or null when it is not one. */
export function parseTypedFingerprint(text: string): string | null {
  const parsed = typedFingerprintSchema.safeParse(text);
  return parsed.success ? parsed.data : null;
}
