// The renderer's typed client against the real local web host (in this process): results parsed with the
// spec, refusals as HostCallError with the host's Chinese message, progress through the event stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostClient, createSpecClient, HostCallError, hostResponseSchema } from '../../renderer/src/host-client';
import { parseSseBlock } from '../../renderer/src/progress-stream';
import type { HostProgress } from '../../shared/contract/host-api-spec';
import { fullSpec, startFixture, TOKEN, type Fixture } from '../electron/web/web-host-fixture';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture.host.close());

const options = (): { baseUrl: string; headers: Record<string, string> } => ({ baseUrl: fixture.host.origin, headers: { Authorization: `Bearer ${TOKEN}` } });

describe('host client', () => {
  it('calls getHostInfo through the contract object built from HOST_METHODS', async () => {
    const client = createHostClient(options());
    expect(await client.api.getHostInfo({})).toEqual({ version: '0.1.0', host: 'web', dataDir: fixture.dataDir, dialogs: false });
    expect(await client.call('getHostInfo', {})).toEqual({ version: '0.1.0', host: 'web', dataDir: fixture.dataDir, dialogs: false });
  });

  it("throws HostCallError with the host's code, status and Chinese message", async () => {
    const client = createSpecClient(fullSpec, options());
    const error = await client.call('echo', { text: '', count: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostCallError);
    expect(error).toMatchObject({ code: 'host.error.badParams', status: 400, method: 'echo', message: '调用 echo 的参数有 1 处不对：params.text：至少需要 1 个字符。' });
    expect((error as HostCallError).problems).toEqual([{ code: 'host.params.tooShort', where: 'params.text', message: 'params.text：至少需要 1 个字符。' }]);

    const english = createSpecClient(fullSpec, { ...options(), locale: 'en-US' });
    await expect(english.call('refuse', {})).rejects.toMatchObject({ status: 422, message: 'This way of running the app cannot do this: refuse.' });
  });

  it('refuses without the token like any other caller', async () => {
    const client = createHostClient({ baseUrl: fixture.host.origin });
    await expect(client.call('getHostInfo', {})).rejects.toMatchObject({ status: 401, code: 'host.error.unauthorized' });
  });

  it('parses the answer with the result schema: a host answering outside the contract is an error', async () => {
    const lying: typeof fetch = async () => new Response(JSON.stringify({ ok: true, result: { version: 1 } }), { status: 200 });
    await expect(createHostClient({ fetch: lying }).call('getHostInfo', {})).rejects.toMatchObject({ code: 'host.error.badResult' });
    const garbage: typeof fetch = async () => new Response('<html>', { status: 502 });
    await expect(createHostClient({ fetch: garbage }).call('getHostInfo', {})).rejects.toMatchObject({ code: 'host.error.badResult', status: 502 });
  });

  it('delivers the progress of its own call only', async () => {
    const client = createSpecClient(fullSpec, options());
    const other = createSpecClient(fullSpec, options());
    try {
      const mine: HostProgress[] = [];
      const theirs: HostProgress[] = [];
      const [result] = await Promise.all([
        client.call('countTo', { n: 4 }, { onProgress: (p) => mine.push(p) }),
        other.call('countTo', { n: 2 }, { onProgress: (p) => theirs.push(p) }),
      ]);
      expect(result).toEqual({ counted: 4 });
      // Every event arrived before the call resolved (the client waits for the host's `done`).
      expect(mine).toHaveLength(4);
      expect(theirs).toHaveLength(2);
      expect(mine.map((p) => [p.done, p.total, p.label])).toEqual([1, 2, 3, 4].map((done) => [done, 4, `第 ${done} 步`]));
      expect(new Set(mine.map((p) => p.operationId)).size).toBe(1);
      expect(mine[0]?.operationId).not.toBe(theirs[0]?.operationId);
    } finally {
      client.close();
      other.close();
    }
  });

  it('does not wait for progress of a call the host refused', async () => {
    const client = createSpecClient(fullSpec, options());
    try {
      const started = Date.now();
      await expect(client.call('echo', { text: '', count: 1 }, { onProgress: () => {} })).rejects.toMatchObject({ status: 400 });
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      client.close();
    }
  });

  it("reads the host's real answers with its response schema", async () => {
    const response = await fetch(`${fixture.host.origin}/api/echo`, { method: 'POST', headers: { ...options().headers, 'Content-Type': 'application/json' }, body: '{}' });
    expect(hostResponseSchema.safeParse(await response.json()).success).toBe(true);
  });
});

describe('parseSseBlock', () => {
  it('reads event and data lines, joins multi-line data and skips comments', () => {
    expect(parseSseBlock('event: progress\ndata: {"a":1}')).toEqual({ event: 'progress', data: '{"a":1}' });
    expect(parseSseBlock(': heartbeat')).toBeNull();
    expect(parseSseBlock('data: one\ndata: two')).toEqual({ event: 'message', data: 'one\ntwo' });
  });
});
