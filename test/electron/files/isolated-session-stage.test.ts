// Opening a `.rdsession` with the container parsed through the isolated-worker port (in the app a
// utilityProcess; here the real job in this process behind a port that says it is isolated): a good file
// opens as it does in-process; and a worker that lies is caught here, not believed: session.json bytes
// altered or re-signed by another key, a staged-document list that is not the payload's, an answer outside
// the schema, a timeout; each is a refusal that leaves the expert's store as it was. A cancel stops the open.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionContainer, writeSessionContainer } from '../../../electron/files/session-container';
import { HostError } from '../../../electron/host/host-error';
import { inProcessWorker, type IsolatedJob, type IsolatedWorkerPort } from '../../../electron/host/ports';
import { BlobStore } from '../../../electron/store/blob-store';
import { buildSessionFile } from '../../../shared/files/session-file';
import { leftovers, snapshot } from '../package/store-snapshot';
import { workerCancelledWhileRunning } from '../host/cancelled-worker';
import { DISTINCT_DOCUMENTS, office, sessionPayload, stranger, storeWith } from './session-fixtures';

let dir: string;
let sessionPath: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-isolated-session-'));
  const officeStore = await storeWith(join(dir, 'office'), DISTINCT_DOCUMENTS);
  sessionPath = join(dir, 'session.rdsession');
  const written = await writeSessionContainer(sessionPath, sessionPayload(), office, officeStore);
  if (!written.ok) throw new Error(JSON.stringify(written.problems));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let counter = 0;
const freshStore = (): Promise<BlobStore> => BlobStore.open(join(dir, `expert-${(counter += 1)}`));

type Answer = { ok: true; sessionBytes: Uint8Array; documents: { sha256: string; size: number; file: string; label: string }[] };

/** The real job, then `alter` on its answer: a worker that has been taken over by the file it read. */
function lyingPort(alter: (answer: Answer) => unknown): IsolatedWorkerPort {
  return { isolated: true, run: async (job, options) => alter((await inProcessWorker.run(job, options)) as Answer) };
}

async function refusedUnchanged(port: IsolatedWorkerPort, expected?: string): Promise<{ code: string; detail: unknown }> {
  const store = await freshStore();
  const before = await snapshot(store.root);
  const opened = await openSessionContainer(sessionPath, store, { isolatedWorker: port, ...(expected === undefined ? {} : { expectedOfficeFingerprint: expected }) });
  expect(opened.ok).toBe(false);
  expect(await snapshot(store.root)).toEqual(before);
  expect(await leftovers(store.root)).toEqual([]);
  if (opened.ok) throw new Error('opened');
  return { code: opened.code, detail: opened.problems[0]?.params.detail };
}

describe('opening a session container through the isolated port', () => {
  it('opens a good file through the stageSessionContainer job, as in-process', async () => {
    const jobs: IsolatedJob[] = [];
    const spy: IsolatedWorkerPort = { isolated: true, run: (job, options) => (jobs.push(job), inProcessWorker.run(job, options)) };
    const stages = new Set<string>();
    const opened = await openSessionContainer(sessionPath, await freshStore(), {
      isolatedWorker: spy,
      expectedOfficeFingerprint: office.fingerprint,
      onProgress: (progress) => stages.add(progress.stage),
    });
    const inProcess = await openSessionContainer(sessionPath, await freshStore(), { expectedOfficeFingerprint: office.fingerprint });
    expect(jobs.map((job) => job.name)).toEqual(['stageSessionContainer']);
    expect(opened).toEqual(inProcess);
    expect(opened).toMatchObject({ ok: true, officeFingerprint: office.fingerprint, documents: DISTINCT_DOCUMENTS.length });
    expect(stages).toEqual(new Set(['reading', 'storing']));
  });

  it('passes on the worker’s refusal (another office than expected)', async () => {
    expect((await refusedUnchanged(lyingPort((answer) => answer), stranger.fingerprint)).code).toBe('session.office.unexpected');
  });

  it('verifies session.json again: altered bytes are tampering, a file re-signed by another key is not the expected office', async () => {
    const flipped = lyingPort((answer) => {
      const bytes = Uint8Array.from(answer.sessionBytes);
      const at = Buffer.from(bytes).indexOf('S-2026-2');
      bytes[at + 7] = '3'.charCodeAt(0);
      return { ...answer, sessionBytes: bytes };
    });
    expect((await refusedUnchanged(flipped)).code).toBe('session.file.tampered');
    const forged = lyingPort((answer) => ({ ...answer, sessionBytes: buildSessionFile(sessionPayload(stranger), stranger).bytes }));
    expect((await refusedUnchanged(forged, office.fingerprint)).code).toBe('session.office.unexpected');
  });

  it('refuses a staged-document list that is not the payload’s, and an answer outside the schema', async () => {
    const dropped = lyingPort((answer) => ({ ...answer, documents: answer.documents.slice(1) }));
    expect(await refusedUnchanged(dropped)).toEqual({ code: 'session.container.workerCrashed', detail: 'staged documents differ from the session file' });
    const renamed = lyingPort((answer) => ({ ...answer, documents: answer.documents.map((document) => ({ ...document, file: 'doc-0' })) }));
    expect((await refusedUnchanged(renamed)).code).toBe('session.container.workerCrashed');
    const garbage = lyingPort(() => ({ ok: true, sessionBytes: 'not bytes', documents: [] }));
    expect(await refusedUnchanged(garbage)).toMatchObject({ code: 'session.container.workerCrashed', detail: expect.stringContaining('unexpected answer') });
  });

  it('says so when the worker times out or dies', async () => {
    const timeout: IsolatedWorkerPort = { isolated: true, run: () => Promise.reject(new HostError('host.error.isolatedTimeout', { seconds: 60 })) };
    expect((await refusedUnchanged(timeout)).code).toBe('session.container.workerTimeout');
    const died: IsolatedWorkerPort = { isolated: true, run: () => Promise.reject(Object.assign(new HostError('host.error.isolatedCrashed'), { message: 'exit code 134' })) };
    expect(await refusedUnchanged(died)).toEqual({ code: 'session.container.workerCrashed', detail: 'exit code 134' });
  });

  it('stops when the caller cancels, rejecting with the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const hanging = workerCancelledWhileRunning(controller, reason);
    const store = await freshStore();
    await expect(openSessionContainer(sessionPath, store, { isolatedWorker: hanging, signal: controller.signal })).rejects.toBe(reason);
    expect(await leftovers(store.root)).toEqual([]);
  });
});
