/**
 * Entry point of the scan ZIP worker (built to dist/renderer/workers/scan-zip.js): binds the
 * message port to the handler in scan-zip-core, off the UI thread and without pulling pdf-lib
 * into the app bundle. Nothing else lives here.
 */
import { createScanZipHandler } from './scan-zip-core';

const handle = createScanZipHandler((event, transfer = []) => self.postMessage(event, { transfer }));

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  void handle(e.data);
});
