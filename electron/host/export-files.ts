/**
 * Writing the export files the user asked for into the folder they chose: the folder must be
 * absolute and is created if missing; each file goes to a temp file in that SAME folder
 * (never os.tmpdir, so no plaintext copy is left where nobody looks), is flushed, then renamed
 * into place, together with any large file staged beforehand (export-staging). All or none:
 * any failure removes every temp file, the staged ones too, and any file already renamed.
 * Error messages name codes, never paths or contents, since both may identify citizens.
 */
import { lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { HostFailure } from './host-failure';
import { tempNameFor, type StagedFile } from './export-staging';

/** The default export folder's name, inside the user's Documents (or home). */
export const EXPORT_FOLDER_NAME = 'Xuất dữ liệu';

export interface ExportFile {
  name: string;
  data: Uint8Array;
}

export interface WrittenExport {
  folder: string;
  files: { name: string; bytes: number }[];
}

export const errnoOf = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/** `<Documents or home>/Xuất dữ liệu`; the web host has no OS API for Documents, so it looks. */
export async function homeExportFolder(home = homedir()): Promise<string> {
  const documents = join(home, 'Documents');
  const isDir = await stat(documents).then((s) => s.isDirectory(), () => false);
  return join(isDir ? documents : home, EXPORT_FOLDER_NAME);
}

/** The folder, absolute and resolved, existing as a directory (created when missing). */
export async function usableFolder(folder: string): Promise<string> {
  if (!isAbsolute(folder)) throw new HostFailure('folder_not_absolute', 'the export folder must be an absolute path');
  const path = resolve(folder);
  try {
    await mkdir(path, { recursive: true });
    if (!(await stat(path)).isDirectory()) throw new HostFailure('folder_not_directory', 'the export folder is a file');
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    if (errnoOf(error) === 'EEXIST' || errnoOf(error) === 'ENOTDIR') throw new HostFailure('folder_not_directory', 'the export folder is a file');
    throw new HostFailure('folder_unusable', `the export folder cannot be created (${errnoOf(error) ?? 'error'})`);
  }
  return path;
}

export const exists = (path: string): Promise<boolean> => lstat(path).then(() => true, () => false);

async function writeTemp(path: string, data: Uint8Array): Promise<void> {
  // SECURITY: 'wx' never follows or reuses a planted file; 0600 keeps other OS users out.
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * `takeStaged` hands over the finished stages for the resolved folder; from then on their temp
 * files are this call's to place or remove.
 */
export async function writeExportFiles(
  folder: string,
  files: readonly ExportFile[],
  takeStaged: (dir: string) => StagedFile[] = () => [],
): Promise<WrittenExport> {
  const dir = await usableFolder(folder);
  const staged = takeStaged(dir);
  const removeAll = (paths: readonly string[]) => Promise.all(paths.map((path) => rm(path, { force: true }).catch(() => undefined)));
  // Staged files first, then the inline ones in their order: the last (a book's manifest) is
  // renamed last, so a crash between renames never leaves a manifest without the files it lists.
  const names = [...staged.map((f) => f.name), ...files.map((f) => f.name)];
  const targets = names.map((name) => join(dir, name));
  try {
    if (new Set(names.map((n) => n.normalize('NFC').toLowerCase())).size !== names.length) {
      throw new HostFailure('duplicate_name', 'two export files have the same name');
    }
    for (const target of targets) {
      // An earlier export of the book must not be replaced by a later, different one.
      if (await exists(target)) throw new HostFailure('file_exists', 'a file of that name is already in the export folder');
    }
  } catch (error) {
    await removeAll(staged.map((f) => f.temp));
    throw error;
  }
  const temps = [...staged.map((f) => f.temp), ...files.map((f) => join(dir, tempNameFor(f.name)))];
  const placed: string[] = [];
  try {
    for (const [i, file] of files.entries()) await writeTemp(temps[staged.length + i] as string, file.data);
    for (const [i, target] of targets.entries()) {
      await rename(temps[i] as string, target);
      placed.push(target);
    }
  } catch (error) {
    // A temp file that could not even be named cannot be removed either: nothing to clean.
    await removeAll([...temps, ...placed]);
    throw new HostFailure('write_failed', `the export files could not be written (${errnoOf(error) ?? 'error'})`);
  }
  return {
    folder: dir,
    files: [...files.map((f) => ({ name: f.name, bytes: f.data.byteLength })), ...staged.map((f) => ({ name: f.name, bytes: f.bytes }))],
  };
}
