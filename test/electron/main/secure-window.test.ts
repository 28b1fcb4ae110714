// The main window with a stand-in BrowserWindow: its webPreferences exactly, the app:// start URL, the
// Chinese title, and that it is shown only once ready.
import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as { options: unknown; loadURL: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn>; ready: (() => void)[] }[]);
vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    private readonly ready: (() => void)[] = [];
    constructor(options: unknown) {
      created.push({ options, loadURL: this.loadURL, show: this.show, ready: this.ready });
    }
    once(event: string, listener: () => void): void {
      if (event === 'ready-to-show') this.ready.push(listener);
    }
  },
}));

const { createMainWindow } = await import('../../../electron/main/secure-window');

describe('createMainWindow', () => {
  it('has exactly the hardened webPreferences, loads app://review-desk and shows when ready', () => {
    createMainWindow('/app/preload.js');
    const window = created.at(-1);
    expect(window).toBeDefined();
    const options = window?.options as { title: string; show: boolean; webPreferences: unknown };
    expect(options.webPreferences).toStrictEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      preload: '/app/preload.js',
    });
    expect(options.title).toBe('评审台');
    expect(options.show).toBe(false);
    expect(window?.loadURL).toHaveBeenCalledWith('app://review-desk/index.html');
    expect(window?.show).not.toHaveBeenCalled();
    for (const listener of window?.ready ?? []) listener();
    expect(window?.show).toHaveBeenCalledOnce();
  });
});
