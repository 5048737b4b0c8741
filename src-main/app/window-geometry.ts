import { z } from 'zod';

/**
 * Where the window opens and how big it may be, as a pure function of the
 * displays' work areas (the screen minus the taskbar, in DIP) and what was
 * saved last time. Electron's screen API only feeds it (main.ts); no
 * electron import here, so every case is tested without a display.
 *
 * The case that matters most: a 1920×1080 laptop at 150 % is 1280×720 DIP;
 * Windows 11's taskbar takes 48 DIP (Windows 10's 40), leaving a work area of
 * about 1280×672. The old fixed 1120×780 window (minimum height 620 of a
 * bigger default) put the bottom, with Next, below the screen there.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DisplayArea {
  readonly workArea: Rect;
}

/** What the app would like when the screen has room. */
export const PREFERRED = { width: 1120, height: 780 } as const;
/** Below this the layout stops working; a smaller work area lowers it to fit (a window bigger than the screen is worse). */
export const MINIMUM = { width: 900, height: 620 } as const;
/** How much of a saved window's top strip (its title bar) must be on some display for the saved place to count. */
export const VISIBLE_TITLE = { width: 120, height: 32 } as const;

/** The file in userData: validated on read, anything odd (hand-edited, another version) is ignored. */
export const SavedWindow = z
  .object({
    x: z.number().int().min(-100_000).max(100_000),
    y: z.number().int().min(-100_000).max(100_000),
    width: z.number().int().min(200).max(20_000),
    height: z.number().int().min(200).max(20_000),
    maximized: z.boolean(),
  })
  .strict();
export type SavedWindow = z.infer<typeof SavedWindow>;

export function parseSavedWindow(raw: unknown): SavedWindow | null {
  const r = SavedWindow.safeParse(raw);
  return r.success ? r.data : null;
}

export interface WindowGeometry {
  readonly bounds: Rect;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly maximized: boolean;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** The display whose work area shows the saved window's title bar, if any (a monitor unplugged since: none). */
export function displayShowing(saved: Rect, displays: readonly DisplayArea[]): DisplayArea | null {
  const title: Rect = { x: saved.x, y: saved.y, width: saved.width, height: VISIBLE_TITLE.height };
  let best: { d: DisplayArea; area: number } | null = null;
  for (const d of displays) {
    const o = overlap(title, d.workArea);
    if (o.width < Math.min(VISIBLE_TITLE.width, saved.width) || o.height < VISIBLE_TITLE.height) continue;
    const area = o.width * o.height;
    if (!best || area > best.area) best = { d, area };
  }
  return best?.d ?? null;
}

/** Minimums that a work area can hold. */
function minimaFor(work: Rect): { minWidth: number; minHeight: number } {
  return { minWidth: Math.min(MINIMUM.width, work.width), minHeight: Math.min(MINIMUM.height, work.height) };
}

/**
 * The window's first geometry. A saved place is reused when its title bar is
 * on a display now, shrunk to that display's work area and moved inside it;
 * otherwise the preferred size, shrunk to fit, centred on the display the app
 * opens on (`target`: Electron's getDisplayMatching of the saved place, or
 * the primary display).
 */
export function initialGeometry(saved: SavedWindow | null, displays: readonly DisplayArea[], target: DisplayArea): WindowGeometry {
  const showing = saved ? displayShowing(saved, displays) : null;
  const work = (showing ?? target).workArea;
  const { minWidth, minHeight } = minimaFor(work);
  const width = Math.max(minWidth, Math.min(showing && saved ? saved.width : PREFERRED.width, work.width));
  const height = Math.max(minHeight, Math.min(showing && saved ? saved.height : PREFERRED.height, work.height));
  const clampX = (x: number) => Math.min(Math.max(x, work.x), work.x + work.width - width);
  const clampY = (y: number) => Math.min(Math.max(y, work.y), work.y + work.height - height);
  const x = showing && saved ? clampX(saved.x) : work.x + Math.floor((work.width - width) / 2);
  const y = showing && saved ? clampY(saved.y) : work.y + Math.floor((work.height - height) / 2);
  return { bounds: { x, y, width, height }, minWidth, minHeight, maximized: showing !== null && saved !== null && saved.maximized };
}
