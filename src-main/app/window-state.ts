import fs from 'node:fs';
import path from 'node:path';
import { parseSavedWindow, type Rect, type SavedWindow } from './window-geometry';

/** The window's last size and place, in the app's userData folder. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** null when there is none or it is not what this version writes (then the window opens at its default place). */
export function readWindowState(dir: string): SavedWindow | null {
  try {
    return parseSavedWindow(JSON.parse(fs.readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Written whole (temp file, then rename), so a crash mid-write leaves the old file or the new one. */
export function writeWindowState(dir: string, bounds: Rect, maximized: boolean): void {
  const state = parseSavedWindow({ x: Math.round(bounds.x), y: Math.round(bounds.y), width: Math.round(bounds.width), height: Math.round(bounds.height), maximized });
  if (!state) return;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, WINDOW_STATE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(state)}\n`);
  fs.renameSync(tmp, file);
}
