/**
 * Loads the project's own reader (shared/xlsx readWorkbook, shared/excel readEntries) into a
 * Playwright test. Playwright's loader refuses the untagged JSON imports of shared/, so the
 * reader is bundled with esbuild, as the app and the CLI are, into a throwaway module first.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Reader from './project-reader-entry';

export type ProjectReader = typeof Reader;

export async function loadProjectReader(workDir: string): Promise<ProjectReader> {
  const outfile = join(workDir, 'project-reader.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./project-reader-entry.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    // exceljs is CommonJS and requires Node built-ins: give the bundle a require.
    banner: { js: "import { createRequire as __sohoaCreateRequire } from 'node:module'; const require = __sohoaCreateRequire(import.meta.url);" },
  });
  return (await import(pathToFileURL(outfile).href)) as ProjectReader;
}
