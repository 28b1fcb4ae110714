// A local web host on a random port for tests: the real contract plus the test methods, a fixed static
// folder (with a secret file beside it and a symlink pointing out of it), a known token, and a data
// directory behind the document and upload routes.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InternalFailure } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { startWebHost, type WebHost } from '../../../electron/web/web-host';
import { hostApiSpec } from '../../../shared/contract/host-api-spec';
import { testServices, testSpec } from '../host/test-spec';

export const SECRET_FILE_TEXT = 'DO-NOT-SERVE-THIS';
export const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuv';
export const fullSpec = { ...hostApiSpec, ...testSpec };

export interface Fixture {
  host: WebHost;
  logged: InternalFailure[];
  staticRoot: string;
  dataDir: string;
}

export interface FixtureOptions {
  bodyLimit?: number;
  /** The upload route's limit (2 GiB by default). */
  uploadLimit?: number;
  /** An existing data directory (e.g. an expert's who opened a session); a fresh one under the fixture's folder otherwise. */
  dataDir?: string;
}

export async function startFixture(options: FixtureOptions = {}): Promise<Fixture> {
  const base = mkdtempSync(join(tmpdir(), 'rd-web-'));
  const staticRoot = join(base, 'root');
  mkdirSync(join(staticRoot, 'assets'), { recursive: true });
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><html lang="zh-CN"><title>评审台</title><p>评审台</p></html>');
  writeFileSync(join(staticRoot, 'assets', 'app.js'), 'console.log("评审台");');
  writeFileSync(join(staticRoot, 'assets', 'style.css'), 'body { color: black }');
  writeFileSync(join(staticRoot, '.hidden'), SECRET_FILE_TEXT);
  writeFileSync(join(base, 'secret.txt'), SECRET_FILE_TEXT);
  symlinkSync(base, join(staticRoot, 'link-out'), 'dir');
  const dataDir = options.dataDir ?? join(base, 'data');
  const logged: InternalFailure[] = [];
  const services = { ...createHostServices({ host: 'web', dataDir }), ...testServices };
  const host = await startWebHost({
    target: { spec: fullSpec, services, logInternal: (entry) => logged.push(entry) },
    staticRoot,
    token: TOKEN,
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
    files: { dataDir, ...(options.uploadLimit === undefined ? {} : { uploadLimit: options.uploadLimit }) },
  });
  return { host, logged, staticRoot, dataDir };
}

export interface EventStream {
  events: { event: string; data: string }[];
  /** Resolves when the events received so far satisfy the predicate (rejects after a timeout). */
  until(predicate: (events: EventStream['events']) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

/** Opens `GET /api/events` with the bearer token and collects the events. */
export function openEvents(port: number, token: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const events: EventStream['events'] = [];
    const waiters = new Set<() => void>();
    const req = httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: { authorization: `Bearer ${token}`, host: `127.0.0.1:${port}` } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`events: HTTP ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event !== undefined && data !== undefined) events.push({ event, data });
        }
        for (const waiter of waiters) waiter();
      });
      res.on('error', () => {});
      const stream: EventStream = {
        events,
        until(predicate, timeoutMs = 5000) {
          return new Promise((done, fail) => {
            const check = (): void => {
              if (!predicate(events)) return;
              waiters.delete(check);
              clearTimeout(timer);
              done();
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`events so far: ${JSON.stringify(events)}`));
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        close: () => req.destroy(),
      };
      resolve(stream);
    });
    req.on('error', () => {});
    req.end();
  });
}
