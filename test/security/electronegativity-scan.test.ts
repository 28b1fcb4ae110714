// The real scanner through `npm run security`'s entry, on planted code: an insecure BrowserWindow in a .ts
// file must fail the check (proving the .ts files are parsed and checked), a hardened one must pass, and an
// empty folder must fail rather than pass as "no findings".
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOW_LIST_FORMAT } from '../../scripts/electronegativity/allow-list';
import { runCheck } from '../../scripts/electronegativity/check-command';

const ENTRY = join(import.meta.dirname, '..', '..', 'scripts', 'electronegativity-check.ts');

const INSECURE = `import { BrowserWindow } from 'electron';

export function openWindow(): BrowserWindow {
  const window: BrowserWindow = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
  void window.loadURL('https://example.com/');
  return window;
}
`;

// Everything the tool's checks look for, written where it can see it (literals, not calls).
const HARDENED = `import { app, BrowserWindow, session, type WebContents } from 'electron';

function harden(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function openWindow(): BrowserWindow {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': ["default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'"] } });
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  const window = new BrowserWindow({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' } });
  void window.loadURL('app://review-desk/index.html');
  return window;
}
`;

let base = '';

async function plant(name: string, source: string | null): Promise<string> {
  const dir = join(base, name);
  await mkdir(join(dir, 'src'), { recursive: true });
  if (source !== null) await writeFile(join(dir, 'src', 'window.ts'), source);
  await writeFile(join(dir, 'allow.json'), JSON.stringify({ format: ALLOW_LIST_FORMAT, formatVersion: 1, entries: [] }));
  return dir;
}

/** The entry as npm runs it (tsx as a loader, by URL so it resolves from the temporary folder too). */
function runEntry(cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), ENTRY, '--input', 'src', '--allow', 'allow.json'], { cwd });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'rd-electronegativity-'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('npm run security on planted code', () => {
  it('fails on an insecure BrowserWindow in a .ts file, naming the checks and the file', async () => {
    const { code, output } = await runEntry(await plant('insecure', INSECURE));
    expect(output).toMatch(/BLOCKS\s+CONTEXT_ISOLATION_JS_CHECK\s+HIGH\s+FIRM\s+src\/window\.ts:4/);
    expect(output).toMatch(/BLOCKS\s+SANDBOX_JS_CHECK\s+MEDIUM/);
    expect(output).toContain('electronegativity check FAILED');
    expect(output).toMatch(/electronegativity: 1 files, \d+ findings/);
    expect(code).toBe(1);
  });

  it('passes a hardened BrowserWindow: no HIGH or MEDIUM finding', async () => {
    const { code, output } = await runEntry(await plant('hardened', HARDENED));
    expect(output).not.toContain('BLOCKS');
    expect(output).not.toMatch(/\b(?:HIGH|MEDIUM)\b/);
    expect(output).toMatch(/electronegativity: 1 files, \d+ findings \(0 allowed, \d+ informational\/low\)/);
    expect(code).toBe(0);
  });

  it('fails on a folder with no source files instead of reporting nothing found', async () => {
    const dir = await plant('empty', null);
    const lines: string[] = [];
    const code = await runCheck(['--input', 'src', '--allow', 'allow.json'], dir, (line) => lines.push(line));
    expect(lines.join('\n')).toContain('no source files were scanned');
    expect(code).toBe(1);
  });
});
