// A zip writer with every field under the test's control, for the archives no honest tool (yazl included)
// would write: names as raw bytes in any encoding, lying sizes and CRCs, link and device attributes,
// encryption flags, unknown methods, records that share one local header.
import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  /** A string is written as UTF-8 (and flagged so unless `flags` says otherwise); bytes as they are. */
  name: string | Uint8Array;
  data?: Uint8Array;
  /** 0 stored (default), 8 deflated (data is compressed here), anything else is written as is. */
  method?: number;
  flags?: number;
  versionMadeBy?: number;
  externalAttributes?: number;
  extra?: Uint8Array;
  /** Overrides of what the headers say. */
  crc?: number;
  uncompressedSize?: number;
  compressedSize?: number;
  /** The bytes stored as the entry's data, instead of `data` (compressed if method 8). */
  payload?: Uint8Array;
  /** Write no local header; point the central record at entry number `aliasOf`'s local header instead. */
  aliasOf?: number;
}

export interface RawZipOptions {
  diskNumber?: number;
  /** What the end record says about the number of records. */
  entryCount?: number;
  /** Where the end record says the central directory starts. */
  centralDirectoryOffset?: number;
}

const UTF8_FLAG = 0x800;
const isAscii = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80);

function header(size: number, fill: (view: DataView) => void): Buffer {
  const bytes = Buffer.alloc(size);
  fill(new DataView(bytes.buffer, bytes.byteOffset, size));
  return bytes;
}

export function rawZip(entries: readonly RawEntry[], options: RawZipOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : Buffer.from(entry.name);
    const data = entry.data ?? new Uint8Array();
    const method = entry.method ?? 0;
    const payload = Buffer.from(entry.payload ?? (method === 8 ? deflateRawSync(data) : data));
    const flags = entry.flags ?? (typeof entry.name === 'string' && !isAscii(entry.name) ? UTF8_FLAG : 0);
    const crc = entry.crc ?? crc32(data);
    const compressedSize = entry.compressedSize ?? payload.length;
    const uncompressedSize = entry.uncompressedSize ?? data.length;
    const extra = Buffer.from(entry.extra ?? new Uint8Array());
    let localOffset: number;
    if (entry.aliasOf !== undefined) {
      localOffset = offsets[entry.aliasOf] ?? 0;
    } else {
      localOffset = offset;
      const local = header(30, (v) => {
        v.setUint32(0, 0x04034b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, flags, true);
        v.setUint16(8, method, true);
        v.setUint16(12, 0x5a21, true); // 2025-01-01
        v.setUint32(14, crc, true);
        v.setUint32(18, compressedSize, true);
        v.setUint32(22, uncompressedSize, true);
        v.setUint16(26, name.length, true);
        v.setUint16(28, extra.length, true);
      });
      parts.push(local, name, extra, payload);
      offset += local.length + name.length + extra.length + payload.length;
    }
    offsets.push(localOffset);
    const record = header(46, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, entry.versionMadeBy ?? 0x0314, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, flags, true);
      v.setUint16(10, method, true);
      v.setUint16(14, 0x5a21, true);
      v.setUint32(16, crc, true);
      v.setUint32(20, compressedSize, true);
      v.setUint32(24, uncompressedSize, true);
      v.setUint16(28, name.length, true);
      v.setUint16(30, extra.length, true);
      v.setUint32(38, entry.externalAttributes ?? 0, true);
      v.setUint32(42, localOffset, true);
    });
    central.push(record, name, extra);
  }
  const directory = Buffer.concat(central);
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(4, options.diskNumber ?? 0, true);
    v.setUint16(8, options.entryCount ?? entries.length, true);
    v.setUint16(10, options.entryCount ?? entries.length, true);
    v.setUint32(12, directory.length, true);
    v.setUint32(16, options.centralDirectoryOffset ?? offset, true);
  });
  return Buffer.concat([...parts, directory, end]);
}

/** The Info-ZIP Unicode Path extra field (0x7075) for a name stored as `stored`. */
export function unicodePathExtra(stored: Uint8Array, name: string): Buffer {
  const utf8 = Buffer.from(name, 'utf8');
  const field = Buffer.alloc(4 + 5 + utf8.length);
  field.writeUInt16LE(0x7075, 0);
  field.writeUInt16LE(5 + utf8.length, 2);
  field.writeUInt8(1, 4);
  field.writeUInt32LE(crc32(stored), 5);
  utf8.copy(field, 9);
  return field;
}
