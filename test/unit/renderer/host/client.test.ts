/**
 * The renderer host client against real hosts: the web transport over real HTTP to an
 * in-process web host (calls and the event stream), and the bridge transport over the real
 * router as the preload wires it. Also the one-time token hand-over from the URL fragment.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/host/handlers';
import { webExportFolders } from '../../../../electron/web-host/export-folders';
import { createFileLogSink } from '../../../../electron/host/file-log-sink';
import { createRouter } from '../../../../electron/host/router';
import { openDeviceFileVault } from '../../../../electron/web-host/device-file-vault';
import { startWebHost, type WebHost } from '../../../../electron/web-host/web-host';
import {
  bridgeTransport,
  createClient,
  takeHostToken,
  webTransport,
  type HostBridge,
} from '../../../../renderer/host/client';

let root: string;
let host: WebHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sohoa-client-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html>');
  host = await startWebHost({ dataDir: join(root, 'data'), rendererDir: join(root, 'renderer'), version: '2.0.0' });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

describe('web transport', () => {
  it('invokes typed channels and round-trips the vault', async () => {
    const client = createClient(webTransport({ origin: host.origin, token: host.token }));
    expect(client.transport).toBe('web');
    await expect(client.invoke('app.info', {})).resolves.toEqual({
      ok: true,
      value: { version: '2.0.0', mode: 'web', platform: process.platform, deviceBinding: 'device-file' },
    });
    const data = Buffer.from('slot').toString('base64');
    const sealed = await client.invoke('vault.seal', { data });
    if (!sealed.ok) throw new Error(sealed.error.code);
    await expect(client.invoke('vault.unseal', { sealed: sealed.value.sealed })).resolves.toEqual({ ok: true, value: { data } });
  });

  it('validates input before sending anything', async () => {
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests += 1;
      return fetch(input, init);
    };
    const client = createClient(webTransport({ origin: host.origin, token: host.token, fetch: counting }));
    const result = await client.invoke('diagnostics.read', { maxLines: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input', message: 'invalid input at: maxLines' } });
    expect(requests).toBe(0);
  });

  it('returns the host refusal as a value for a wrong or missing token', async () => {
    const wrong = createClient(webTransport({ origin: host.origin, token: 'wrong' }));
    await expect(wrong.invoke('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    const none = createClient(webTransport({ origin: host.origin, token: null }));
    await expect(none.invoke('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'no_token' } });
  });

  it('reports an unreachable host as a transport error', async () => {
    const client = createClient(webTransport({ origin: 'http://127.0.0.1:1', token: 't' }));
    await expect(client.invoke('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'transport_error' } });
  });

  it('delivers host events over the fetch stream and stops after unsubscribe', async () => {
    const client = createClient(webTransport({ origin: host.origin, token: host.token, reconnectMs: 50 }));
    const received: unknown[] = [];
    const unsubscribe = client.on('system.lock', (payload) => received.push(payload));
    await expect.poll(() => {
      host.emit('system.lock', { reason: 'lock-screen' });
      return received.length;
    }).toBeGreaterThan(0);
    expect(received[0]).toEqual({ reason: 'lock-screen' });
    unsubscribe();
    const count = received.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    host.emit('system.lock', { reason: 'suspend' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toHaveLength(count);
  });
});

describe('bridge transport', () => {
  async function bridgeOverRouter(): Promise<HostBridge & { emit(event: string, payload: unknown): void }> {
    const dataDir = join(root, 'bridge');
    const router = createRouter(
      createHandlers({
        vault: await openDeviceFileVault(dataDir),
        log: createFileLogSink({ dir: join(dataDir, 'logs') }),
        info: {
          version: '3.0.0',
          mode: 'electron',
          platform: 'linux',
          arch: 'x64',
          deviceBinding: 'os-keychain',
          versions: { node: '22', chrome: '140', electron: '45' },
        },
        exportFolders: webExportFolders(join(dataDir, 'export')),
      }),
    );
    const listeners = new Set<{ event: string; cb: (payload: unknown) => void }>();
    return {
      invoke: (channel, input) => router.call(channel, input, { transport: 'memory' }),
      on(event, cb) {
        const entry = { event, cb };
        listeners.add(entry);
        return () => listeners.delete(entry);
      },
      emit(event, payload) {
        for (const l of listeners) if (l.event === event) l.cb(payload);
      },
    };
  }

  it('invokes through the bridge and validates events', async () => {
    const bridge = await bridgeOverRouter();
    const client = createClient(bridgeTransport(bridge));
    expect(client.transport).toBe('electron');
    await expect(client.invoke('diagnostics.read', { maxLines: 1 })).resolves.toMatchObject({
      ok: true,
      value: { mode: 'electron', electron: '45' },
    });
    const seen: unknown[] = [];
    client.on('system.lock', (payload) => seen.push(payload));
    bridge.emit('system.lock', { reason: 'nonsense' });
    bridge.emit('system.lock', { reason: 'suspend' });
    expect(seen).toEqual([{ reason: 'suspend' }]);
  });

  it('refuses a host reply that does not match the contract', async () => {
    const lying: HostBridge = {
      invoke: async () => ({ ok: true, value: { version: 1 } }),
      on: () => () => undefined,
    };
    const client = createClient(bridgeTransport(lying));
    await expect(client.invoke('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'bad_output' } });
    const throwing: HostBridge = { invoke: () => Promise.reject(new Error('ipc gone')), on: () => () => undefined };
    await expect(createClient(bridgeTransport(throwing)).invoke('app.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'transport_error' },
    });
  });
});

describe('takeHostToken', () => {
  function browserLike(hash: string) {
    const store = new Map<string, string>();
    const env = {
      location: { hash, pathname: '/', search: '?a=1' },
      history: {
        state: null,
        replaced: [] as string[],
        replaceState(_state: unknown, _unused: string, url?: string | URL | null) {
          env.history.replaced.push(String(url));
        },
      },
      sessionStorage: {
        getItem: (key: string) => store.get(key) ?? null,
        setItem: (key: string, value: string) => void store.set(key, value),
      },
    };
    return env;
  }

  it('takes the token from the fragment once, stores it for the tab and clears it from the URL', () => {
    const env = browserLike('#token=abc123&view=books');
    expect(takeHostToken(env)).toBe('abc123');
    expect(env.history.replaced).toEqual(['/?a=1#view=books']);
    env.location.hash = '#view=books';
    expect(takeHostToken(env)).toBe('abc123');
  });

  it('returns null when the page was opened without a token', () => {
    expect(takeHostToken(browserLike(''))).toBeNull();
  });
});
