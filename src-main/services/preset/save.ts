import fs from 'node:fs';
import path from 'node:path';
import { checkPreset } from '../../../src-shared/preset/problems';
import type { Preset } from '../../../src-shared/preset/schema';

/**
 * Writing a preset ("Save these choices as a preset"): to a path main chose
 * with the user (a save dialog), never one the renderer names. The preset is
 * checked again before writing, so a saved file always passes `preset check`;
 * written atomically (temp file in the same folder, then rename), so a crash
 * never leaves half a file.
 */
export function writePresetFile(file: string, preset: Preset): void {
  const r = checkPreset(preset);
  if (!r.ok) throw new Error(`refusing to save an invalid preset: ${r.problems.map((p) => `${p.path || '(file)'} ${p.message.en}`).join('; ')}`);
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  fs.writeFileSync(tmp, `${JSON.stringify(r.preset, null, 2)}\n`, { encoding: 'utf8', flag: 'wx' });
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
