/**
 * The export channels through the router with real files in a throwaway folder: the default
 * folder, the dialog refused on the web host, files written whole into a created folder with
 * no temp file left behind (also when one file fails), relative folders, a folder that is a file, existing files and bad
 * names refused without writing anything.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { homeExportFolder } from '../../../../electron/host/export-files';
import { createHandlers } from '../../../../electron/host/handlers';
import type { LogSink } from '../../../../electron/host/ports';
import { createRouter, type Router } from '../../../../electron/host/router';
import { webExportFolders } from '../../../../electron/web-host/export-folders';

const ctx = { transport: 'memory' } as const;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const XLSX = 'Thanh Ngọc_TC_NA.KS.2008.01.xlsx';
const JSON_NAME = 'Thanh Ngọc_TC_NA.KS.2008.01.json';

let root: string;
let router: Router;
const log: LogSink = { write: async () => undefined, tail: async () => [] };

function hostWith(choose: ((start: string) => Promise<string | null>) | null): Router {
  return createRouter(
    createHandlers({
      vault: { seal: async (d) => d, unseal: async (d) => d },
      log,
      info: { version: '1', mode: 'web', platform: 'linux', arch: 'x64', deviceBinding: 'device-file', versions: { node: '20' } },
      exportFolders: choose ? { defaultFolder: () => join(root, 'default'), choose } : webExportFolders(join(root, 'default')),
    }),
  );
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sohoa-export-'));
  router = hostWith(null);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const write = (folder: string, files: { name: string; data: string }[]) => router.call('files.writeExport', { folder, files }, ctx);

describe('files.exportFolder and files.chooseFolder', () => {
  it('gives the default folder without creating it; the web host has no dialog', async () => {
    expect(await router.call('files.exportFolder', {}, ctx)).toEqual({ ok: true, value: { folder: join(root, 'default'), canChoose: false } });
    expect(await readdir(root)).toEqual([]);
    expect(await router.call('files.chooseFolder', { start: root }, ctx)).toMatchObject({ ok: false, error: { code: 'not_supported' } });
  });

  it('passes the dialog answer through where there is one', async () => {
    const electronLike = hostWith(async (start) => (start === root ? join(root, 'picked') : null));
    expect(await electronLike.call('files.exportFolder', {}, ctx)).toMatchObject({ ok: true, value: { canChoose: true } });
    expect(await electronLike.call('files.chooseFolder', { start: root }, ctx)).toEqual({ ok: true, value: { folder: join(root, 'picked') } });
    expect(await electronLike.call('files.chooseFolder', { start: '/' }, ctx)).toEqual({ ok: true, value: { folder: null } });
  });

  it('defaults to Documents/Xuất dữ liệu, or the home folder without Documents', async () => {
    expect(await homeExportFolder(root)).toBe(join(root, 'Xuất dữ liệu'));
    await mkdir(join(root, 'Documents'));
    expect(await homeExportFolder(root)).toBe(join(root, 'Documents', 'Xuất dữ liệu'));
  });
});

describe('files.writeExport', () => {
  it('creates the folder and writes every file whole, leaving no temp file', async () => {
    const folder = join(root, 'Xuất dữ liệu', 'sổ 01');
    const result = await write(folder, [
      { name: XLSX, data: b64('xlsx bytes') },
      { name: JSON_NAME, data: b64('{"manifest":true}') },
    ]);
    expect(result).toEqual({ ok: true, value: { folder, files: [{ name: XLSX, bytes: 10 }, { name: JSON_NAME, bytes: 17 }] } });
    expect((await readdir(folder)).sort()).toEqual([JSON_NAME, XLSX].sort());
    expect(await readFile(join(folder, XLSX), 'utf8')).toBe('xlsx bytes');
  });

  it('refuses a relative folder and a folder that is a file', async () => {
    expect(await write('Xuất dữ liệu', [{ name: XLSX, data: b64('x') }])).toMatchObject({ ok: false, error: { code: 'folder_not_absolute' } });
    await writeFile(join(root, 'plain'), 'x');
    expect(await write(join(root, 'plain'), [{ name: XLSX, data: b64('x') }])).toMatchObject({ ok: false, error: { code: 'folder_not_directory' } });
  });

  it('refuses to replace an earlier export and writes nothing of this one', async () => {
    await writeFile(join(root, XLSX), 'earlier');
    expect(await write(root, [{ name: JSON_NAME, data: b64('new') }, { name: XLSX, data: b64('new') }])).toMatchObject({
      ok: false,
      error: { code: 'file_exists' },
    });
    expect(await readdir(root)).toEqual([XLSX]);
    expect(await readFile(join(root, XLSX), 'utf8')).toBe('earlier');
  });

  it('refuses names that leave the folder, hide, or repeat, before touching the disk', async () => {
    for (const name of ['../escape.xlsx', 'a/b.xlsx', '.hidden', '..', 'trailing.', 'a\\b.xlsx', 'CON:x']) {
      expect(await write(root, [{ name, data: b64('x') }])).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
    expect(await write(root, [{ name: XLSX, data: b64('a') }, { name: XLSX, data: b64('b') }])).toMatchObject({
      ok: false,
      error: { code: 'duplicate_name' },
    });
    expect(await readdir(root)).toEqual([]);
  });

  it('removes every temp file when one file cannot be written', async () => {
    // 90 × "ệ" is 270 bytes: a valid name for the contract, too long for the file system.
    const tooLong = `${'ệ'.repeat(90)}.json`;
    const result = await write(root, [{ name: XLSX, data: b64('x') }, { name: tooLong, data: b64('y') }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'write_failed' } });
    if (result.ok) throw new Error('expected failure');
    expect(result.error.message).not.toContain(root);
    expect(await readdir(root)).toEqual([]);
  });
});
