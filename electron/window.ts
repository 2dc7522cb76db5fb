/**
 * Creates and hardens the app window: the privileged `app://sohoa` scheme serving the built
 * renderer with the strict CSP, a sandboxed context-isolated BrowserWindow, and denial of
 * navigation, new windows, webviews and permission requests. It must not hold app state or
 * talk to the host router.
 */
import { BrowserWindow, protocol, session, type WebContents } from 'electron';
import { SECURITY_HEADERS } from './host/security-headers';
import { readStaticFile } from './host/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'sohoa';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready: the scheme behaves like https (secure, standard, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `rendererDir` on app://sohoa; anything else on the scheme is 404. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  });
}

/** SECURITY: deny every permission (camera, notifications, geolocation, HID, serial…) up front. */
export function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** Applied to every WebContents the app ever creates, so no later window escapes the rules. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Creates the window; the caller loads APP_URL so it can report a failed load. */
export function createMainWindow(options: { preloadPath: string; devTools: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    show: false,
    title: 'Số hóa Hộ tịch',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  win.once('ready-to-show', () => win.show());
  return win;
}
