/**
 * `npm start`: runs the built app in Electron when the Electron binary exists, otherwise runs
 * the same app through the loopback web host for a local Chromium. It forwards signals to the
 * child and exits with its code. It must not build (npm start builds first) nor download.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRIVATE_CHROMIUM_SWITCHES, prepareChromiumProfile } from './chromium-profile.mjs';
import { findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electron = findElectronBinary();

function run(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], ...options });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

if (electron) {
  const child = run(electron, [join(root, 'dist', 'electron', 'main.cjs')]);
  child.stdout.pipe(process.stdout);
} else {
  // A fixed port keeps the page origin, and so the browser's IndexedDB, stable across launches.
  const port = process.env.SOHOA_WEB_PORT ?? '47800';
  console.log(
    [
      'Không có tệp chạy Electron trên máy này → khởi động cùng ứng dụng ở chế độ web-host (chỉ 127.0.0.1).',
      'Electron binary not available on this machine → starting the same app in web-host mode (127.0.0.1 only).',
    ].join('\n'),
  );
  const child = run(process.execPath, [join(root, 'dist', 'web-host', 'server.mjs'), '--web-host', '--port', port]);
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    let newline = buffered.indexOf('\n');
    while (newline !== -1) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line.startsWith('SOHOA_WEB_HOST_READY ')) openBrowser(JSON.parse(line.slice(21)).url);
      else console.log(line);
      newline = buffered.indexOf('\n');
    }
  });
}

function openBrowser(url) {
  console.log(`Mở địa chỉ / Open: ${url}`);
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('Không có màn hình (DISPLAY) — hãy tự mở địa chỉ trên. / No DISPLAY — open the URL above yourself.');
    return;
  }
  const browser = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : 'xdg-open';
  // A dedicated profile keeps the user's extensions (which can read any page) away from the app.
  const profile = join(root, '.data', 'web-host-browser');
  if (browser !== 'xdg-open') prepareChromiumProfile(profile);
  const args = browser === 'xdg-open' ? [url] : [`--user-data-dir=${profile}`, '--no-first-run', ...PRIVATE_CHROMIUM_SWITCHES, `--app=${url}`];
  spawn(browser, args, { stdio: 'ignore', detached: true })
    .on('error', () => console.log('Không mở được trình duyệt. / Could not open a browser.'))
    .unref();
}
