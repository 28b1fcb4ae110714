// Well-formed application packages for the tests, and the pieces to make broken ones from: a sample
// county's documents (deterministic bytes), their manifest, and writers with yazl or the raw writer.
import { createHash } from 'node:crypto';
import yazl from 'yazl';
import type { DocumentRole } from '../../../shared/package/manifest';
import { rawZip, type RawEntry } from './raw-zip';

export interface TestDocument {
  path: string;
  role: DocumentRole;
  title: string;
  bytes: Buffer;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Bytes that do not compress (as scanned PDFs and photos do not), from a seed. */
export function noise(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < size; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

export function sampleDocuments(): TestDocument[] {
  return [
    { path: '清河县申报书.pdf', role: 'applicationForm', title: '清河县申报书', bytes: noise(40_000, 1) },
    { path: '创新规划设计方案.pdf', role: 'innovationPlan', title: '创新规划设计方案', bytes: noise(20_000, 2) },
    { path: '佐证材料/图书馆照片.jpg', role: 'evidence', title: '图书馆照片', bytes: noise(5_000, 3) },
    { path: '自评报告.docx', role: 'selfAssessment', title: '自评报告', bytes: noise(3_000, 4) },
  ];
}

export function manifestOf(documents: readonly TestDocument[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'review-desk/package',
    formatVersion: 1,
    countyName: '清河县',
    countyCode: '990102',
    city: '云泽市',
    poverty: true,
    batch: 2,
    contact: { name: '王芳', phone: '0311-8888 8888', email: 'wangfang@example.cn' },
    documents: documents.map(({ path, role, title, bytes }) => ({ path, role, title, size: bytes.length, sha256: sha256Hex(bytes) })),
    ...overrides,
  };
}

export const manifestBytes = (manifest: unknown): Buffer => Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');

export interface ZipFileSpec {
  name: string;
  data: Buffer;
  compress?: boolean;
  mode?: number;
}

export async function yazlZip(files: readonly ZipFileSpec[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const file of files) {
    const options: Partial<yazl.Options> = { compress: file.compress ?? true, mtime: new Date(Date.UTC(2025, 0, 1)) };
    if (file.mode !== undefined) options.mode = file.mode;
    zip.addBuffer(file.data, file.name, options);
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A valid package written by yazl, with the manifest and documents given (the sample county by default). */
export function samplePackage(documents = sampleDocuments(), manifest: unknown = manifestOf(documents)): Promise<Buffer> {
  return yazlZip([{ name: 'manifest.json', data: manifestBytes(manifest) }, ...documents.map(({ path, bytes }) => ({ name: path, data: bytes }))]);
}

/** The sample package as raw entries (manifest first), for a case to alter before writing with rawZip. */
export function sampleEntries(documents = sampleDocuments(), manifest: unknown = manifestOf(documents)): RawEntry[] {
  return [{ name: 'manifest.json', data: manifestBytes(manifest), method: 8 }, ...documents.map(({ path, bytes }) => ({ name: path, data: bytes, method: 8 }))];
}

export const rawPackage = (alter: (entries: RawEntry[]) => RawEntry[]): Buffer => rawZip(alter(sampleEntries()));
