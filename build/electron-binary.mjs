/**
 * Finds the Electron executable without `require('electron')`, which in this Electron version
 * tries to download the binary when it is missing. Returns null where no binary is installed.
 * Must never trigger a download.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronPackage = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

export function findElectronBinary() {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackage, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}
