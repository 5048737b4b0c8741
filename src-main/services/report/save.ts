import type { Lang } from '../../../src-shared/contract/define';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where a report may be saved is chosen in main, with the user (Electron's
 * save dialog): the renderer never names a path. A runtime without a chooser
 * (the harness) cannot save; the page offers a download there instead.
 */
/** Asks where to save; `lang` is the reader's, for the dialog's own words. */
export type ReportPathChooser = (suggestedName: string, lang: Lang) => Promise<string | null>;

// Keyed by the runtime object the handlers were built with; nothing else of it is used.
const choosers = new WeakMap<object, ReportPathChooser>();

export function setReportPathChooser(runtime: object, chooser: ReportPathChooser): void {
  choosers.set(runtime, chooser);
}

export function reportPathChooser(runtime: object): ReportPathChooser | null {
  return choosers.get(runtime) ?? null;
}

/** Write atomically (temp file in the same folder, then rename), so a crash never leaves half a report. */
export function writeReportFile(file: string, content: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  fs.writeFileSync(tmp, content, { encoding: 'utf8', flag: 'wx' });
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
