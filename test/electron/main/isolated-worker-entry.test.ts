// The isolated worker's side of the protocol: with a fake parentPort, a job answers (after its progress), an
// unknown job name and a malformed request are answered with an error, a cancel aborts the job's signal; and
// across a real process boundary (a Node child process standing in for the utilityProcess, driven by the
// very port the app uses), the registry's real jobs read a workbook, stage an application package and a
// session file.
import { fork } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRegistry } from '../../../electron/host/isolated-job-types';
import { serveIsolatedJobs, type ParentPortLike } from '../../../electron/main/isolated-job-server';
import { WORKER_ERROR } from '../../../electron/main/isolated-messages';
import { utilityProcessWorker, type ForkedChild, type UtilityProcessForker } from '../../../electron/main/utility-process-worker';
import { readSessionThroughPort } from '../../../electron/files/isolated-session-stage';
import { writeSessionContainer } from '../../../electron/files/session-container';
import { stageThroughPort } from '../../../electron/package/isolated-stage';
import { sheetsReadResultSchema, xlsxSheetsJob } from '../../../electron/standard/xlsx-sheets-job';
import { writeStandardTemplate } from '../../../electron/standard/xlsx-template';
import { DISTINCT_DOCUMENTS, office, sessionPayload, storeWith } from '../files/session-fixtures';
import { samplePackage } from '../package/package-fixtures';

/** A parentPort whose messages the test sends and whose answers it collects. */
function fakeParentPort() {
  let listener: ((event: { data: unknown }) => void) | undefined;
  const posted: unknown[] = [];
  let onPost: () => void = () => undefined;
  const port: ParentPortLike = {
    on: (_event, l) => (listener = l),
    postMessage: (message) => {
      posted.push(message);
      onPost();
    },
  };
  const send = (data: unknown): void => listener?.({ data });
  /** Resolves once `count` messages have been posted in all. */
  const posts = (count: number): Promise<unknown[]> =>
    new Promise((resolve) => {
      onPost = () => posted.length >= count && resolve(posted);
      onPost();
    });
  return { port, send, posts, posted };
}

describe('the isolated job server', () => {
  it('runs a job by name, relaying its progress, and answers with its output', async () => {
    const jobs: JobRegistry = { double: (input, { progress }) => (progress('halfway'), Promise.resolve((input as number) * 2)) };
    const { port, send, posts } = fakeParentPort();
    serveIsolatedJobs(port, jobs);
    send({ id: 'a', name: 'double', input: 21 });
    expect(await posts(2)).toEqual([
      { id: 'a', progress: 'halfway' },
      { id: 'a', ok: true, output: 42 },
    ]);
  });

  it('answers an unknown job name, a failing job and a malformed request with an error', async () => {
    const jobs: JobRegistry = { fails: () => Promise.reject(Object.assign(new Error('broken workbook'), { code: 'E_BROKEN' })) };
    const { port, send, posts } = fakeParentPort();
    serveIsolatedJobs(port, jobs);
    send({ id: 'a', name: 'toString', input: null });
    send({ id: 'b', name: 'fails', input: null });
    send({ id: 'c', name: 42 });
    send('not even an object');
    const answers = await posts(3);
    expect(answers).toContainEqual({ id: 'a', ok: false, error: { message: 'no isolated job named toString', code: WORKER_ERROR.unknownJob } });
    expect(answers).toContainEqual({ id: 'b', ok: false, error: { message: 'broken workbook', code: 'E_BROKEN' } });
    expect(answers).toContainEqual({ id: 'c', ok: false, error: { message: expect.stringContaining('bad request'), code: WORKER_ERROR.badRequest } });
    expect(answers).toHaveLength(3);
  });

  it('aborts the job’s signal on cancel', async () => {
    const jobs: JobRegistry = {
      wait: (_input, { signal }) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error))),
    };
    const { port, send, posts } = fakeParentPort();
    serveIsolatedJobs(port, jobs);
    send({ id: 'a', name: 'wait', input: null });
    send({ id: 'a', cancel: true });
    expect(await posts(1)).toEqual([{ id: 'a', ok: false, error: { message: 'cancelled by the host' } }]);
  });
});

/** child_process.fork shaped like Electron's utilityProcess.fork, so the app's own port drives it. */
const nodeChildForker: UtilityProcessForker = {
  fork(modulePath, args, options) {
    const child = fork(modulePath, args ?? [], {
      execArgv: ['--import', 'tsx', ...(options?.execArgv ?? [])],
      // Structured clone, as a utilityProcess's MessagePort does: Uint8Array arrives as Uint8Array.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    // One implementation for both overloads of `on`: the listener's argument depends on the event.
    const on = (event: 'message' | 'exit', listener: (value: unknown) => void): unknown =>
      event === 'message' ? child.on('message', listener) : child.on('exit', (code: number | null) => listener(code ?? -1));
    const forked: ForkedChild = {
      on: on as ForkedChild['on'],
      postMessage: (message) => void child.send(message as never),
      kill: () => child.kill(),
      stderr: null,
    };
    return forked;
  },
};

describe('the isolated worker across a process boundary', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rd-isolated-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const port = utilityProcessWorker(nodeChildForker, join(__dirname, 'fixtures', 'isolated-job-child.ts'));

  it('reads a workbook in the child and answers sheets the host parses', async () => {
    const answer = await port.run(xlsxSheetsJob(new Uint8Array(await writeStandardTemplate())));
    const parsed = sheetsReadResultSchema.parse(answer);
    expect(parsed.problems).toEqual([]);
    expect(parsed.sheets.map((sheet) => sheet.name)).toContain('指标');
  });

  it('stages an application package in the child, relaying progress, and refuses a hostile one', async () => {
    const zip = join(dir, 'good.zip');
    await writeFile(zip, await samplePackage());
    const staging = await mkdtemp(join(dir, 'staging-'));
    const stages = new Set<string>();
    const outcome = await stageThroughPort(port, zip, staging, { onProgress: (progress) => stages.add(progress.stage) });
    expect(outcome.ok).toBe(true);
    expect(stages).toEqual(new Set(['reading']));
    if (outcome.ok) expect((await readdir(staging)).sort()).toEqual(outcome.documents.map((document) => document.file).sort());

    const notZip = join(dir, 'not.zip');
    await writeFile(notZip, 'PK but not really');
    const refused = await stageThroughPort(port, notZip, await mkdtemp(join(dir, 'staging-')));
    expect(refused).toMatchObject({ ok: false });
  });

  it('reads and stages a session file in the child; the host verifies session.json again', async () => {
    const path = join(dir, 'session.rdsession');
    const written = await writeSessionContainer(path, sessionPayload(), office, await storeWith(join(dir, 'office'), DISTINCT_DOCUMENTS));
    expect(written.ok).toBe(true);
    const staging = await mkdtemp(join(dir, 'staging-'));
    const read = await readSessionThroughPort(port, path, staging, { expectedOfficeFingerprint: office.fingerprint });
    expect(read).toMatchObject({ ok: true, signed: { signerFingerprint: office.fingerprint }, documents: DISTINCT_DOCUMENTS.map(() => ({ file: expect.stringMatching(/^doc-\d+$/) })) });
    expect(await readdir(staging)).toHaveLength(DISTINCT_DOCUMENTS.length);
  });
});
