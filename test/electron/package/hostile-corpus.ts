// The hostile-zip corpus: archives that are broken, crafted or simply wrong, generated at test time (with
// yazl where it can, by the raw writer or byte surgery where it cannot), each with the exact refusal code
// the importer must give. Names say what each case is; hostile-corpus.test.ts runs them all.
import iconv from 'iconv-lite';
import { deflateRawSync } from 'node:zlib';
import type { MessageKey } from '../../../shared/i18n/translate';
import type { ZipLimits } from '../../../electron/package/zip-limits';
import { manifestBytes, manifestOf, noise, rawPackage, sampleDocuments, samplePackage, sampleEntries, yazlZip } from './package-fixtures';
import { rawZip, type RawEntry } from './raw-zip';

export interface HostileCase {
  id: string;
  code: MessageKey;
  build: () => Buffer | Promise<Buffer>;
  limits?: Partial<ZipLimits>;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const S_IFLNK = 0o120000;
const unixMode = (mode: number): number => (mode << 16) >>> 0;
const docs = sampleDocuments();

/** The sample package with one more raw entry (refused on its own, whatever the manifest says). */
const plus = (...extra: RawEntry[]): (() => Buffer) => () => rawPackage((entries) => [...entries, ...extra]);

/** The sample package with its manifest replaced (written with yazl). */
const withManifest = (manifest: unknown): (() => Promise<Buffer>) => () => samplePackage(docs, manifest);
const manifestWith = (overrides: Record<string, unknown>): (() => Promise<Buffer>) => withManifest(manifestOf(docs, overrides));
const documentsWith = (alter: (documents: Record<string, unknown>[]) => Record<string, unknown>[]): (() => Promise<Buffer>) =>
  manifestWith({ documents: alter(manifestOf(docs)['documents'] as Record<string, unknown>[]) });

/** A sample whose entry `index` (1 = first document) declares `size` bytes, and whose manifest agrees. */
function lyingSize(index: number, size: number, method = 8): Buffer {
  const manifest = manifestOf(docs);
  const listed = manifest['documents'] as { size: number }[];
  const document = listed[index - 1];
  if (document) document.size = size;
  const entries = sampleEntries(docs, manifest);
  entries[index] = { ...entries[index], name: docs[index - 1]?.path ?? '', uncompressedSize: size, method };
  return rawZip(entries);
}

/** Byte surgery on the end of central directory record of a valid package. */
async function patchEnd(patch: (zip: Buffer, end: number) => void): Promise<Buffer> {
  const zip = Buffer.from(await samplePackage());
  patch(zip, zip.length - 22);
  return zip;
}

const secondLocalHeader = (zip: Buffer): number => zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4);

export const HOSTILE_CASES: readonly HostileCase[] = [
  // Not a zip at all, or not a whole one.
  { id: 'zero-byte file', code: 'package.zip.empty', build: () => Buffer.alloc(0) },
  { id: 'text file named .zip', code: 'package.zip.notZip', build: () => Buffer.from('这不是压缩包，只是改了扩展名。\n') },
  { id: 'PDF named .zip', code: 'package.zip.notZip', build: () => Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(2000, 9)]) },
  { id: 'RAR archive named .zip', code: 'package.zip.notZip', build: () => Buffer.concat([Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), noise(500, 8)]) },
  { id: 'self-extracting exe (zip after an MZ header)', code: 'package.zip.notZip', build: async () => Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), await samplePackage()]) },
  { id: 'truncated to half', code: 'package.zip.truncated', build: async () => (await samplePackage()).subarray(0, 30_000) },
  { id: 'last 10 bytes cut off', code: 'package.zip.truncated', build: async () => { const zip = await samplePackage(); return zip.subarray(0, zip.length - 10); } },
  { id: 'garbage after the end record', code: 'package.zip.corrupt', build: async () => Buffer.concat([await samplePackage(), Buffer.from('trailing garbage')]) },
  { id: 'central directory signature garbled', code: 'package.zip.corrupt', build: () => patchEnd((zip, end) => zip.writeUInt32LE(0, zip.readUInt32LE(end + 16))) },
  { id: 'central directory offset beyond the file', code: 'package.zip.corrupt', build: () => patchEnd((zip, end) => zip.writeUInt32LE(zip.length + 4096, end + 16)) },
  { id: 'local header garbled', code: 'package.zip.corrupt', build: () => { const zip = rawPackage((e) => e); zip.writeUInt32LE(0x12345678, secondLocalHeader(zip)); return zip; } },
  { id: 'deflate stream is garbage', code: 'package.zip.corrupt', build: () => rawPackage((e) => e.map((entry, i) => (i === 1 ? { ...entry, payload: Buffer.alloc(100, 0xff) } : entry))) },
  { id: 'one volume of a split archive', code: 'package.zip.multiDisk', build: () => patchEnd((zip, end) => zip.writeUInt16LE(1, end + 4)) },

  // Limits.
  { id: 'end record claims 65535 entries', code: 'package.zip.tooManyEntries', build: () => rawZip(sampleEntries(), { entryCount: 65535 }) },
  { id: '2001 entries', code: 'package.zip.tooManyEntries', build: () => rawZip(Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}.txt` }))) },
  { id: 'zip bomb: 8 MiB of zeros deflated (ratio ~1000)', code: 'package.zip.bomb', build: plus({ name: 'bomb.pdf', data: Buffer.alloc(8 * MiB), method: 8 }) },
  { id: 'zip bomb: declared ratio with no data behind it', code: 'package.zip.bomb', build: plus({ name: 'bomb2.pdf', method: 8, payload: Buffer.alloc(10), uncompressedSize: 900 * MiB }) },
  { id: 'one entry declares 1.5 GiB', code: 'package.zip.entryTooLarge', build: plus({ name: 'huge.mp4', uncompressedSize: 1.5 * GiB, compressedSize: 1.5 * GiB }) },
  {
    id: 'three entries declare 2.4 GiB together',
    code: 'package.zip.tooLarge',
    build: plus(...[1, 2, 3].map((n) => ({ name: `video${n}.mp4`, uncompressedSize: 800 * MiB, compressedSize: 800 * MiB }))),
  },
  { id: 'configured: at most 3 entries', code: 'package.zip.tooManyEntries', build: () => samplePackage(), limits: { maxEntries: 3 } },
  { id: 'configured: 50 kB in all', code: 'package.zip.tooLarge', build: () => samplePackage(), limits: { maxTotalBytes: 50_000 } },
  { id: 'configured: 30 kB per file', code: 'package.zip.entryTooLarge', build: () => samplePackage(), limits: { maxEntryBytes: 30_000 } },
  { id: 'configured: ratio 2 from 1 kB', code: 'package.zip.bomb', build: plus({ name: 'blank.txt', data: Buffer.alloc(5000, 0x20), method: 8 }), limits: { maxRatio: 2, ratioCheckAbove: 1000 } },
  { id: 'configured: manifest at most 100 bytes', code: 'package.manifest.tooLarge', build: () => samplePackage(), limits: { maxManifestBytes: 100 } },

  // Names.
  { id: 'traversal ../', code: 'package.zip.traversal', build: plus({ name: '../evil.pdf' }) },
  { id: 'traversal inside a path', code: 'package.zip.traversal', build: plus({ name: '佐证材料/../../evil.pdf' }) },
  { id: 'traversal with backslashes', code: 'package.zip.traversal', build: plus({ name: '..\\..\\Windows\\evil.dll' }) },
  { id: 'traversal with mixed separators', code: 'package.zip.traversal', build: plus({ name: 'docs\\../evil.pdf' }) },
  { id: 'absolute Unix path', code: 'package.zip.absolutePath', build: plus({ name: '/etc/cron.d/evil' }) },
  { id: 'drive letter with slashes', code: 'package.zip.absolutePath', build: plus({ name: 'C:/Windows/evil.dll' }) },
  { id: 'drive letter with backslashes', code: 'package.zip.absolutePath', build: plus({ name: 'C:\\Windows\\evil.dll' }) },
  { id: 'drive-relative path', code: 'package.zip.absolutePath', build: plus({ name: 'c:evil.pdf' }) },
  { id: 'UNC path', code: 'package.zip.absolutePath', build: plus({ name: '\\\\server\\share\\evil.pdf' }) },
  { id: 'control character in a name', code: 'package.zip.badName', build: plus({ name: '申报书\u0007.pdf' }) },
  { id: 'empty path segment', code: 'package.zip.badName', build: plus({ name: '佐证材料//照片.jpg' }) },
  { id: 'dot segment', code: 'package.zip.badName', build: plus({ name: './照片.jpg' }) },
  { id: 'name of 300 characters', code: 'package.zip.badName', build: plus({ name: `${'很长的名字'.repeat(60)}.pdf` }) },
  { id: 'UTF-8 flag on bytes that are not UTF-8', code: 'package.zip.badNameEncoding', build: plus({ name: Buffer.from([0xe7, 0x94, 0x33, 0x2e, 0x70, 0x64, 0x66]), flags: 0x800 }) },
  { id: 'name in no known encoding', code: 'package.zip.badNameEncoding', build: plus({ name: Buffer.from([0xff, 0xfe, 0x2e, 0x70, 0x64, 0x66]), flags: 0 }) },
  { id: 'the same name twice', code: 'package.zip.duplicate', build: plus({ name: '清河县申报书.pdf', data: Buffer.from('second copy') }) },
  { id: 'the same name in NFC and NFD', code: 'package.zip.duplicate', build: plus({ name: 'cafe\u0301.pdf' }, { name: 'caf\u00e9.pdf' }) },
  {
    id: 'the same Chinese name in GBK and in UTF-8',
    code: 'package.zip.duplicate',
    build: plus({ name: iconv.encode('说明.txt', 'gbk'), flags: 0 }, { name: '说明.txt' }),
  },
  { id: 'names differing only in case', code: 'package.zip.caseCollision', build: plus({ name: 'Report.pdf' }, { name: 'report.PDF' }) },
  { id: 'a file and a folder of one name', code: 'package.zip.pathConflict', build: plus({ name: '附件' }, { name: '附件/说明.txt' }) },
  { id: 'a file and a folder entry of one name', code: 'package.zip.pathConflict', build: plus({ name: '说明.txt' }, { name: '说明.txt/' }) },

  // Kinds of entry.
  { id: 'symbolic link (yazl, Unix mode)', code: 'package.zip.symlink', build: async () => yazlZip([{ name: 'link.pdf', data: Buffer.from('../../etc/passwd'), mode: 0o120777 }]) },
  { id: 'symbolic link claiming MS-DOS origin', code: 'package.zip.symlink', build: plus({ name: 'link.pdf', data: Buffer.from('/etc/passwd'), versionMadeBy: 0x0014, externalAttributes: unixMode(S_IFLNK | 0o777) }) },
  { id: 'symbolic link made on macOS', code: 'package.zip.symlink', build: plus({ name: '快捷方式', data: Buffer.from('/Users'), versionMadeBy: 0x1314, externalAttributes: unixMode(S_IFLNK | 0o755) }) },
  { id: 'named pipe', code: 'package.zip.specialFile', build: plus({ name: 'fifo', externalAttributes: unixMode(0o010644) }) },
  { id: 'block device', code: 'package.zip.specialFile', build: plus({ name: 'sda', externalAttributes: unixMode(0o060644) }) },
  { id: 'ZipCrypto, stored', code: 'package.zip.encrypted', build: plus({ name: '加密.pdf', flags: 0x801, payload: noise(112, 5), uncompressedSize: 100, compressedSize: 112 }) },
  { id: 'ZipCrypto, deflated', code: 'package.zip.encrypted', build: plus({ name: '加密.docx', flags: 0x801, method: 8, payload: noise(80, 6), uncompressedSize: 1000 }) },
  { id: 'strong encryption flag', code: 'package.zip.encrypted', build: plus({ name: 'strong.pdf', flags: 0x41, method: 8, payload: noise(50, 7), uncompressedSize: 100 }) },
  { id: 'WinZip AES (method 99)', code: 'package.zip.encrypted', build: plus({ name: 'aes.pdf', method: 99, payload: noise(50, 7), uncompressedSize: 100 }) },
  { id: 'bzip2 (method 12)', code: 'package.zip.unsupportedMethod', build: plus({ name: 'bz.pdf', method: 12, payload: noise(50, 7), uncompressedSize: 100 }) },
  { id: 'LZMA (method 14)', code: 'package.zip.unsupportedMethod', build: plus({ name: 'lz.pdf', method: 14, payload: noise(50, 7), uncompressedSize: 100 }) },

  // Records that lie.
  { id: 'declares fewer bytes than it inflates to', code: 'package.zip.sizeMismatch', build: () => lyingSize(1, 39_000) },
  { id: 'declares more bytes than it inflates to', code: 'package.zip.sizeMismatch', build: () => lyingSize(2, 20_500) },
  { id: 'stored entry with two different sizes', code: 'package.zip.sizeMismatch', build: plus({ name: 'stored.pdf', data: noise(100, 3), compressedSize: 100, uncompressedSize: 90 }) },
  { id: 'stored entry lying about both sizes overlaps the next', code: 'package.zip.overlap', build: () => rawPackage((e) => e.map((entry, i) => (i === 2 ? { ...entry, method: 0, payload: docs[1]?.bytes, uncompressedSize: 20_100, compressedSize: 20_100 } : entry))) },
  { id: 'wrong CRC', code: 'package.zip.crcMismatch', build: () => rawPackage((e) => e.map((entry, i) => (i === 3 ? { ...entry, crc: 0xdeadbeef } : entry))) },
  { id: 'two records share one local header', code: 'package.zip.overlap', build: plus({ name: 'copy.pdf', aliasOf: 1, data: docs[0]?.bytes, method: 8, payload: deflateRawSync(docs[0]?.bytes ?? Buffer.alloc(0)) }) },

  // The manifest.
  { id: 'no manifest', code: 'package.manifest.missing', build: () => rawPackage((e) => e.slice(1)) },
  { id: 'empty archive', code: 'package.manifest.missing', build: () => rawZip([]) },
  { id: 'manifest inside one of two folders', code: 'package.manifest.missing', build: () => rawZip([{ name: 'a/manifest.json', data: manifestBytes(manifestOf(docs)) }, { name: 'b/x.pdf' }]) },
  { id: 'manifest is not JSON', code: 'package.manifest.notJson', build: () => rawPackage((e) => [{ name: 'manifest.json', data: Buffer.from('{"format": "review-desk/package",') }, ...e.slice(1)]) },
  { id: 'manifest saved as GBK', code: 'package.manifest.notUtf8', build: () => rawPackage((e) => [{ name: 'manifest.json', data: iconv.encode(JSON.stringify(manifestOf(docs)), 'gbk') }, ...e.slice(1)]) },
  { id: 'manifest of 1.5 MiB', code: 'package.manifest.tooLarge', build: () => rawPackage((e) => [{ name: 'manifest.json', data: Buffer.alloc(1.5 * MiB, 0x20) }, ...e.slice(1)]) },
  { id: 'manifest is a JSON array', code: 'package.manifest.wrongFormat', build: withManifest([manifestOf(docs)]) },
  { id: 'manifest of another format', code: 'package.manifest.wrongFormat', build: manifestWith({ format: 'review-desk/standard' }) },
  { id: 'manifest from a newer version', code: 'package.manifest.newerFormat', build: manifestWith({ formatVersion: 2 }) },
  { id: 'manifest without the county name', code: 'package.manifest.schema.missing', build: manifestWith({ countyName: undefined }) },
  { id: 'county code of five digits', code: 'package.manifest.schema.countyCode', build: manifestWith({ countyCode: '99010' }) },
  { id: 'county code with a letter O', code: 'package.manifest.schema.countyCode', build: manifestWith({ countyCode: '99O102' }) },
  { id: 'county code as a number', code: 'package.manifest.schema.expected.string', build: manifestWith({ countyCode: 990102 }) },
  { id: 'poverty flag as Chinese text', code: 'package.manifest.schema.expected.boolean', build: manifestWith({ poverty: '是' }) },
  { id: 'batch 0', code: 'package.manifest.schema.notAbove', build: manifestWith({ batch: 0 }) },
  { id: 'batch 1.5', code: 'package.manifest.schema.expected.integer', build: manifestWith({ batch: 1.5 }) },
  { id: 'misspelt field', code: 'package.manifest.schema.unknownKey', build: manifestWith({ documnets: [] }) },
  { id: 'bad e-mail', code: 'package.manifest.schema.email', build: manifestWith({ contact: { name: '王芳', phone: '123', email: 'wangfang at example' } }) },
  { id: 'no documents', code: 'package.manifest.schema.tooFewItems', build: manifestWith({ documents: [] }) },
  { id: 'unknown role', code: 'package.manifest.schema.notOneOf', build: documentsWith((d) => d.map((x, i) => (i === 0 ? { ...x, role: '申报书' } : x))) },
  { id: 'malformed SHA-256', code: 'package.manifest.schema.sha256', build: documentsWith((d) => d.map((x, i) => (i === 0 ? { ...x, sha256: 'abc123' } : x))) },
  { id: 'document path with ..', code: 'package.manifest.schema.documentPath', build: documentsWith((d) => [...d, { ...d[0], path: '../evil.pdf' }]) },
  { id: 'document path with a backslash', code: 'package.manifest.schema.documentPath', build: documentsWith((d) => [...d, { ...d[0], path: '佐证材料\\照片.jpg' }]) },
  { id: 'document named manifest.json', code: 'package.manifest.schema.reservedPath', build: documentsWith((d) => [...d, { ...d[0], path: 'Manifest.json' }]) },
  { id: 'a document listed twice', code: 'package.manifest.duplicatePath', build: documentsWith((d) => [...d, { ...d[0] }]) },
  { id: 'two documents differing only in case', code: 'package.manifest.duplicatePath', build: documentsWith((d) => [...d, { ...d[0], path: '清河县申报书.PDF' }]) },
  { id: 'listed document not in the zip', code: 'package.manifest.mismatch.missing', build: documentsWith((d) => [...d, { ...d[0], path: '补充材料.pdf' }]) },
  { id: 'file in the zip not listed', code: 'package.manifest.mismatch.extra', build: documentsWith((d) => d.slice(0, 3)) },
  { id: 'size differs from the manifest', code: 'package.manifest.mismatch.size', build: documentsWith((d) => d.map((x, i) => (i === 2 ? { ...x, size: 4999 } : x))) },
  { id: 'content differs from the manifest hash', code: 'package.manifest.mismatch.sha256', build: documentsWith((d) => d.map((x, i) => (i === 3 ? { ...x, sha256: '0'.repeat(64) } : x))) },
];
