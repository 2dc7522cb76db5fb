/**
 * Entry point of the Excel import worker (built to dist/renderer/workers/excel-import.js):
 * binds the message port to the handler in excel-import-core. Nothing else lives here.
 */
import { createImportHandler } from './excel-import-core';

const handle = createImportHandler((event) => self.postMessage(event));

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  void handle(e.data);
});
