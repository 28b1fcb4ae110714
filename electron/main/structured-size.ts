// Roughly how many bytes a structured-clonable value takes, to refuse an oversize input before it is copied
// into another process. Bytes count as themselves, strings as two bytes a character (UTF-16), everything else
// by a small fixed amount; shared references count once, so a cycle cannot loop.
const SCALAR_BYTES = 8;

export function structuredSize(value: unknown, seen: Set<object> = new Set()): number {
  if (typeof value === 'string') return value.length * 2;
  if (typeof value !== 'object' || value === null) return SCALAR_BYTES;
  if (seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value.byteLength;
  if (value instanceof Map) {
    let size = 0;
    for (const [key, item] of value) size += structuredSize(key, seen) + structuredSize(item, seen);
    return size;
  }
  if (value instanceof Set) {
    let size = 0;
    for (const item of value) size += structuredSize(item, seen);
    return size;
  }
  let size = 0;
  for (const [key, item] of Object.entries(value)) size += key.length * 2 + structuredSize(item, seen);
  return size;
}
