// harden-contents with stand-in web contents, dialog and shell: insecure contents closed, navigation and
// redirects kept on app://review-desk, window.open denied, only https: links opened and only after the
// user picks 「打开」, every permission denied, <webview> refused.
import type { WebContents, WebPreferences } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { on: vi.fn() },
  dialog: { showMessageBox: vi.fn() },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
}));
vi.mock('electron', () => electron);

const { hardenAllContents, hardenContents } = await import('../../../electron/main/harden-contents');

type Listener = (event: { url: string; preventDefault: () => void }, ...rest: unknown[]) => void;
type OpenHandler = (details: { url: string }) => { action: string };

class FakeContents {
  readonly listeners = new Map<string, Listener[]>();
  openHandler: OpenHandler | undefined;
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheck: ((...args: unknown[]) => boolean) | undefined;
  readonly close = vi.fn();
  readonly session = {
    setPermissionRequestHandler: (handler: FakeContents['permissionRequest']) => {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler: (handler: FakeContents['permissionCheck']) => {
      this.permissionCheck = handler;
    },
  };
  constructor(private readonly preferences: WebPreferences | null) {}
  getLastWebPreferences(): WebPreferences | null {
    return this.preferences;
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  /** Fires an event the way Electron does; true when a listener prevented it. */
  emit(event: string, url: string): boolean {
    let prevented = false;
    for (const listener of this.listeners.get(event) ?? []) listener({ url, preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

const SECURE: WebPreferences = { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true };

function harden(preferences: WebPreferences | null = SECURE): FakeContents {
  const contents = new FakeContents(preferences);
  hardenContents(contents as unknown as WebContents);
  return contents;
}

/** The dialog answers with the button whose label is given. */
function userPicks(label: string): void {
  electron.dialog.showMessageBox.mockImplementation((options: { buttons: string[] }) => Promise.resolve({ response: options.buttons.indexOf(label), checkboxChecked: false }));
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  electron.dialog.showMessageBox.mockReset();
  electron.shell.openExternal.mockClear();
});

describe('the web contents preferences', () => {
  it('hardens every contents the app creates, from the web-contents-created event', () => {
    hardenAllContents();
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    const listener = electron.app.on.mock.calls[0]?.[1] as (event: unknown, contents: WebContents) => void;
    const contents = new FakeContents({ ...SECURE, nodeIntegration: true });
    listener({}, contents as unknown as WebContents);
    expect(contents.close).toHaveBeenCalledOnce();
  });

  it('keeps a secure contents open', () => {
    expect(harden().close).not.toHaveBeenCalled();
  });

  it.each<[string, WebPreferences | null]>([
    ['nodeIntegration on', { ...SECURE, nodeIntegration: true }],
    ['sandbox off', { ...SECURE, sandbox: false }],
    ['sandbox not set', { contextIsolation: true, nodeIntegration: false, webSecurity: true }],
    ['contextIsolation off', { ...SECURE, contextIsolation: false }],
    ['webSecurity off', { ...SECURE, webSecurity: false }],
    ['preferences unknown', null],
  ])('closes a contents with %s and fences nothing else onto it', (_name, preferences) => {
    const contents = harden(preferences);
    expect(contents.close).toHaveBeenCalledOnce();
    expect(contents.openHandler).toBeUndefined();
  });
});

describe('navigation', () => {
  it('allows navigation and redirects within app://review-desk', () => {
    const contents = harden();
    expect(contents.emit('will-navigate', 'app://review-desk/office/session')).toBe(false);
    expect(contents.emit('will-redirect', 'app://review-desk/index.html')).toBe(false);
  });

  it('prevents navigation and redirects to any other origin', async () => {
    const contents = harden();
    userPicks('取消');
    for (const url of ['https://example.com/', 'http://example.com/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'not a url']) {
      expect(contents.emit('will-navigate', url), url).toBe(true);
      expect(contents.emit('will-redirect', url), url).toBe(true);
    }
    await settle();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses <webview>', () => {
    expect(harden().emit('will-attach-webview', 'app://review-desk/index.html')).toBe(true);
  });
});

describe('new windows and external links', () => {
  it('denies window.open, even for the app origin', () => {
    const contents = harden();
    expect(contents.openHandler?.({ url: 'app://review-desk/index.html' })).toStrictEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toStrictEqual({ action: 'deny' });
  });

  it('opens an https: link in the system browser only after the user picks 「打开」 in a Chinese dialog', async () => {
    const contents = harden();
    userPicks('打开');
    expect(contents.openHandler?.({ url: 'https://www.gov.cn/zhengce/' })).toStrictEqual({ action: 'deny' });
    await settle();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce();
    const options = electron.dialog.showMessageBox.mock.calls[0]?.[0] as { message: string; detail: string; buttons: string[]; cancelId: number; defaultId: number };
    expect(options.message).toBe('要在系统浏览器中打开这个网址吗？');
    expect(options.detail).toBe('https://www.gov.cn/zhengce/');
    expect(options.buttons).toStrictEqual(['打开', '取消']);
    expect(options.buttons[options.cancelId]).toBe('取消');
    expect(options.buttons[options.defaultId]).toBe('取消');
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.gov.cn/zhengce/');
  });

  it('does not open the link when the user cancels', async () => {
    const contents = harden();
    userPicks('取消');
    contents.openHandler?.({ url: 'https://www.gov.cn/' });
    contents.emit('will-navigate', 'https://www.gov.cn/');
    await settle();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('never offers or opens http:, file:, javascript: or custom-scheme links', async () => {
    const contents = harden();
    userPicks('打开');
    for (const url of ['http://www.gov.cn/', 'file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'ms-settings:privacy', 'smb://server/share', 'app://evil/']) {
      expect(contents.openHandler?.({ url }), url).toStrictEqual({ action: 'deny' });
      contents.emit('will-navigate', url);
    }
    await settle();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it('answers every permission request and check with false', () => {
    const contents = harden();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      contents.permissionRequest?.(contents, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(contents.permissionCheck?.(contents, permission, 'app://review-desk', {}), permission).toBe(false);
    }
  });
});
