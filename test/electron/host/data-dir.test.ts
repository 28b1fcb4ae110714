// Where each platform keeps the user's data, and the overrides, with the platform and environment injected.
import { chmodSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDataDir, resolveDataDir, type DataDirInputs } from '../../../electron/host/data-dir';

const linux = (env: Record<string, string> = {}, override?: string): DataDirInputs => ({ platform: 'linux', env, homedir: '/home/zhang', cwd: '/work', override });

describe('resolveDataDir', () => {
  it('Linux: ~/.local/share/review-desk, or $XDG_DATA_HOME/review-desk when that is absolute', () => {
    expect(resolveDataDir(linux())).toBe('/home/zhang/.local/share/review-desk');
    expect(resolveDataDir(linux({ XDG_DATA_HOME: '/data/xdg' }))).toBe('/data/xdg/review-desk');
    expect(resolveDataDir(linux({ XDG_DATA_HOME: 'relative/xdg' }))).toBe('/home/zhang/.local/share/review-desk');
    expect(resolveDataDir(linux({ XDG_DATA_HOME: '' }))).toBe('/home/zhang/.local/share/review-desk');
  });

  it('macOS: ~/Library/Application Support/Review Desk (XDG is not a Mac convention)', () => {
    const mac: DataDirInputs = { platform: 'darwin', env: { XDG_DATA_HOME: '/x' }, homedir: '/Users/zhang', cwd: '/' };
    expect(resolveDataDir(mac)).toBe('/Users/zhang/Library/Application Support/Review Desk');
  });

  it('Windows: %APPDATA%\\Review Desk, else the roaming folder under the profile', () => {
    const windows = (env: Record<string, string>): DataDirInputs => ({ platform: 'win32', env, homedir: 'C:\\Users\\zhang', cwd: 'D:\\work' });
    expect(resolveDataDir(windows({ APPDATA: 'C:\\Users\\zhang\\AppData\\Roaming' }))).toBe('C:\\Users\\zhang\\AppData\\Roaming\\Review Desk');
    expect(resolveDataDir(windows({}))).toBe('C:\\Users\\zhang\\AppData\\Roaming\\Review Desk');
    expect(resolveDataDir({ ...windows({}), override: 'data' })).toBe('D:\\work\\data');
  });

  it('--data-dir beats REVIEW_DESK_DATA_DIR, which beats the default; relative paths are from the working directory', () => {
    const env = { REVIEW_DESK_DATA_DIR: '/srv/review-desk', XDG_DATA_HOME: '/data/xdg' };
    expect(resolveDataDir(linux(env))).toBe('/srv/review-desk');
    expect(resolveDataDir(linux(env, '/mnt/usb/rd'))).toBe('/mnt/usb/rd');
    expect(resolveDataDir(linux({}, 'here/data'))).toBe('/work/here/data');
    expect(resolveDataDir(linux({ REVIEW_DESK_DATA_DIR: 'rel' }))).toBe('/work/rel');
  });
});

describe.skipIf(process.platform === 'win32')('ensureDataDir', () => {
  it('creates the folder and its missing parents with mode 0700, once', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rd-data-')), 'a', 'review-desk');
    const first = await ensureDataDir(dir);
    expect(first).toEqual({ path: dir, created: true, openMode: null });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect((await ensureDataDir(dir)).created).toBe(false);
  });

  it('leaves an existing folder as it is but reports that others can read it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rd-data-')), 'shared');
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    const result = await ensureDataDir(dir);
    expect(result).toMatchObject({ created: false, openMode: '755' });
    expect(statSync(dir).mode & 0o777).toBe(0o755);
  });
});
