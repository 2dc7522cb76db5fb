/**
 * The sandboxed preload: exposes exactly `window.sohoaHost = { invoke, on }` through the
 * context bridge and nothing else. It must not expose ipcRenderer, Node APIs or the IPC event
 * object (which carries the sender), and holds no logic beyond shape checks.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostBridge } from '../shared/host/bridge';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';

const bridge: HostBridge = {
  invoke(channel, input) {
    if (typeof channel !== 'string') return Promise.reject(new TypeError('channel must be a string'));
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input) as Promise<unknown>;
  },
  on(event, cb) {
    if (typeof event !== 'string' || typeof cb !== 'function') throw new TypeError('on(event: string, cb: function)');
    const listener = (_e: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) cb(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('sohoaHost', bridge);
