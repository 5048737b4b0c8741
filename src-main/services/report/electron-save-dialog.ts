import { BrowserWindow, dialog } from 'electron';
import type { ReportPathChooser } from './save';

/** The Electron save dialog for reports: JSON (with the transcript) or the Markdown summary alone. */
export const electronReportPathChooser: ReportPathChooser = async (suggestedName) => {
  const win = BrowserWindow.getFocusedWindow();
  const options = {
    title: 'Save support report',
    defaultPath: suggestedName,
    filters: [
      { name: 'Support report (JSON)', extensions: ['json'] },
      { name: 'Summary (Markdown)', extensions: ['md'] },
    ],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
};
