// The main window with a stand-in BrowserWindow: its webPreferences exactly, the app:// start URL, the
// Chinese title, and that it is shown only once ready.
import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as { options: unknown; loadURL: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn>; ready: (() => void)[]; calls: string[] }[]);
vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(() => Promise.resolve());
    private readonly ready: (() => void)[] = [];
    private readonly calls: string[] = [];
    show = vi.fn(() => this.calls.push('show'));
    constructor(options: unknown) {
      created.push({ options, loadURL: this.loadURL, show: this.show, ready: this.ready, calls: this.calls });
    }
    maximize(): void {
      this.calls.push('maximize');
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

  it('opens at the placement given, with its minimum size, and maximises just before showing when it was maximised', () => {
    createMainWindow('/app/preload.js', { bounds: { x: 40, y: 30, width: 1300, height: 820 }, minSize: { width: 1024, height: 700 }, maximized: true });
    const window = created.at(-1);
    expect(window?.options).toMatchObject({ x: 40, y: 30, width: 1300, height: 820, minWidth: 1024, minHeight: 700, show: false });
    expect(window?.calls).toStrictEqual([]);
    for (const listener of window?.ready ?? []) listener();
    expect(window?.calls).toStrictEqual(['maximize', 'show']);
  });

  it('opens at the default size, not maximised, without a placement', () => {
    createMainWindow('/app/preload.js');
    const window = created.at(-1);
    expect(window?.options).toMatchObject({ width: 1280, height: 800 });
    expect(window?.options).not.toHaveProperty('x');
    for (const listener of window?.ready ?? []) listener();
    expect(window?.calls).toStrictEqual(['show']);
  });
});
