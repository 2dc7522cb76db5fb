/**
 * The host's handler map: one function per contract channel, built from ports. Handlers hold no
 * transport or Electron knowledge and never log caller-supplied values; vault bytes pass
 * through them only as opaque, already-wrapped slots.
 */
import type { Handlers } from './router';
import type { HostPorts } from './ports';

export function createHandlers(ports: HostPorts): Handlers {
  const { vault, log, info } = ports;
  return {
    'app.info': async () => ({
      version: info.version,
      mode: info.mode,
      platform: info.platform,
      deviceBinding: info.deviceBinding,
    }),
    'vault.seal': async ({ data }) => {
      const sealed = await vault.seal(fromBase64(data));
      return { sealed: toBase64(sealed) };
    },
    'vault.unseal': async ({ sealed }) => {
      const data = await vault.unseal(fromBase64(sealed));
      return { data: toBase64(data) };
    },
    'log.write': async (event) => {
      await log.write(event);
      return {};
    },
    'diagnostics.read': async ({ maxLines }) => ({
      version: info.version,
      mode: info.mode,
      platform: info.platform,
      arch: info.arch,
      node: info.versions.node,
      chrome: info.versions.chrome,
      electron: info.versions.electron,
      logTail: await log.tail(maxLines),
    }),
  };
}

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
