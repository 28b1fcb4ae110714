// Reading the text of a file we signed. We only ever write canonical JSON (RFC 8785), so a file whose text
// is not exactly the canonical form of what it parses to — extra whitespace, reordered keys, a duplicate
// key, another spelling of a number or a string — was edited after it was written. Readers refuse such
// text (see envelope-text.ts): a duplicate key, say, would show a person one value in a text editor while
// JSON.parse keeps the other. It also makes an unencrypted file's export hash the SHA-256 of its bytes.
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';
import { canonicalJson } from '../util/canonical-json';

export type ParsedText =
  | { ok: true; value: unknown; text: string }
  | { ok: false; reason: 'notUtf8' | 'notJson'; detail: string };

export type CanonicalStatus = 'canonical' | 'notCanonical' | 'noCanonicalForm';

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
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch (cause) {
    return { ok: false, reason: 'notJson', detail: cause instanceof Error ? cause.message : String(cause) };
  }
}

/** Whether `text` is exactly the canonical JSON of `value` (what it parsed to). */
export function canonicalStatus(value: unknown, text: string): CanonicalStatus {
  // Fast path: JSON.stringify writes exactly RFC 8785's form when every object's keys are already sorted
  // and every string is well formed, which is what our own files look like; anything else takes the slow,
  // exact comparison with canonicalJson.
  if (fastCanonical(value, text)) return 'canonical';
  try {
    return canonicalJson(value) === text ? 'canonical' : 'notCanonical';
  } catch {
    // JSON.parse accepts what RFC 8785 cannot write (a lone surrogate such as "\ud800"): never a file of ours.
    return 'noCanonicalForm';
  }
}

function fastCanonical(value: unknown, text: string): boolean {
  try {
    return JSON.stringify(value) === text && isSortedAndWellFormed(value);
  } catch {
    // Nesting deeper than the stack allows: leave it to the exact comparison below.
    return false;
  }
}

/** Every object's keys in UTF-16 code-unit order (RFC 8785 §3.2.3) and no lone surrogate anywhere. */
function isSortedAndWellFormed(value: unknown): boolean {
  if (typeof value === 'string') return value.isWellFormed();
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(isSortedAndWellFormed);
  const record = value as Record<string, unknown>;
  let previous: string | null = null;
  for (const key of Object.keys(record)) {
    if ((previous !== null && !(previous < key)) || !key.isWellFormed()) return false;
    if (!isSortedAndWellFormed(record[key])) return false;
    previous = key;
  }
  return true;
}

export function parseJsonBytes(bytes: Uint8Array): ParsedText {
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, reason: 'notUtf8', detail: '' };
  return parseJsonText(text);
}
