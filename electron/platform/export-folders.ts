/**
 * Export folders in Electron: Documents/Xuất dữ liệu by default and the native folder dialog,
 * modal to the app's window. The dialog only picks a path; writing stays in host/export-files.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { EXPORT_FOLDER_NAME } from '../host/export-files';
import type { ExportFolders } from '../host/ports';

export function electronExportFolders(window: () => BrowserWindow | null): ExportFolders {
  return {
    defaultFolder: () => join(app.getPath('documents'), EXPORT_FOLDER_NAME),
    async choose(start) {
      const options = { defaultPath: start, properties: ['openDirectory', 'createDirectory'] } satisfies Electron.OpenDialogOptions;
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
