import { BrowserWindow, dialog } from 'electron';
import { word } from '../../../src-shared/report/markdown-words';
import type { ReportPathChooser } from './save';

/** The Electron save dialog for reports: JSON (with the transcript) or the Markdown summary alone. */
export const electronReportPathChooser: ReportPathChooser = async (suggestedName, lang) => {
  const win = BrowserWindow.getFocusedWindow();
  // A native dialog: main's words, in the reader's language (the report's own word list).
  const options = {
    title: word(lang, 'save.title'),
    defaultPath: suggestedName,
    filters: [
      { name: word(lang, 'save.json'), extensions: ['json'] },
      { name: word(lang, 'save.markdown'), extensions: ['md'] },
    ],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
};
