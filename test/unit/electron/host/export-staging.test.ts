/**
 * Staged export files through the router with real files in a throwaway folder: pieces written
 * in order into a dot-named temp file in the chosen folder, placed by writeExport together with
 * the small files, and every way of giving up (abort, a damaged or missing piece, a wrong size,
 * a refused export, an idle stage, the host's exit, a crash before) leaving nothing behind; an existing file is
 * never replaced.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExportStaging, removeLiveTemps, STAGE_IDLE_MS } from '../../../../electron/host/export-staging';
import { createHandlers } from '../../../../electron/host/handlers';
import { createRouter, type Router } from '../../../../electron/host/router';
import { webExportFolders } from '../../../../electron/web-host/export-folders';

const ctx = { transport: 'memory' } as const;
const ZIP = 'Thanh Ngọc_TC_NA.KS.2008.01.zip';
const XLSX = 'Thanh Ngọc_TC_NA.KS.2008.01.xlsx';
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const piece = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { data: Buffer.from(bytes).toString('base64'), sha256: sha(bytes) };
};

let root: string;
let router: Router;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sohoa-stage-'));
  router = createRouter(
    createHandlers({
      vault: { seal: async (d) => d, unseal: async (d) => d },
      log: { write: async () => undefined, tail: async () => [] },
      info: { version: '1', mode: 'web', platform: 'linux', arch: 'x64', deviceBinding: 'device-file', versions: { node: '20' } },
      exportFolders: webExportFolders(join(root, 'default')),
    }),
  );
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await router.call(channel, input, ctx);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}
const begin = (folder = root, name = ZIP) => call<{ stage: string }>('files.stageBegin', { folder, name }).then((r) => r.stage);
const append = (stage: string, seq: number, text: string) => call<{ bytes: number }>('files.stageAppend', { stage, seq, ...piece(text) });

describe('staged export files', () => {
  it('writes pieces into a dot-file in the chosen folder and places it with the small files', async () => {
    const folder = join(root, 'Xuất dữ liệu');
    const stage = await begin(folder);
    expect(await append(stage, 0, 'PK first ')).toEqual({ bytes: 9 });
    expect(await append(stage, 1, 'and last')).toEqual({ bytes: 17 });
    const during = await readdir(folder);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\.Thanh Ngọc_TC_NA\.KS\.2008\.01\.zip\.[0-9a-f]{12}\.part$/u);
    if (process.platform !== 'win32') expect((await stat(join(folder, during[0]!))).mode & 0o777).toBe(0o600);
    const whole = new TextEncoder().encode('PK first and last');
    expect(await call('files.stageFinish', { stage, bytes: 17 })).toEqual({ bytes: 17, sha256: sha(whole) });
    const written = await call('files.writeExport', { folder, files: [{ name: XLSX, data: piece('xlsx').data }], staged: [stage] });
    expect(written).toEqual({ folder, files: [{ name: XLSX, bytes: 4 }, { name: ZIP, bytes: 17 }] });
    expect((await readdir(folder)).sort()).toEqual([XLSX, ZIP].sort());
    expect(await readFile(join(folder, ZIP), 'utf8')).toBe('PK first and last');
    // The stage was used up by the export.
    expect(await router.call('files.stageAppend', { stage, seq: 2, ...piece('x') }, ctx)).toMatchObject({ ok: false, error: { code: 'stage_unknown' } });
  });

  it('abort removes the temp file, and aborting again is no error', async () => {
    const stage = await begin();
    await append(stage, 0, 'partial');
    expect(await call('files.stageAbort', { stage })).toEqual({});
    expect(await call('files.stageAbort', { stage })).toEqual({});
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses to stage over an existing file and creates nothing', async () => {
    await writeFile(join(root, ZIP), 'earlier');
    expect(await router.call('files.stageBegin', { folder: root, name: ZIP }, ctx)).toMatchObject({ ok: false, error: { code: 'file_exists' } });
    expect(await readdir(root)).toEqual([ZIP]);
    expect(await readFile(join(root, ZIP), 'utf8')).toBe('earlier');
  });

  it('gives the stage up on a damaged, missing or repeated piece and on a wrong size', async () => {
    const damaged = await begin();
    const bad = { stage: damaged, seq: 0, data: piece('abc').data, sha256: sha(new TextEncoder().encode('abd')) };
    expect(await router.call('files.stageAppend', bad, ctx)).toMatchObject({ ok: false, error: { code: 'stage_corrupt' } });
    expect(await readdir(root)).toEqual([]);

    const skipped = await begin();
    await append(skipped, 0, 'one');
    expect(await router.call('files.stageAppend', { stage: skipped, seq: 2, ...piece('three') }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'stage_out_of_order' },
    });
    expect(await readdir(root)).toEqual([]);

    const short = await begin();
    await append(short, 0, 'four');
    expect(await router.call('files.stageFinish', { stage: short, bytes: 5 }, ctx)).toMatchObject({ ok: false, error: { code: 'stage_incomplete' } });
    expect(await readdir(root)).toEqual([]);
  });

  it('removes the staged file when the export it belongs to is refused', async () => {
    const stage = await begin();
    await append(stage, 0, 'zip');
    await call('files.stageFinish', { stage, bytes: 3 });
    await writeFile(join(root, XLSX), 'earlier');
    expect(await router.call('files.writeExport', { folder: root, files: [{ name: XLSX, data: piece('new').data }], staged: [stage] }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'file_exists' },
    });
    expect(await readdir(root)).toEqual([XLSX]);
  });

  it('refuses to place a stage that is not finished or lives in another folder, leaving it to abort', async () => {
    const stage = await begin();
    await append(stage, 0, 'zip');
    const files = [{ name: XLSX, data: piece('x').data }];
    expect(await router.call('files.writeExport', { folder: root, files, staged: [stage] }, ctx)).toMatchObject({ ok: false, error: { code: 'stage_unfinished' } });
    await call('files.stageFinish', { stage, bytes: 3 });
    expect(await router.call('files.writeExport', { folder: join(root, 'other'), files, staged: [stage] }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'stage_elsewhere' },
    });
    await call('files.stageAbort', { stage });
    expect(await readdir(root)).toEqual(['other']);
    expect(await readdir(join(root, 'other'))).toEqual([]);
  });

  it('removes a temp file of the same name left by a crashed host, and nothing else', async () => {
    const left = `.${ZIP}.0123456789ab.part`;
    const others = [`.${XLSX}.0123456789ab.part`, `.${ZIP}.notours.part`, `${ZIP}.0123456789ab.part`];
    for (const f of [left, ...others]) await writeFile(join(root, f), 'old plaintext');
    const stage = await begin();
    const files = await readdir(root);
    expect(files).not.toContain(left);
    expect(files.filter((f) => others.includes(f)).sort()).toEqual([...others].sort());
    expect(files).toHaveLength(others.length + 1);
    await call('files.stageAbort', { stage });
  });

  it('removes the temp files of unfinished stages when the host exits, and no placed file', async () => {
    const placed = await begin();
    await append(placed, 0, 'zip');
    await call('files.stageFinish', { stage: placed, bytes: 3 });
    await call('files.writeExport', { folder: root, files: [{ name: XLSX, data: piece('x').data }], staged: [placed] });
    const open = await begin(join(root, 'next'));
    await append(open, 0, 'partial');
    expect(await readdir(join(root, 'next'))).toHaveLength(1);
    removeLiveTemps();
    expect(await readdir(join(root, 'next'))).toEqual([]);
    expect((await readdir(root)).sort()).toEqual([XLSX, ZIP, 'next'].sort());
    await call('files.stageAbort', { stage: open });
  });

  it('drops stages left idle when the next one begins', async () => {
    let clock = 0;
    const staging = createExportStaging(() => clock);
    const left = await staging.begin(root, ZIP);
    await staging.append(left, 0, new Uint8Array([1, 2]), sha(new Uint8Array([1, 2])));
    clock = STAGE_IDLE_MS + 1;
    const next = await staging.begin(root, XLSX);
    await expect(staging.finish(left, 2)).rejects.toMatchObject({ code: 'stage_unknown' });
    const files = await readdir(root);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\.Thanh Ngọc_TC_NA\.KS\.2008\.01\.xlsx\./u);
    await staging.abort(next);
    expect(await readdir(root)).toEqual([]);
  });
});
