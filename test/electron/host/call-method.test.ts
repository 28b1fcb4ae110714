// The one dispatcher: names and payloads from outside are checked, services' errors become structured
// answers, and a service's answer must match the contract.
import { describe, expect, it, vi } from 'vitest';
import { callMethod, hostTarget, type CallOutcome, type DispatchTarget, type InternalFailure } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { HOST_METHODS } from '../../../shared/contract/host-api-spec';
import type { HostProgress } from '../../../shared/contract/host-api-spec';
import { SECRET, testServices, testSpec, type TestSpec } from './test-spec';

function target(): { target: DispatchTarget<TestSpec>; logged: InternalFailure[] } {
  const logged: InternalFailure[] = [];
  return { target: { spec: testSpec, services: testServices, logInternal: (entry) => logged.push(entry) }, logged };
}

function failed(outcome: CallOutcome) {
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome.result)}`);
  return outcome;
}

describe('callMethod', () => {
  it('calls the service with the parsed params and returns its checked result', async () => {
    expect(await callMethod(target().target, 'echo', { text: '评', count: 3 })).toEqual({ ok: true, result: { text: '评评评' } });
  });

  it('refuses a method that is not in the table, including names every object has', async () => {
    for (const name of ['nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '']) {
      const outcome = failed(await callMethod(target().target, name, {}));
      expect(outcome.failure, name).toBe('unknownMethod');
      expect(outcome.error.code).toBe('host.error.unknownMethod');
    }
    expect(failed(await callMethod(target().target, 'nope', {})).error.message).toBe('没有这个接口方法：nope。');
  });

  it('refuses bad params with every problem listed, in Chinese by default and in English on request', async () => {
    const { target: t } = target();
    const outcome = failed(await callMethod(t, 'echo', { count: 1.5 }));
    expect(outcome.failure).toBe('badParams');
    expect(outcome.error.code).toBe('host.error.badParams');
    expect(outcome.error.message).toBe('调用 echo 的参数有 2 处不对：params.text：缺少此项。 params.count：应为整数。');
    expect(outcome.error.problems.map((p) => [p.code, p.where])).toEqual([
      ['host.params.missing', 'params.text'],
      ['host.params.expected.integer', 'params.count'],
    ]);

    const english = failed(await callMethod(t, 'echo', { text: '', count: 11 }, { locale: 'en-US' }));
    expect(english.error.message).toBe(
      'The parameters of echo are wrong in 2 place(s): params.text: needs at least 1 character(s). params.count: must not be greater than 10.',
    );
    expect(failed(await callMethod(t, 'echo', null)).error.problems[0]?.message).toBe('params：应为对象（JSON 的 {…}）。');
  });

  it('turns a HostError into a structured refusal with its own message and problems', async () => {
    const outcome = failed(await callMethod(target().target, 'refuse', {}));
    expect(outcome).toEqual({
      ok: false,
      failure: 'refused',
      error: {
        code: 'host.error.unsupported',
        message: '此运行方式不支持该操作：refuse。',
        params: { what: 'refuse' },
        problems: [{ code: 'host.params.missing', where: 'file.manifest', message: 'file.manifest：缺少此项。' }],
      },
    });
  });

  it('turns any other thrown error into "internal error": logged for the host, no detail for the caller', async () => {
    const { target: t, logged } = target();
    const outcome = failed(await callMethod(t, 'crash', {}));
    expect(outcome.failure).toBe('internal');
    expect(outcome.error.code).toBe('host.error.internal');
    expect(JSON.stringify(outcome)).not.toContain('secret');
    expect(JSON.stringify(outcome)).not.toContain('.ts:');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ method: 'crash', kind: 'threw' });
    expect((logged[0]?.error as Error).message).toBe(SECRET);
  });

  it("enforces the result schema: a service's answer outside the contract is refused", async () => {
    const { target: t, logged } = target();
    const outcome = failed(await callMethod(t, 'badResult', {}));
    expect(outcome.failure).toBe('internal');
    expect(outcome.error.code).toBe('host.error.badResult');
    expect(outcome.error.message).toContain('badResult');
    expect(logged.map((entry) => entry.kind)).toEqual(['badResult']);
  });

  it('forwards progress tagged with the operation id, and only when the caller asked for it', async () => {
    const events: HostProgress[] = [];
    const onProgress = (progress: HostProgress): void => void events.push(progress);
    await callMethod(target().target, 'countTo', { n: 3 }, { operationId: 'op-1', onProgress });
    expect(events).toEqual([1, 2, 3].map((done) => ({ operationId: 'op-1', done, total: 3, label: `第 ${done} 步` })));

    const silent = vi.fn();
    expect(await callMethod(target().target, 'countTo', { n: 2 }, { onProgress: silent })).toEqual({ ok: true, result: { counted: 2 } });
    expect(silent).not.toHaveBeenCalled();

    // Progress outside its schema is a bug of the service, like a bad result.
    expect(failed(await callMethod(target().target, 'badProgress', {}, { operationId: 'op-2', onProgress })).failure).toBe('internal');
  });
});

describe('the real contract', () => {
  it('has a service for every method in HOST_METHODS, and nothing else', () => {
    const services = createHostServices({ host: 'web', dataDir: '/tmp/rd' });
    expect(Object.keys(services).sort()).toEqual([...HOST_METHODS].sort());
  });

  it('answers getHostInfo with the version from package.json, the host and the data directory', async () => {
    const services = createHostServices({ host: 'web', dataDir: '/data/评审台' });
    const outcome = await callMethod(hostTarget(services), 'getHostInfo', {});
    expect(outcome).toEqual({ ok: true, result: { version: '0.1.0', host: 'web', dataDir: '/data/评审台', dialogs: false } });
  });

  it('refuses getHostInfo with a non-object payload', async () => {
    const outcome = failed(await callMethod(hostTarget(createHostServices({ host: 'cli', dataDir: '/d' })), 'getHostInfo', [1]));
    expect(outcome.failure).toBe('badParams');
  });
});
