// Canonical JSON (RFC 8785, JCS) wherever something is hashed or signed, so the same data always gives
// the same bytes whatever the key order it was built with.
import canonicalize from 'canonicalize';

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('canonicalJson: value has no JSON form');
  return text;
}
