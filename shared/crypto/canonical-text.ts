// Reading the text of a file we signed. We only ever write canonical JSON (RFC 8785), so a file whose text
// is not exactly the canonical form of what it parses to — extra whitespace, reordered keys, a duplicate
// key, another spelling of a number or a string — was edited after it was written. Readers refuse such
// text (see envelope-text.ts): a duplicate key, say, would show a person one value in a text editor while
// JSON.parse keeps the other. It also makes an unencrypted file's export hash the SHA-256 of its bytes.
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';
import { canonicalJson } from '../util/canonical-json';

export type ParsedText =
  | { ok: true; value: unknown; isCanonical: boolean }
  | { ok: false; reason: 'notUtf8' | 'notJson' | 'noCanonicalForm'; detail: string };

const BOM = [0xef, 0xbb, 0xbf];

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The text of UTF-8 bytes, or null when they are not UTF-8. The platform decoder replaces malformed
 * sequences instead of failing, so the text must encode back to exactly the same bytes. A byte-order mark
 * is kept in the text (JSON.parse then refuses it): we never write one.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const text = bytesToUtf8(bytes);
  if (sameBytes(utf8ToBytes(text), bytes)) return text;
  const hasBom = BOM.every((byte, i) => bytes[i] === byte);
  if (hasBom && sameBytes(utf8ToBytes(text), bytes.subarray(BOM.length))) return `\ufeff${text}`;
  return null;
}

export function parseJsonText(text: string): ParsedText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return { ok: false, reason: 'notJson', detail: cause instanceof Error ? cause.message : String(cause) };
  }
  try {
    return { ok: true, value, isCanonical: canonicalJson(value) === text };
  } catch (cause) {
    // JSON.parse accepts what RFC 8785 cannot write (a lone surrogate such as "\ud800"): never a file of ours.
    return { ok: false, reason: 'noCanonicalForm', detail: cause instanceof Error ? cause.message : String(cause) };
  }
}

export function parseJsonBytes(bytes: Uint8Array): ParsedText {
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, reason: 'notUtf8', detail: '' };
  return parseJsonText(text);
}
