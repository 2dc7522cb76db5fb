/**
 * Binds the host router to Electron IPC on the single `host:invoke` channel and pushes host
 * events to the window on `host:event`. It owns the sender check: only the main frame of our
 * own `app://sohoa` page may call the host. It must not add channels or business logic.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { hostEvents, type HostEventName, type HostEventPayload } from '../shared/host/contract';
import { fail } from '../shared/host/result';
import type { Router } from './host/router';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';
import { APP_HOST, APP_SCHEME } from './window';

export function bindIpc(router: Router): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return fail('forbidden', 'caller is not the sohoa window');
    if (typeof channel !== 'string') return fail('unknown_channel', 'unknown channel');
    return router.call(channel, input, { transport: 'ipc' });
  });
}

export function sendHostEvent<E extends HostEventName>(
  contents: WebContents,
  event: E,
  payload: HostEventPayload<E>,
): void {
  contents.send(EVENT_CHANNEL, event, hostEvents[event].parse(payload));
}

/**
 * SECURITY: a subframe, a navigated-away page or any other scheme must not reach the host,
 * even though the preload only ever runs in our window.
 */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  try {
    // Node's URL reports origin "null" for custom schemes, so compare scheme and host instead.
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
