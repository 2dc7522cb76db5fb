/**
 * Renderer entry: wires the host client into a DeviceVault, opens the store ('sohoa') and
 * mounts the UI. Owns no UI and no state; the app's CSS is copied next to app.js by the build.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fromBase64, toBase64 } from '../shared/crypto/bytes';
import { App } from './app/App';
import { StartupFailure } from './app/StartupFailure';
import { createHostClient, type HostClient } from './host/client';
import { I18nProvider } from './i18n/I18nProvider';
import type { DeviceVault } from './store/app-store-api';
import { createAppStore } from './store/app-store';
import { createCitizenStore } from './store/citizen-store';
import { definitionOf } from './store/definitions';
import { createScanStore } from './store/scan-store';
import { pageImages } from './scans/page-images';

/** SECURITY: only already-wrapped key slots pass through here; the host adds the device layer. */
function hostVault(host: HostClient): DeviceVault {
  return {
    async seal(data) {
      const result = await host.invoke('vault.seal', { data: toBase64(data) });
      if (!result.ok) throw new Error(`vault.seal: ${result.error.code}`);
      return fromBase64(result.value.sealed);
    },
    async unseal(sealed) {
      const result = await host.invoke('vault.unseal', { sealed: toBase64(sealed) });
      if (!result.ok) throw new Error(`vault.unseal: ${result.error.code}`);
      return fromBase64(result.value.data);
    },
  };
}

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const host = createHostClient();
  try {
    const store = await createAppStore({ dbName: 'sohoa', vault: hostVault(host) });
    root.render(
      <StrictMode>
        <I18nProvider>
          <App store={store} citizen={createCitizenStore(store, definitionOf)} scans={createScanStore(store, pageImages)} host={host} />
        </I18nProvider>
      </StrictMode>,
    );
  } catch {
    void host.invoke('log.write', { level: 'error', event: 'ui.store_open_failed', fields: {} });
    root.render(
      <I18nProvider>
        <StartupFailure />
      </I18nProvider>,
    );
  }
}

const container = document.getElementById('root');
if (container) void start(container);
