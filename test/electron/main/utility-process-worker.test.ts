// The isolated-worker port over a utilityProcess, with a fake utilityProcess whose children are event
// emitters (there is no Electron binary here): an answer resolves and its progress is relayed; a crash, a
// timeout, a cancel, an oversize input, an answer outside the protocol and a job's own error are each
// refused as such; every child is killed, and a job settles only once its child has gone.
import { EventEmitter } from 'node:events';
import type { ForkOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../../electron/host/host-error';
import { ISOLATED_SERVICE_NAME, IsolatedJobError, utilityProcessWorker, type ForkedChild, type UtilityProcessForker } from '../../../electron/main/utility-process-worker';
import type { RunRequest } from '../../../electron/main/isolated-messages';

type Behaviour = (request: RunRequest, child: FakeChild) => void;

class FakeChild extends EventEmitter implements ForkedChild {
  readonly stderr = null;
  readonly posted: unknown[] = [];
  killed = false;
  exited = false;
  constructor(
    private readonly behaviour: Behaviour,
    /** False: a killed child does not exit until the test says so. */
    private readonly exitsOnKill = true,
  ) {
    super();
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
    // Answers arrive later, as from a real process.
    queueMicrotask(() => this.behaviour(message as RunRequest, this));
  }
  kill(): boolean {
    this.killed = true;
    if (this.exitsOnKill) this.exit(-15);
    return true;
  }
  answer(message: unknown): void {
    this.emit('message', message);
  }
  exit(code: number): void {
    if (this.exited) return;
    this.exited = true;
    this.emit('exit', code);
  }
}

function fakeForker(behaviour: Behaviour, exitsOnKill = true) {
  const forks: { modulePath: string; options: ForkOptions | undefined; child: FakeChild }[] = [];
  const forker: UtilityProcessForker = {
    fork(modulePath, _args, options) {
      const child = new FakeChild(behaviour, exitsOnKill);
      forks.push({ modulePath, options, child });
      return child;
    },
  };
  return { forker, forks };
}

const job = { name: 'readXlsxSheets', input: Uint8Array.from([1, 2, 3]) } as const;
const ENTRY = '/app/out/main/isolated-worker.js';

describe('utilityProcessWorker', () => {
  it('runs a job in a fresh, named, heap-limited process, relays progress, answers, and kills the process', async () => {
    const { forker, forks } = fakeForker((request, child) => {
      child.answer({ id: request.id, progress: { done: 1 } });
      child.answer({ id: request.id, ok: true, output: { sheets: [], echoed: request.name } });
    });
    const port = utilityProcessWorker(forker, ENTRY, { maxOldSpaceMb: 256 });
    expect(port.isolated).toBe(true);
    const progress: unknown[] = [];
    expect(await port.run(job, { onProgress: (value) => progress.push(value) })).toEqual({ sheets: [], echoed: 'readXlsxSheets' });
    expect(progress).toEqual([{ done: 1 }]);
    expect(forks).toHaveLength(1);
    const [fork] = forks;
    expect(fork?.modulePath).toBe(ENTRY);
    expect(fork?.options).toMatchObject({ serviceName: ISOLATED_SERVICE_NAME, execArgv: ['--max-old-space-size=256'], stdio: 'ignore' });
    expect(fork?.child.posted).toEqual([{ id: expect.any(String), name: 'readXlsxSheets', input: Uint8Array.from([1, 2, 3]) }]);
    expect(fork?.child.killed).toBe(true);

    // A second job gets a process of its own.
    await port.run(job);
    expect(forks).toHaveLength(2);
  });

  it('refuses with isolatedCrashed when the process exits before answering', async () => {
    const { forker } = fakeForker((_request, child) => child.exit(134));
    const outcome = utilityProcessWorker(forker, ENTRY).run(job);
    await expect(outcome).rejects.toBeInstanceOf(HostError);
    await expect(outcome).rejects.toMatchObject({ code: 'host.error.isolatedCrashed', params: { detail: 'exit code 134' } });
  });

  it('refuses with isolatedCrashed when no process can be started', async () => {
    const forker: UtilityProcessForker = {
      fork: () => {
        throw new Error('utilityProcess cannot be forked before app ready');
      },
    };
    await expect(utilityProcessWorker(forker, ENTRY).run(job)).rejects.toMatchObject({
      code: 'host.error.isolatedCrashed',
      params: { detail: 'utilityProcess cannot be forked before app ready' },
    });
  });

  it('kills the process and refuses with isolatedTimeout when it does not answer in time', async () => {
    const { forker, forks } = fakeForker(() => undefined);
    await expect(utilityProcessWorker(forker, ENTRY).run(job, { timeoutMs: 20 })).rejects.toMatchObject({ code: 'host.error.isolatedTimeout' });
    expect(forks[0]?.child.killed).toBe(true);
  });

  it('kills the process when the caller aborts, and rejects with the reason', async () => {
    const { forker, forks } = fakeForker(() => undefined);
    const controller = new AbortController();
    const outcome = utilityProcessWorker(forker, ENTRY).run(job, { signal: controller.signal });
    const reason = new Error('the user cancelled');
    controller.abort(reason);
    await expect(outcome).rejects.toBe(reason);
    expect(forks[0]?.child.killed).toBe(true);
    // Already aborted: no process at all.
    await expect(utilityProcessWorker(forker, ENTRY).run(job, { signal: controller.signal })).rejects.toBe(reason);
    expect(forks).toHaveLength(1);
  });

  it('refuses an oversize input before starting a process', async () => {
    const { forker, forks } = fakeForker(() => undefined);
    const port = utilityProcessWorker(forker, ENTRY, { maxInputBytes: 10 });
    await expect(port.run({ name: 'readXlsxSheets', input: new Uint8Array(11) })).rejects.toMatchObject({
      code: 'host.error.isolatedInputTooLarge',
      params: { size: '11 B', limit: '10 B' },
    });
    expect(forks).toHaveLength(0);
  });

  it('refuses and kills on an answer outside the protocol or for another job', async () => {
    for (const answer of [(id: string) => ({ id, ok: 'yes', output: 1 }), (id: string) => ({ id, ok: true, output: 1, extra: 1 }), () => ({ id: 'someone-else', ok: true, output: 1 }), () => 'hello']) {
      const { forker, forks } = fakeForker((request, child) => child.answer(answer(request.id)));
      await expect(utilityProcessWorker(forker, ENTRY).run(job)).rejects.toMatchObject({ code: 'host.error.isolatedBadAnswer' });
      expect(forks[0]?.child.killed).toBe(true);
    }
  });

  it("rejects with the job's own error, message and code", async () => {
    const { forker, forks } = fakeForker((request, child) => child.answer({ id: request.id, ok: false, error: { message: 'not a workbook', code: 'E_FORMAT' } }));
    const outcome = utilityProcessWorker(forker, ENTRY).run(job);
    await expect(outcome).rejects.toBeInstanceOf(IsolatedJobError);
    await expect(outcome).rejects.toMatchObject({ message: 'not a workbook', code: 'E_FORMAT' });
    expect(forks[0]?.child.killed).toBe(true);
  });

  it('settles only once the killed process has exited', async () => {
    const { forker, forks } = fakeForker((request, child) => child.answer({ id: request.id, ok: true, output: 42 }), false);
    let settled = false;
    const outcome = utilityProcessWorker(forker, ENTRY, { exitGraceMs: 60_000 })
      .run(job)
      .finally(() => (settled = true));
    // Let the answer arrive and every continuation run.
    await new Promise((resolve) => setImmediate(resolve));
    const child = forks[0]?.child;
    expect(child?.killed).toBe(true);
    expect(settled).toBe(false);
    child?.exit(0);
    expect(await outcome).toBe(42);
  });

  it('pipes the child’s stderr to the log, line by line, when given one', async () => {
    const lines: string[] = [];
    const stderr = new EventEmitter();
    const forker: UtilityProcessForker = {
      fork(_path, _args, options) {
        expect(options?.stdio).toEqual(['ignore', 'ignore', 'pipe']);
        const child = new FakeChild((request, self) => {
          stderr.emit('data', Buffer.from('first line\nsecond '));
          stderr.emit('data', 'line\n');
          self.answer({ id: request.id, ok: true, output: null });
        });
        Object.defineProperty(child, 'stderr', { value: stderr });
        return child;
      },
    };
    await utilityProcessWorker(forker, ENTRY, { log: (line) => lines.push(line) }).run(job);
    expect(lines).toEqual([`[${ISOLATED_SERVICE_NAME}] first line`, `[${ISOLATED_SERVICE_NAME}] second line`]);
  });
});
