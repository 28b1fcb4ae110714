// A session for the container tests: the demo session (12 applications, 7 experts) signed by a test
// office, with three applications given small generated documents (a PDF-like and a PNG-like byte string,
// 2 MB of noise, one document shared by two applications), held in the office's blob store. Plus writers
// for containers no honest office would send.
import { toBase64Url } from '../../../shared/crypto/base64url';
import { newSeed } from '../../../shared/crypto/keys';
import { signerFromSeed, type Signer } from '../../../shared/crypto/signer';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { suggestRecusals } from '../../../shared/files/recusal-suggestions';
import { buildSessionFile, type SessionPayloadInput } from '../../../shared/files/session-file';
import type { SessionDocument } from '../../../shared/files/session-payload';
import type { DocumentRole } from '../../../shared/model/document-role';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { BlobStore, type BlobStoreOptions } from '../../../electron/store/blob-store';
import { noise, sha256Hex, yazlZip, type ZipFileSpec } from '../package/package-fixtures';

export const office = signerFromSeed(newSeed());
export const stranger = signerFromSeed(newSeed());

export interface TestDocument {
  applicationId: string;
  role: DocumentRole;
  title: string;
  fileName: string;
  bytes: Buffer;
}

const pdfLike = (text: string): Buffer => Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${text}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
const pngLike = (seed: number): Buffer => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(300, seed)]);
const sharedForm = pdfLike('shared application form template');

export const TEST_DOCUMENTS: readonly TestDocument[] = [
  { applicationId: 'A01', role: 'applicationForm', title: '申报书', fileName: '申报书.pdf', bytes: pdfLike('A01 application form') },
  { applicationId: 'A01', role: 'innovationPlan', title: '创新规划设计方案', fileName: '创新规划设计方案.pdf', bytes: noise(2 * 1024 * 1024, 7) },
  { applicationId: 'A01', role: 'evidence', title: '图书馆照片', fileName: '佐证材料/图书馆照片.png', bytes: pngLike(11) },
  { applicationId: 'A02', role: 'applicationForm', title: '申报书', fileName: '申报书.pdf', bytes: pdfLike('A02 application form') },
  { applicationId: 'A02', role: 'evidence', title: '文化站照片', fileName: '文化站照片.png', bytes: pngLike(12) },
  { applicationId: 'A02', role: 'selfAssessment', title: '自评报告（模板）', fileName: '自评报告.pdf', bytes: sharedForm },
  { applicationId: 'A03', role: 'applicationForm', title: '申报书', fileName: '申报书.pdf', bytes: pdfLike('A03 application form') },
  { applicationId: 'A03', role: 'selfAssessment', title: '自评报告（模板）', fileName: '自评报告.pdf', bytes: sharedForm },
];

/** Distinct documents (the shared one once), as the container holds them. */
export const DISTINCT_DOCUMENTS: readonly Buffer[] = [...new Map(TEST_DOCUMENTS.map((d) => [sha256Hex(d.bytes), d.bytes])).values()];

export const sessionDocument = ({ role, title, fileName, bytes }: TestDocument): SessionDocument => ({ role, title, fileName, size: bytes.length, sha256: sha256Hex(bytes) });

/** The demo session as the office signs it, its documents listed for A01–A03. */
export function sessionPayload(signer: Signer = office, documents: readonly TestDocument[] = TEST_DOCUMENTS): SessionPayloadInput {
  const demo = buildDemoSession();
  const roster = demo.experts.map((e) => ({ expertId: e.id, name: e.name, organisation: e.organisation, title: e.title, city: e.city, keyFingerprint: null }));
  return {
    sessionId: 'S-2026-2',
    name: demo.session.name,
    stage: demo.session.stage,
    batch: 2,
    standard: demo.standard,
    standardFingerprint: fingerprintOf(demo.standard),
    office: { name: '示例省文化和旅游厅示范县创建办公室', fingerprint: signer.fingerprint, encryptionKey: toBase64Url(signer.x25519PublicKey) },
    roster,
    assignments: Object.fromEntries(demo.applications.map((a) => [a.id, demo.experts.map((e) => e.id)])),
    recusalSuggestions: suggestRecusals(roster, demo.applications),
    applications: demo.applications.map((a) => ({ ...a, documents: documents.filter((d) => d.applicationId === a.id).map(sessionDocument) })),
    createdAt: '2026-11-27T10:00:00Z',
  };
}

/** A blob store under `root` holding `documents`. */
export async function storeWith(root: string, documents: readonly Buffer[], options: BlobStoreOptions = {}): Promise<BlobStore> {
  const store = await BlobStore.open(root, options);
  for (const bytes of documents) await store.put([bytes], sha256Hex(bytes));
  return store;
}

/** The entries of a container, for a test to alter: session.json (as given) and the distinct documents. */
export function containerEntries(sessionBytes: Uint8Array, documents: readonly Buffer[] = DISTINCT_DOCUMENTS): ZipFileSpec[] {
  return [
    { name: 'session.json', data: Buffer.from(sessionBytes), compress: false },
    ...documents.map((bytes) => ({ name: `documents/${sha256Hex(bytes)}`, data: bytes, compress: false })),
  ];
}

/** A container written with yazl, bypassing the writer's checks: session.json signed by `signer` from `payload`. */
export function craftedContainer(payload: SessionPayloadInput, signer: Signer = office, alter: (entries: ZipFileSpec[]) => ZipFileSpec[] = (e) => e): Promise<Buffer> {
  return yazlZip(alter(containerEntries(buildSessionFile(payload, signer).bytes)));
}

export async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
