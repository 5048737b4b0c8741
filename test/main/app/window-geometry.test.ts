import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayShowing, initialGeometry, MINIMUM, parseSavedWindow, PREFERRED, type DisplayArea } from '../../../src-main/app/window-geometry';
import { readWindowState, WINDOW_STATE_FILE, writeWindowState } from '../../../src-main/app/window-state';

const display = (x: number, y: number, width: number, height: number): DisplayArea => ({ workArea: { x, y, width, height } });
/** 1920×1080 at 150 % is 1280×720 DIP; Windows 11's taskbar (48 DIP) at the bottom leaves this work area. */
const LAPTOP_150 = display(0, 0, 1280, 672);
/** A 1366×768 laptop at 100 % with Windows 10's 40 DIP taskbar. */
const SMALL_100 = display(0, 0, 1366, 728);
/** A 1280×720 panel at 150 %: 853×480 DIP, minus the taskbar. */
const TINY = display(0, 0, 853, 432);
/** A second monitor to the right of the laptop. */
const RIGHT = display(1280, 0, 2560, 1400);

const inside = (b: { x: number; y: number; width: number; height: number }, d: DisplayArea) =>
  b.x >= d.workArea.x && b.y >= d.workArea.y && b.x + b.width <= d.workArea.x + d.workArea.width && b.y + b.height <= d.workArea.y + d.workArea.height;

describe('the window fits the work area of the display it opens on', () => {
  it('1080p at 150 %: the whole window, Next included, is on the screen', () => {
    const g = initialGeometry(null, [LAPTOP_150], LAPTOP_150);
    expect(g.bounds.height).toBe(672);
    expect(g.bounds.width).toBe(PREFERRED.width);
    expect(inside(g.bounds, LAPTOP_150)).toBe(true);
    expect(g.minHeight).toBeLessThanOrEqual(672);
  });

  it('where there is room, the preferred size, centred', () => {
    const g = initialGeometry(null, [RIGHT], RIGHT);
    expect(g.bounds).toEqual({ x: 1280 + (2560 - 1120) / 2, y: (1400 - 780) / 2, width: 1120, height: 780 });
    expect([g.minWidth, g.minHeight]).toEqual([MINIMUM.width, MINIMUM.height]);
  });

  it('a work area smaller than the minimum lowers the minimum instead of overflowing', () => {
    const g = initialGeometry(null, [TINY], TINY);
    expect(g.bounds).toEqual({ x: 0, y: 0, width: 853, height: 432 });
    expect([g.minWidth, g.minHeight]).toEqual([853, 432]);
    expect(inside(initialGeometry(null, [SMALL_100], SMALL_100).bounds, SMALL_100)).toBe(true);
  });

  it('a saved place on a screen is kept, shrunk and moved into that screen', () => {
    const onRight = { x: 1500, y: 100, width: 1400, height: 900, maximized: false };
    expect(initialGeometry(onRight, [LAPTOP_150, RIGHT], RIGHT).bounds).toEqual({ x: 1500, y: 100, width: 1400, height: 900 });
    // Saved on a big screen, now opened on the laptop's: no taller than its work area, and inside it.
    const tall = { x: 10, y: 0, width: 1200, height: 1000, maximized: true };
    const g = initialGeometry(tall, [LAPTOP_150], LAPTOP_150);
    expect(g.bounds).toEqual({ x: 10, y: 0, width: 1200, height: 672 });
    expect(g.maximized).toBe(true);
    // Dragged half off the right edge: pulled back in.
    expect(initialGeometry({ x: 900, y: 50, width: 1000, height: 600, maximized: false }, [LAPTOP_150], LAPTOP_150).bounds.x).toBe(280);
  });

  it('a saved place that no screen shows any more (monitor unplugged) is ignored', () => {
    const gone = { x: 3000, y: 200, width: 1200, height: 800, maximized: true };
    expect(displayShowing(gone, [LAPTOP_150])).toBeNull();
    const g = initialGeometry(gone, [LAPTOP_150], LAPTOP_150);
    expect(inside(g.bounds, LAPTOP_150)).toBe(true);
    expect(g.maximized).toBe(false);
    // Only a sliver of the title bar on screen is as good as gone.
    expect(displayShowing({ x: 1200, y: 0, width: 1000, height: 600 }, [LAPTOP_150])).toBeNull();
    expect(displayShowing({ x: 0, y: 660, width: 1000, height: 600 }, [LAPTOP_150])).toBeNull();
  });
});

describe('the saved window file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-window-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips, and anything odd in it is ignored', () => {
    expect(readWindowState(dir)).toBeNull();
    writeWindowState(dir, { x: 12.4, y: -3, width: 1100, height: 650 }, true);
    expect(readWindowState(dir)).toEqual({ x: 12, y: -3, width: 1100, height: 650, maximized: true });
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
    for (const bad of ['{', '[]', '{"x":1,"y":1,"width":50,"height":600,"maximized":false}', '{"x":1,"y":1,"width":900,"height":600,"maximized":false,"extra":1}', '{"x":"1","y":1,"width":900,"height":600,"maximized":false}']) {
      fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), bad);
      expect(readWindowState(dir), bad).toBeNull();
    }
    expect(parseSavedWindow({ x: 0, y: 0, width: 900, height: 620, maximized: false })).not.toBeNull();
  });
});
