// Base64url without padding (RFC 4648 §5), the text form of keys, nonces, signatures and ciphertext in our
// files. Decoding is strict — only the alphabet, no padding, unused trailing bits zero — so every byte
// string has exactly one text form: two different texts can never decode to the same key or signature,
// which would give one signed export two export hashes.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUE_OF = new Map<string, number>([...ALPHABET].map((char, index) => [char, index]));

export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const group = (b0 << 16) | (b1 << 8) | b2;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) text += ALPHABET[(group >> (18 - 6 * c)) & 63];
  }
  return text;
}

/**
 * The bytes of a base64url text, or null when the text is not in the one canonical form (or, when
 * `expectedLength` is given, does not hold exactly that many bytes).
 */
export function fromBase64Url(text: string, expectedLength?: number): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const length = Math.floor((text.length * 6) / 8);
  if (expectedLength !== undefined && length !== expectedLength) return null;
  const bytes = new Uint8Array(length);
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (const char of text) {
    const value = VALUE_OF.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or "AB" and "AC" would both mean the same single byte.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}
