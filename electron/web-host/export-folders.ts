/**
 * Export folders for the web host: no native dialog (the browser page cannot open one for a
 * local path), so the UI shows the default folder in a field the user may change. The default
 * is looked up once at start; it is created only when an export is written there.
 */
import type { ExportFolders } from '../host/ports';

export function webExportFolders(defaultFolder: string): ExportFolders {
  return { defaultFolder: () => defaultFolder, choose: null };
}
