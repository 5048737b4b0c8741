import { BrowserWindow, dialog } from 'electron';

/** Main's own save dialog for "Save these choices as a preset" (the page never names a path). */
export async function electronPresetPathChooser(suggestedName: string): Promise<string | null> {
  const win = BrowserWindow.getFocusedWindow();
  const options = { title: 'Save these choices as a preset', defaultPath: suggestedName, filters: [{ name: 'go-wsl-setup preset (JSON)', extensions: ['json'] }] };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}
