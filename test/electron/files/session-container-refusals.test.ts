// Containers an expert must not open: forged, tampered, incomplete, padded, foreign, broken or crafted.
// Each is refused with its exact code (and, where the zip reader found it, the reader's own finding
// second), every message reads in Chinese with all its values filled in, and the expert's store, which
// already holds one of the session's documents, is left exactly as it was with nothing in tmp/.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionContainer, type OpenSessionOptions } from '../../../electron/files/session-container';
import type { BlobStore } from '../../../electron/store/blob-store';
import { recipientFromSigningKey } from '../../../shared/crypto/encrypted-envelope';
import { buildScoresFile } from '../../../shared/files/scores-file';
import { buildSessionFile } from '../../../shared/files/session-file';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { noise, sha256Hex, yazlZip, type ZipFileSpec } from '../package/package-fixtures';
import { rawZip, type RawEntry } from '../package/raw-zip';
import { leftovers, snapshot } from '../package/store-snapshot';
import { containerEntries, craftedContainer, DISTINCT_DOCUMENTS, office, sessionPayload, storeWith, stranger, TEST_DOCUMENTS } from './session-fixtures';

interface RefusedCase {
  id: string;
  code: MessageKey;
  /** The second problem's code: the zip reader's or the envelope's own finding. */
  detail?: MessageKey;
  build: () => Buffer | Promise<Buffer>;
  options?: OpenSessionOptions;
}

const sessionBytes = (): Uint8Array => buildSessionFile(sessionPayload(), office).bytes;
const validContainer = (): Promise<Buffer> => craftedContainer(sessionPayload());
const withEntries = (alter: (entries: ZipFileSpec[]) => ZipFileSpec[]): (() => Promise<Buffer>) => () => yazlZip(alter(containerEntries(sessionBytes())));
const rawContainer = (...extra: RawEntry[]): (() => Buffer) => () => rawZip([...containerEntries(sessionBytes()).map(({ name, data }) => ({ name, data })), ...extra]);
const isDocument = (sha256: string) => (entry: ZipFileSpec): boolean => entry.name === `documents/${sha256}`;
const big = DISTINCT_DOCUMENTS[1] ?? Buffer.alloc(0);
const small = DISTINCT_DOCUMENTS[0] ?? Buffer.alloc(0);

/** One bit flipped at the first occurrence of `marker` (plus `offset`) in `bytes`. */
function flipAt(bytes: Uint8Array, marker: string, offset = 0): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(marker) + offset;
  if (at < offset) throw new Error(`marker ${marker} not found`);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

const scores = () => buildScoresFile({ sessionId: 'S-2026-2', standardFingerprint: '0'.repeat(64), expertId: 'E1', sequence: 1, previousHash: null, createdAt: '', sheets: [] }, stranger);

const CASES: readonly RefusedCase[] = [
  // The signed session.json.
  {
    id: 'session.json with one byte flipped (re-zipped, so the zip itself is sound)',
    code: 'session.file.tampered',
    detail: 'crypto.badSignature',
    build: withEntries(([session, ...rest]) => [{ ...(session as ZipFileSpec), data: flipAt(sessionBytes(), '"createdAt":"2026', 16) }, ...rest]),
  },
  { id: 'session.json missing', code: 'session.container.sessionMissing', build: withEntries((entries) => entries.slice(1)) },
  { id: 'session.json is a scores file', code: 'session.file.wrongFormat', detail: 'crypto.wrongFormat', build: withEntries(([, ...rest]) => [{ name: 'session.json', data: Buffer.from(scores().bytes) }, ...rest]) },
  { id: 'session.json over the limit', code: 'session.container.sessionTooLarge', build: validContainer, options: { limits: { maxManifestBytes: 1000 } } },
  // Who signed it.
  {
    id: 'signed by another office than the one the expert expects',
    code: 'session.office.unexpected',
    build: () => craftedContainer(sessionPayload(stranger), stranger),
    options: { expectedOfficeFingerprint: office.fingerprint },
  },
  { id: 'signed by a stranger under the office’s name', code: 'session.office.signerMismatch', build: () => craftedContainer(sessionPayload(office), stranger) },
  { id: 'signed with a standard fingerprint that is not the standard’s', code: 'session.standard.fingerprintMismatch', build: () => craftedContainer({ ...sessionPayload(), standardFingerprint: 'ab'.repeat(32) }) },
  // The documents against the signed list.
  { id: 'a document replaced by other bytes of the same size', code: 'session.container.documentChanged', build: withEntries((e) => e.map((x) => (isDocument(sha256Hex(big))(x) ? { ...x, data: noise(big.length, 99) } : x))) },
  { id: 'a document replaced by other bytes of another size', code: 'session.container.documentSize', build: withEntries((e) => e.map((x) => (isDocument(sha256Hex(small))(x) ? { ...x, data: noise(10, 99) } : x))) },
  { id: 'a document missing', code: 'session.container.documentMissing', build: withEntries((e) => e.filter((x) => !isDocument(sha256Hex(big))(x))) },
  { id: 'an extra entry', code: 'session.container.extraEntry', build: withEntries((e) => [...e, { name: 'readme.txt', data: Buffer.from('hello') }]) },
  { id: 'an extra document the session does not list', code: 'session.container.extraEntry', build: withEntries((e) => [...e, { name: `documents/${sha256Hex(noise(50, 5))}`, data: noise(50, 5) }]) },
  { id: 'a folder entry', code: 'session.container.extraEntry', build: rawContainer({ name: 'documents/' }) },
  { id: 'a document listed twice in the zip', code: 'session.container.unsafe', detail: 'package.zip.duplicate', build: rawContainer({ name: `documents/${sha256Hex(small)}`, data: small }) },
  {
    id: 'a session listing one document with two sizes',
    code: 'session.container.sizeConflict',
    build: () => {
      const payload = sessionPayload();
      const a03 = payload.applications.find((a) => a.id === 'A03');
      const shared = a03?.documents.find((d) => d.title === '自评报告（模板）');
      if (!shared) throw new Error('fixture changed');
      shared.size += 1;
      return craftedContainer(payload);
    },
  },
  // Not a container at all.
  { id: 'a scores file renamed .rdsession', code: 'session.container.scoresFile', build: () => Buffer.from(scores().bytes) },
  { id: 'an encrypted scores file renamed .rdsession', code: 'session.container.scoresFile', build: () => Buffer.from(buildScoresFile({ sessionId: 'S', standardFingerprint: '0'.repeat(64), expertId: 'E1', sequence: 1, previousHash: null, createdAt: '', sheets: [] }, stranger, { encryptTo: recipientFromSigningKey(office.publicKey) }).bytes) },
  { id: 'a bare session.json renamed .rdsession', code: 'session.container.bareSessionJson', build: () => Buffer.from(sessionBytes()) },
  { id: 'random bytes', code: 'session.container.notContainer', build: () => noise(5000, 3) },
  { id: 'an empty file', code: 'session.container.empty', build: () => Buffer.alloc(0) },
  // Broken or crafted zips.
  { id: 'truncated to half', code: 'session.container.truncated', build: async () => { const zip = await validContainer(); return zip.subarray(0, zip.length >> 1); } },
  { id: 'one byte flipped inside a stored document', code: 'session.container.damaged', detail: 'package.zip.crcMismatch', build: async () => flipAt(await validContainer(), '%PDF-1.7', 20) },
  { id: 'a traversal entry', code: 'session.container.unsafe', detail: 'package.zip.traversal', build: rawContainer({ name: '../../evil.txt', data: Buffer.from('x') }) },
  { id: 'a symlink entry', code: 'session.container.unsafe', detail: 'package.zip.symlink', build: rawContainer({ name: 'documents/link', data: Buffer.from('/etc/passwd'), externalAttributes: (0o120777 << 16) >>> 0 }) },
  { id: 'a record lying about its size', code: 'session.container.damaged', detail: 'package.zip.sizeMismatch', build: rawContainer({ name: 'documents/liar', data: Buffer.from('short'), uncompressedSize: 5000 }) },
  { id: 'more entries than the limit', code: 'session.container.unsafe', detail: 'package.zip.tooManyEntries', build: validContainer, options: { limits: { maxEntries: 3 } } },
];

let dir: string;
let store: BlobStore;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-session-refused-'));
  store = await storeWith(join(dir, 'expert'), [small]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('opening a container that must be refused', () => {
  it('has at least a dozen cases, each with its own name', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it('the test documents are what the fixtures say', () => {
    expect(TEST_DOCUMENTS.length).toBe(8);
    expect(DISTINCT_DOCUMENTS.length).toBe(7);
  });

  for (const { id, code, detail, build, options } of CASES) {
    it(id, async () => {
      const path = join(dir, `${id.replace(/[^a-z0-9]+/gi, '-')}.rdsession`);
      await writeFile(path, await build());
      const before = await snapshot(store.root);
      const outcome = await openSessionContainer(path, store, options);
      expect(await snapshot(store.root)).toEqual(before);
      expect(await leftovers(store.root)).toEqual([]);
      if (outcome.ok) throw new Error('opened');
      expect(outcome.code).toBe(code);
      if (detail !== undefined) expect(outcome.problems[1]?.code).toBe(detail);
      for (const problem of outcome.problems) {
        const message = translate('zh-CN', problem.code, { ...problem.params, where: problem.where });
        expect(message, problem.code).not.toMatch(/\{\{|undefined/);
      }
    });
  }

  it('names both office keys, grouped, when the signer is not the expected office', async () => {
    const path = join(dir, 'other-office.rdsession');
    await writeFile(path, await craftedContainer(sessionPayload(stranger), stranger));
    const outcome = await openSessionContainer(path, store, { expectedOfficeFingerprint: groupedFingerprint(office.fingerprint) });
    if (outcome.ok) throw new Error('opened');
    const [first] = outcome.problems;
    if (!first) throw new Error('no problem');
    const message = translate('zh-CN', first.code, first.params);
    expect(message).toContain(groupedFingerprint(office.fingerprint));
    expect(message).toContain(groupedFingerprint(stranger.fingerprint));
    expect(message).toContain('评审办公室');
  });

  it('accepts the same container when the expected office signed it (typed grouped, as read out)', async () => {
    const path = join(dir, 'good.rdsession');
    await writeFile(path, await validContainer());
    const outcome = await openSessionContainer(path, store, { expectedOfficeFingerprint: groupedFingerprint(office.fingerprint) });
    expect(outcome.ok).toBe(true);
  });

  it('refuses a path that does not exist', async () => {
    const outcome = await openSessionContainer(join(dir, 'nowhere.rdsession'), store);
    expect(outcome.ok ? null : outcome.code).toBe('session.container.cannotOpen');
  });
});
