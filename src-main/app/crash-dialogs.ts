import { dialog, type WebContents } from 'electron';
import type { Runtime } from '../ipc/runtime';
import { buildSessionReport, reportPathChooser, writeReportFile } from '../services/report';
import { CRASH_WORDS, type CrashLang } from './crash-words';
import type { AppLogger } from './logger';

/**
 * The short dialogs main shows after a failure it caught: a main-side error
 * offers a support report; a dead renderer offers a reload and a report.
 * At most one dialog at a time, so an error in a loop cannot bury the user.
 */
export interface CrashDialogs {
  mainError(): void;
  rendererGone(contents: WebContents): void;
}

export function createCrashDialogs(options: { runtime: () => Runtime | null; lang: () => CrashLang; logger: AppLogger }): CrashDialogs {
  let open = false;
  const once = async (show: () => Promise<void>) => {
    if (open) return;
    open = true;
    try {
      await show();
    } catch (e) {
      options.logger.error('error dialog failed', e);
    } finally {
      open = false;
    }
  };

  /** Main builds and saves the report itself: the page may be the thing that failed. */
  const makeReport = async (lang: CrashLang) => {
    const runtime = options.runtime();
    const choose = runtime ? reportPathChooser(runtime) : null;
    if (!runtime || !choose) return;
    const built = buildSessionReport(runtime, { redact: true, lang });
    const file = await choose(built.fileName, lang);
    if (file) writeReportFile(file, /\.md$/i.test(file) ? built.markdown : built.json);
  };

  return {
    mainError() {
      void once(async () => {
        const lang = options.lang();
        const w = CRASH_WORDS[lang];
        const r = await dialog.showMessageBox({
          type: 'error',
          title: w.mainErrorTitle,
          message: w.mainErrorMessage,
          detail: w.mainErrorDetail,
          buttons: [w.makeReport, w.close],
          defaultId: 0,
          cancelId: 1,
          noLink: true,
        });
        if (r.response === 0) await makeReport(lang);
      });
    },
    rendererGone(contents) {
      void once(async () => {
        const lang = options.lang();
        const w = CRASH_WORDS[lang];
        const r = await dialog.showMessageBox({
          type: 'warning',
          title: w.rendererGoneTitle,
          message: w.rendererGoneMessage,
          detail: w.rendererGoneDetail,
          buttons: [w.reload, w.makeReport, w.close],
          defaultId: 0,
          cancelId: 2,
          noLink: true,
        });
        if (r.response === 1) await makeReport(lang);
        if ((r.response === 0 || r.response === 1) && !contents.isDestroyed()) contents.reload();
      });
    },
  };
}
