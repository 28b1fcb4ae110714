// The main window comes back where the user left it: position, size and whether it was maximised, kept in
// <dataDir>/window-state.json. The file is ours but sits in a user folder, so it is parsed, never trusted: a
// corrupt, truncated or hostile file gives the default placement, never a crash or a window off every screen
// (a laptop unplugged from the monitor it was on). No `electron` import: the window and the screen come in as
// the few methods used, so tests pass plain objects.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';

/** A first start's size, and the smallest the workspace's two columns stay readable at (when the screen allows). */
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 1024, height: 700 } as const;

/** How long the window must stay still before its place is written (moving fires dozens of events a second). */
export const SAVE_DELAY_MS = 500;

/** No real screen is near these; anything beyond is a damaged or hostile file. */
const COORDINATE = z.number().int().min(-100_000).max(100_000);
const LENGTH = z.number().int().min(1).max(100_000);
/** window-state.json is a few dozen bytes; a large one is not ours. */
const MAX_FILE_BYTES = 4096;

export const windowStateSchema = z.strictObject({
  x: COORDINATE,
  y: COORDINATE,
  width: LENGTH,
  height: LENGTH,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the window opens with: its normal bounds, the least size it may be made, and whether to maximise it. */
export interface WindowPlacement {
  bounds: Rectangle;
  minSize: { width: number; height: number };
  maximized: boolean;
}

/** The parts of Electron's `screen` used here. */
export interface ScreenLike {
  getAllDisplays(): { workArea: Rectangle }[];
  getPrimaryDisplay(): { workArea: Rectangle };
}

/** The parts of a BrowserWindow used here. */
export interface TrackedWindow {
  on(event: 'move' | 'resize' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

export const windowStateFileOf = (dataDir: string): string => join(dataDir, WINDOW_STATE_FILE);

/** The saved state, or null when there is none or it is not a state this app wrote. */
export function readWindowState(file: string): WindowState | null {
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return null;
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Written to a temporary file and renamed over the old one, so a crash or a full disk mid-write leaves the
 * previous state, not half a file. Synchronous on purpose: the last save happens as the window closes, and
 * the process may end right after, before an asynchronous write would have run.
 */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(windowStateSchema.parse(state))}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

const overlap = (a: Rectangle, b: Rectangle): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

/** The minimum size, lowered to the work area on a screen smaller than it (a netbook's 1024×600). */
const minSizeWithin = (area: Rectangle): WindowPlacement['minSize'] => ({ width: Math.min(MIN_SIZE.width, area.width), height: Math.min(MIN_SIZE.height, area.height) });

function centred(area: Rectangle): Rectangle {
  const width = Math.min(DEFAULT_SIZE.width, area.width);
  const height = Math.min(DEFAULT_SIZE.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * Where the window opens: the saved bounds moved and shrunk into the work area of the display they overlap
 * most (so the title bar is always reachable), or, when they overlap none (that monitor is gone) or nothing
 * was saved, the default size centred on the primary display.
 */
export function placeWindow(saved: WindowState | null, screen: ScreenLike): WindowPlacement {
  const primary = screen.getPrimaryDisplay().workArea;
  if (saved === null) return { bounds: centred(primary), minSize: minSizeWithin(primary), maximized: false };
  const best = screen
    .getAllDisplays()
    .map(({ workArea }) => ({ workArea, shared: overlap(saved, workArea) }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)[0];
  if (best === undefined) return { bounds: centred(primary), minSize: minSizeWithin(primary), maximized: saved.maximized };
  const area = best.workArea;
  const minSize = minSizeWithin(area);
  const width = clamp(saved.width, minSize.width, area.width);
  const height = clamp(saved.height, minSize.height, area.height);
  return {
    bounds: { x: clamp(saved.x, area.x, area.x + area.width - width), y: clamp(saved.y, area.y, area.y + area.height - height), width, height },
    minSize,
    maximized: saved.maximized,
  };
}

/**
 * Saves the window's state a moment after it stops moving or resizing, and at once when it closes. The normal
 * bounds are kept while it is maximised, so un-maximising after the next start goes back to them. A failed
 * write (read-only disk) only loses the placement; it never disturbs the window.
 */
export function trackWindowState(window: TrackedWindow, save: (state: WindowState) => void, delayMs = SAVE_DELAY_MS): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const saveNow = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    try {
      const { x, y, width, height } = window.getNormalBounds();
      // Whole pixels, as the schema wants (a scaled display can report fractions).
      save({ x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), maximized: window.isMaximized() });
    } catch {
      // Losing the placement is not worth an error dialog; the next move or close tries again.
    }
  };
  const saveSoon = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };
  for (const event of ['move', 'resize', 'maximize', 'unmaximize'] as const) window.on(event, saveSoon);
  window.on('close', saveNow);
}
