/**
 * Electron main process lifecycle only: single-instance lock, hardening hooks, building the
 * host from its ports once the app is ready, creating the window, and forwarding OS suspend
 * and screen-lock to the renderer as `system.lock`. Business logic belongs in host/.
 */
import { app, powerMonitor, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createFileLogSink } from './host/file-log-sink';
import { createHandlers } from './host/handlers';
import { createRouter } from './host/router';
import { bindIpc, sendHostEvent } from './ipc';
import {
  applyDevUserDataOverride,
  bundlePath,
  confineCrashDumps,
  dataDir,
  wipeCrashDumps,
} from './platform/paths';
import { electronExportFolders } from './platform/export-folders';
import { openElectronKeyVault } from './platform/safe-storage-vault';
import {
  APP_URL,
  createMainWindow,
  denyAllPermissions,
  hardenWebContents,
  registerAppScheme,
  serveRenderer,
} from './window';

let mainWindow: BrowserWindow | null = null;

app.enableSandbox();
registerAppScheme();
applyDevUserDataOverride();
const crashDumpDir = confineCrashDumps();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(fatal);
}

async function start(): Promise<void> {
  await wipeCrashDumps(crashDumpDir);
  const log = createFileLogSink({ dir: join(dataDir(), 'logs') });
  const { vault, binding } = await openElectronKeyVault(dataDir());
  const router = createRouter(
    createHandlers({
      vault,
      log,
      info: {
        version: app.getVersion(),
        mode: 'electron',
        platform: process.platform,
        arch: process.arch,
        deviceBinding: binding,
        versions: { node: process.versions.node, chrome: process.versions.chrome, electron: process.versions.electron },
      },
      exportFolders: electronExportFolders(() => mainWindow),
    }),
    { log: (event) => log.write(event) },
  );

  denyAllPermissions();
  serveRenderer(bundlePath('renderer'));
  bindIpc(router);

  const win = createMainWindow({ preloadPath: bundlePath('electron', 'preload.cjs'), devTools: !app.isPackaged });
  mainWindow = win;
  win.on('closed', () => {
    mainWindow = null;
  });
  // SECURITY: the renderer drops its unlocked data key on these; send even if the window is hidden.
  const lock = (reason: 'suspend' | 'lock-screen') => () => {
    if (mainWindow && !mainWindow.isDestroyed()) sendHostEvent(mainWindow.webContents, 'system.lock', { reason });
  };
  powerMonitor.on('suspend', lock('suspend'));
  powerMonitor.on('lock-screen', lock('lock-screen'));

  await log.write({ level: 'info', event: 'app.started', fields: { binding } });
  try {
    await win.loadURL(APP_URL);
  } catch {
    await log.write({ level: 'error', event: 'app.load_failed', fields: {} });
  }
}

function fatal(error: unknown): void {
  process.stderr.write(`sohoa failed to start: ${error instanceof Error ? error.message : 'unknown error'}\n`);
  app.exit(1);
}
