// A fingerprint is the SHA-256 of a value's canonical JSON, written as lowercase hex. Shown to people in
// groups of four so two screens can be compared aloud.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';

export function fingerprintOf(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}

/** `ab12cd34…` → `AB12 CD34 …`, the first `groups` groups (all by default). */
export function groupedFingerprint(hex: string, groups = Infinity): string {
  const parts = hex.toUpperCase().match(/.{1,4}/g) ?? [];
  return parts.slice(0, groups).join(' ');
}
