/**
 * The device-file vault on a real temp directory: round trip, fresh IVs, tamper detection,
 * device binding, key persistence and key-file permissions.
 */
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../electron/host/host-failure';
import { DEVICE_KEY_FILE, openDeviceFileVault } from '../../../../electron/web-host/device-file-vault';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sohoa-vault-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const slot = new Uint8Array(Array.from({ length: 80 }, (_, i) => (i * 7) % 256));

describe('openDeviceFileVault', () => {
  it('seals and unseals, with a fresh IV every time', async () => {
    const vault = await openDeviceFileVault(join(root, 'data'));
    const a = await vault.seal(slot);
    const b = await vault.seal(slot);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(a[0]).toBe(0x01);
    expect(await vault.unseal(a)).toEqual(slot);
    expect(await vault.unseal(b)).toEqual(slot);
    expect(await vault.unseal(await vault.seal(new Uint8Array()))).toEqual(new Uint8Array());
  });

  it('rejects any altered byte (version, IV, body, tag) and truncation', async () => {
    const vault = await openDeviceFileVault(root);
    const sealed = await vault.seal(slot);
    for (const index of [0, 1, 12, 20, sealed.length - 1]) {
      const tampered = sealed.slice();
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      await expect(vault.unseal(tampered)).rejects.toMatchObject({ code: 'vault_unseal_failed' });
    }
    await expect(vault.unseal(sealed.subarray(0, 20))).rejects.toBeInstanceOf(HostFailure);
  });

  it('keeps its key across reopen, and another device cannot unseal', async () => {
    const sealed = await (await openDeviceFileVault(join(root, 'a'))).seal(slot);
    expect(await (await openDeviceFileVault(join(root, 'a'))).unseal(sealed)).toEqual(slot);
    await expect((await openDeviceFileVault(join(root, 'b'))).unseal(sealed)).rejects.toMatchObject({
      code: 'vault_unseal_failed',
    });
  });

  it('creates device.key with mode 0600 in a 0700 directory and tightens a loosened key file', async () => {
    const dataDir = join(root, 'data');
    await openDeviceFileVault(dataDir);
    const keyPath = join(dataDir, DEVICE_KEY_FILE);
    expect((await stat(keyPath)).mode & 0o777).toBe(0o600);
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    expect((await readFile(keyPath)).length).toBe(32);

    await chmod(keyPath, 0o644);
    await openDeviceFileVault(dataDir);
    expect((await stat(keyPath)).mode & 0o777).toBe(0o600);
  });

  it('refuses a key file of the wrong size instead of replacing it', async () => {
    await writeFile(join(root, DEVICE_KEY_FILE), 'short');
    await expect(openDeviceFileVault(root)).rejects.toThrow(/32-byte device key/);
    expect(await readFile(join(root, DEVICE_KEY_FILE), 'utf8')).toBe('short');
  });
});
