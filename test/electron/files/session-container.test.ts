// The `.rdsession` container end to end: the office writes the demo session with its documents, an expert
// opens it into a fresh store and gets the same session and byte-identical documents. And what the writer
// refuses to write, leaving nothing at the target.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionContainer, writeSessionContainer } from '../../../electron/files/session-container';
import { readSessionContainer } from '../../../electron/files/session-container-reader';
import type { ImportProgress } from '../../../electron/package/import-types';
import { BlobStore } from '../../../electron/store/blob-store';
import { buildSessionFile } from '../../../shared/files/session-file';
import { translate } from '../../../shared/i18n/translate';
import { sha256Hex } from '../package/package-fixtures';
import { leftovers, snapshot } from '../package/store-snapshot';
import { DISTINCT_DOCUMENTS, office, readAll, sessionPayload, stranger, storeWith, TEST_DOCUMENTS } from './session-fixtures';

let dir: string;
let officeStore: BlobStore;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-session-'));
  officeStore = await storeWith(join(dir, 'office'), DISTINCT_DOCUMENTS);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let counter = 0;
const freshPath = (name: string): string => join(dir, `${(counter += 1)}-${name}`);

describe('writing and opening a session container', () => {
  it('round trips the session and every document byte for byte', async () => {
    const path = freshPath('session.rdsession');
    const written = await writeSessionContainer(path, sessionPayload(), office, officeStore);
    if (!written.ok) throw new Error(JSON.stringify(written.problems));
    expect(written.documents).toBe(DISTINCT_DOCUMENTS.length);
    expect(written.officeFingerprint).toBe(office.fingerprint);
    expect(written.bytes).toBe((await stat(path)).size);
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));

    const expert = await BlobStore.open(freshPath('expert'));
    const progress: ImportProgress[] = [];
    const opened = await openSessionContainer(path, expert, { expectedOfficeFingerprint: office.fingerprint, onProgress: (p) => progress.push(p) });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(opened.officeFingerprint).toBe(office.fingerprint);
    expect(opened.exportHash).toBe(written.exportHash);
    expect(opened.documents).toBe(DISTINCT_DOCUMENTS.length);
    expect(opened.session.sessionId).toBe('S-2026-2');
    expect(opened.session.applications.find((a) => a.id === 'A01')?.documents.map((d) => d.title)).toEqual(['申报书', '创新规划设计方案', '图书馆照片']);
    for (const document of TEST_DOCUMENTS) {
      expect((await readAll(expert.read(sha256Hex(document.bytes)))).equals(document.bytes), document.title).toBe(true);
    }
    expect(await leftovers(expert.root)).toEqual([]);

    const total = DISTINCT_DOCUMENTS.reduce((sum, bytes) => sum + bytes.length, 0);
    expect(progress[0]).toEqual({ stage: 'reading', bytesDone: 0, bytesTotal: total, entry: null });
    expect(progress.at(-1)).toEqual({ stage: 'storing', bytesDone: total, bytesTotal: total, entry: null });
    expect(progress.some((p) => p.stage === 'reading' && p.bytesDone === total)).toBe(true);
    for (const stage of ['reading', 'storing'] as const) {
      expect(progress.some((p) => p.stage === stage && p.entry?.endsWith('（A01） 创新规划设计方案')), stage).toBe(true);
    }
  });

  it('writes the same bytes for the same session, and opening it again changes nothing', async () => {
    const first = freshPath('a.rdsession');
    const second = freshPath('b.rdsession');
    expect((await writeSessionContainer(first, sessionPayload(), office, officeStore)).ok).toBe(true);
    expect((await writeSessionContainer(second, sessionPayload(), office, officeStore)).ok).toBe(true);
    // toEqual walks a Buffer byte by byte (seconds for 2 MB); equals() compares it as memory.
    expect((await readFile(second)).equals(await readFile(first))).toBe(true);

    const expert = await BlobStore.open(freshPath('expert'));
    expect((await openSessionContainer(first, expert)).ok).toBe(true);
    const once = await snapshot(expert.root);
    expect((await openSessionContainer(second, expert)).ok).toBe(true);
    expect(await snapshot(expert.root)).toEqual(once);
  });

  it('holds session.json as the canonical signed text, and checks without staging when asked to', async () => {
    const path = freshPath('session.rdsession');
    expect((await writeSessionContainer(path, sessionPayload(), office, officeStore)).ok).toBe(true);
    // Entries are stored, not deflated, so the signed text appears in the file as it is.
    const built = buildSessionFile(sessionPayload(), office);
    expect((await readFile(path)).indexOf(built.bytes)).toBeGreaterThan(0);
    const read = await readSessionContainer(path);
    if (!read.ok) throw new Error(read.code);
    expect(read.signed.exportHash).toBe(built.exportHash);
    expect(read.documents.map((document) => document.file)).toEqual(DISTINCT_DOCUMENTS.map(() => null));
  });
});

describe('the writer refuses', () => {
  async function refusedWrite(payload = sessionPayload(), signer = office, store = officeStore): Promise<{ code: string; messages: string[] }> {
    const path = freshPath('refused.rdsession');
    await writeFile(path, 'an older container'); // a refusal must leave what was there
    const outcome = await writeSessionContainer(path, payload, signer, store);
    if (outcome.ok) throw new Error('written');
    expect(await readFile(path, 'utf8')).toBe('an older container');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    return { code: outcome.code, messages: outcome.problems.map((p) => translate('zh-CN', p.code, p.params)) };
  }

  it('a document the office store does not hold, naming the application and the document', async () => {
    const partial = await storeWith(freshPath('partial'), DISTINCT_DOCUMENTS.slice(1));
    const { code, messages } = await refusedWrite(sessionPayload(), office, partial);
    expect(code).toBe('session.write.documentMissing');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('申报书');
    expect(messages[0]).toContain('（A01）');
  });

  it('a payload naming another office key than the signing one', async () => {
    expect((await refusedWrite(sessionPayload(stranger), office)).code).toBe('session.write.officeKeyMismatch');
  });

  it('a payload whose standard fingerprint is not its standard’s', async () => {
    expect((await refusedWrite({ ...sessionPayload(), standardFingerprint: 'ab'.repeat(32) })).code).toBe('session.write.standardFingerprint');
  });

  it('a payload that is not a session', async () => {
    const { code } = await refusedWrite({ ...sessionPayload(), roster: [] });
    expect(code).toBe('session.write.payloadInvalid');
  });
});
