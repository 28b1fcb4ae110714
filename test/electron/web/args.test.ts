// `npm run web` arguments, the browser opener per platform, and where the renderer build goes.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../../electron/web/args';
import { browserCommand } from '../../../electron/web/open-browser';
import { RENDERER_PATHS } from '../../../electron/web/run-web';
import viteConfig from '../../../renderer/vite.config';

describe('parseWebArgs', () => {
  it('defaults to a random port, the default data directory and opening the browser', () => {
    expect(parseWebArgs([])).toEqual({ ok: true, args: { port: 0, dataDir: undefined, open: true, help: false } });
  });

  it('reads --port, --data-dir (both spellings) and --no-open', () => {
    expect(parseWebArgs(['--port', '8080', '--data-dir', '/tmp/评审', '--no-open'])).toEqual({
      ok: true,
      args: { port: 8080, dataDir: '/tmp/评审', open: false, help: false },
    });
    expect(parseWebArgs(['--port=0', '--data-dir=d'])).toMatchObject({ ok: true, args: { port: 0, dataDir: 'd' } });
  });

  it('refuses bad ports, missing values and unknown arguments with a message key', () => {
    expect(parseWebArgs(['--port', '65536'])).toEqual({ ok: false, code: 'host.web.args.badPort', params: { value: '65536' } });
    expect(parseWebArgs(['--port', '-1'])).toMatchObject({ ok: false, code: 'host.web.args.badPort' });
    expect(parseWebArgs(['--port', '--no-open'])).toMatchObject({ ok: false, code: 'host.web.args.missingValue' });
    expect(parseWebArgs(['--port', '80x'])).toMatchObject({ ok: false, code: 'host.web.args.badPort' });
    expect(parseWebArgs(['--data-dir'])).toMatchObject({ ok: false, code: 'host.web.args.missingValue' });
    expect(parseWebArgs(['--host', '0.0.0.0'])).toEqual({ ok: false, code: 'host.web.args.unknown', params: { arg: '--host' } });
  });
});

describe('browserCommand', () => {
  it('passes the link as one argument on every platform', () => {
    const url = 'http://127.0.0.1:1234/?token=abc';
    expect(browserCommand('linux', url)).toEqual(['xdg-open', [url]]);
    expect(browserCommand('darwin', url)).toEqual(['open', [url]]);
    expect(browserCommand('win32', url)).toEqual(['rundll32', ['url.dll,FileProtocolHandler', url]]);
  });
});

describe('renderer build location', () => {
  it('is where the Vite config writes it', () => {
    expect(resolve(viteConfig.root ?? '', viteConfig.build?.outDir ?? '')).toBe(RENDERER_PATHS.outDir);
    expect(viteConfig.root).toBe(RENDERER_PATHS.rendererDir);
  });
});
