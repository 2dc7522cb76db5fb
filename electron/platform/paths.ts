/**
 * Where the Electron host keeps its files: the data directory (userData), the built renderer
 * and preload inside the app bundle, and the crash-dump directory. It must not create app data
 * beyond those directories.
 */
import { app } from 'electron';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

export function dataDir(): string {
  return app.getPath('userData');
}

/** Outside a packaged build, tests and developers may point userData at a throwaway directory. */
export function applyDevUserDataOverride(): void {
  const override = process.env.SOHOA_USER_DATA_DIR;
  if (!app.isPackaged && override) app.setPath('userData', override);
}

/** Paths of the bundle; main.cjs sits in dist/electron next to preload.cjs. */
export function bundlePath(...parts: string[]): string {
  return join(__dirname, '..', ...parts);
}

/**
 * SECURITY: a minidump can hold decrypted records and unlocked keys from process memory. The
 * crash reporter is never started (nothing is uploaded), dumps are kept inside userData rather
 * than a shared temp directory, and leftovers from a previous crash are wiped at each start.
 * Must run before the app is ready.
 */
export function confineCrashDumps(): string {
  const dir = join(dataDir(), 'crash-dumps');
  app.setPath('crashDumps', dir);
  return dir;
}

export async function wipeCrashDumps(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
