// The window's place kept between starts: a saved state is read through its schema (anything else gives the
// default), moved onto a screen it overlaps or centred on the primary one, and saved a moment after moving
// stops and at once on close, with the normal bounds while maximised; written atomically.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  placeWindow,
  readWindowState,
  SAVE_DELAY_MS,
  trackWindowState,
  windowStateFileOf,
  writeWindowState,
  type Rectangle,
  type ScreenLike,
  type WindowState,
} from '../../../electron/main/window-state';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
/** A second monitor to the right of the first. */
const right = { x: 1920, y: 0, width: 2560, height: 1400 };
const screenOf = (...areas: Rectangle[]): ScreenLike => ({
  getAllDisplays: () => areas.map((workArea) => ({ workArea })),
  getPrimaryDisplay: () => ({ workArea: areas[0] ?? primary }),
});

const state = (overrides: Partial<WindowState> = {}): WindowState => ({ x: 100, y: 80, width: 1300, height: 850, maximized: false, ...overrides });

describe('placeWindow', () => {
  it('keeps bounds that lie on a screen as they are', () => {
    expect(placeWindow(state(), screenOf(primary))).toStrictEqual({ bounds: { x: 100, y: 80, width: 1300, height: 850 }, minSize: MIN_SIZE, maximized: false });
  });

  it('centres the default size on the primary display when nothing was saved', () => {
    const { bounds, maximized } = placeWindow(null, screenOf(primary, right));
    expect(bounds).toStrictEqual({ x: (1920 - DEFAULT_SIZE.width) / 2, y: (1040 - DEFAULT_SIZE.height) / 2, ...DEFAULT_SIZE });
    expect(maximized).toBe(false);
  });

  it('centres on the primary display when the saved place is on a monitor that is gone, keeping maximised', () => {
    const { bounds, maximized } = placeWindow(state({ x: 2200, y: 100, maximized: true }), screenOf(primary));
    expect(bounds).toStrictEqual({ x: 320, y: 120, ...DEFAULT_SIZE });
    expect(maximized).toBe(true);
  });

  it('moves a window hanging off the edge back inside the display it overlaps most, and shrinks it to fit', () => {
    // Mostly on the right monitor, its top above the screen and too tall for it.
    const { bounds } = placeWindow(state({ x: 1800, y: -300, width: 1400, height: 2000 }), screenOf(primary, right));
    expect(bounds).toStrictEqual({ x: 1920, y: 0, width: 1400, height: 1400 });
    const offLeft = placeWindow(state({ x: -1250, y: 900, width: 1300, height: 850 }), screenOf(primary)).bounds;
    expect(offLeft).toStrictEqual({ x: 0, y: 190, width: 1300, height: 850 });
  });

  it('raises a window below the minimum size to it, and lowers the minimum on a screen smaller than that', () => {
    expect(placeWindow(state({ width: 300, height: 200 }), screenOf(primary)).bounds).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
    const netbook = { x: 0, y: 0, width: 1024, height: 576 };
    const placed = placeWindow(state({ x: 0, y: 0, width: 1024, height: 800 }), screenOf(netbook));
    expect(placed.minSize).toStrictEqual({ width: 1024, height: 576 });
    expect(placed.bounds).toStrictEqual({ x: 0, y: 0, width: 1024, height: 576 });
  });
});

describe('readWindowState and writeWindowState', () => {
  const fileIn = async (): Promise<string> => windowStateFileOf(await mkdtemp(join(tmpdir(), 'rd-window-')));

  it('reads back what it wrote, through a temporary file renamed into place', async () => {
    const file = await fileIn();
    writeWindowState(file, state({ maximized: true }));
    expect(readWindowState(file)).toStrictEqual(state({ maximized: true }));
    expect(await readdir(join(file, '..'))).toStrictEqual(['window-state.json']);
  });

  it('gives null for a missing, corrupt, hostile or oversized file instead of throwing', async () => {
    const file = await fileIn();
    expect(readWindowState(file)).toBeNull();
    const bad = [
      '{"x": 1, "y": 2, "width": 3',
      'null',
      '[]',
      JSON.stringify({ ...state(), width: -5 }),
      JSON.stringify({ ...state(), x: 1e12 }),
      JSON.stringify({ ...state(), height: 800.5 }),
      JSON.stringify({ ...state(), maximized: 'yes' }),
      JSON.stringify({ ...state(), extra: 1 }),
      JSON.stringify(state()).replace('}', ',"__proto__":{"polluted":true}}'),
      JSON.stringify({ x: 1, y: 2 }),
      // Well-formed, but no state this app writes is this large.
      `${JSON.stringify(state())}${' '.repeat(10_000)}`,
    ];
    for (const text of bad) {
      await writeFile(file, text);
      expect(readWindowState(file), text.slice(0, 60)).toBeNull();
    }
  });

  it('refuses to write a state that is not one (a fraction), leaving the old file', async () => {
    const file = await fileIn();
    writeWindowState(file, state());
    expect(() => writeWindowState(file, state({ width: 10.5 }))).toThrow();
    expect(JSON.parse(await readFile(file, 'utf8'))).toStrictEqual(state());
  });
});

describe('trackWindowState', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function fakeWindow() {
    const listeners = new Map<string, (() => void)[]>();
    const window = {
      normal: { x: 50, y: 60, width: 1200, height: 800 },
      maximized: false,
      on(event: string, listener: () => void) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return window;
      },
      getNormalBounds: () => window.normal,
      isMaximized: () => window.maximized,
    };
    const emit = (event: string): void => {
      for (const listener of listeners.get(event) ?? []) listener();
    };
    return { window, emit };
  }

  it('saves once, a moment after a burst of moves ends', () => {
    vi.useFakeTimers();
    const { window, emit } = fakeWindow();
    const saved: WindowState[] = [];
    trackWindowState(window, (s) => saved.push(s));
    for (let step = 0; step < 20; step += 1) {
      window.normal = { ...window.normal, x: 50 + step };
      emit('move');
      vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    }
    expect(saved).toStrictEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toStrictEqual([{ x: 69, y: 60, width: 1200, height: 800, maximized: false }]);
  });

  it('saves the normal bounds with maximized while maximised, and at once on close without a second save later', () => {
    vi.useFakeTimers();
    const { window, emit } = fakeWindow();
    const saved: WindowState[] = [];
    trackWindowState(window, (s) => saved.push(s));
    window.maximized = true;
    emit('maximize');
    emit('resize');
    emit('close');
    expect(saved).toStrictEqual([{ x: 50, y: 60, width: 1200, height: 800, maximized: true }]);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(saved).toHaveLength(1);
  });

  it('rounds fractional bounds, and a failing save does not throw into the window', () => {
    const { window, emit } = fakeWindow();
    window.normal = { x: 10.4, y: 20.6, width: 1200.5, height: 799.5 };
    const saved: WindowState[] = [];
    trackWindowState(window, (s) => saved.push(s));
    emit('close');
    expect(saved).toStrictEqual([{ x: 10, y: 21, width: 1201, height: 800, maximized: false }]);

    const failing = fakeWindow();
    trackWindowState(failing.window, () => {
      throw new Error('read-only disk');
    });
    expect(() => failing.emit('close')).not.toThrow();
  });
});
