// Reading an envelope file from its bytes: size, UTF-8, JSON, then the header (so a wrong kind of file or a
// newer version is named as such), then the text must be exactly the canonical JSON we write (see
// canonical-text.ts), then the signature (and decryption). Never throws on bad input.
import { canonicalStatus, parseJsonBytes } from './canonical-text';
import { checkEnvelopeHeader } from './envelope-header';
import { envelopeFailure, type EnvelopeExpectation, type EnvelopeResult } from './envelope-types';
import { verifyEnvelope } from './signed-envelope';

/** No file that travels comes near this; a bigger one is refused before it is decoded. */
export const DEFAULT_MAX_ENVELOPE_BYTES = 200 * 1024 * 1024;

export interface EnvelopeReadOptions extends EnvelopeExpectation {
  maxBytes?: number;
}

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

export function readEnvelopeBytes(bytes: Uint8Array, options: EnvelopeReadOptions): EnvelopeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ENVELOPE_BYTES;
  if (bytes.length > maxBytes) {
    return envelopeFailure('unreadable', 'crypto.tooLarge', '(file)', { size: megabytes(bytes.length), limit: megabytes(maxBytes) });
  }
  if (bytes.length === 0) return envelopeFailure('unreadable', 'crypto.empty', '(file)');
  const parsed = parseJsonBytes(bytes);
  if (!parsed.ok) {
    if (parsed.reason === 'notUtf8') return envelopeFailure('unreadable', 'crypto.notUtf8', '(file)');
    return envelopeFailure('unreadable', 'crypto.notJson', '(file)', { detail: parsed.detail });
  }
  const header = checkEnvelopeHeader(parsed.value, options);
  if (!header.ok) return header;
  if (!('encrypted' in header.record)) {
    // Fast path: the signature checked over the file's own bytes (signed-envelope.ts, fromFileText). We
    // only ever sign canonical JSON, so a valid signature proves the text is canonical too.
    const fast = verifyEnvelope(parsed.value, options, { text: parsed.text, bytes });
    if (fast.ok) return fast;
  }
  // Slow path, and the exact reason for a refusal: text re-serialised after signing is reported as such.
  const status = canonicalStatus(parsed.value, parsed.text);
  if (status === 'noCanonicalForm') return envelopeFailure('unreadable', 'crypto.noCanonicalForm', '(file)');
  if (status === 'notCanonical') return envelopeFailure('tampered', 'crypto.notCanonical', '(file)');
  return verifyEnvelope(parsed.value, options);
}
