/**
 * The `sohoa` command line as a real child process: the CLI is bundled with esbuild in
 * beforeAll, files are built from the standard fixtures with injected mistakes in a temp dir.
 * Checks exit codes 0/1/2, the exact JSON shape, and that normalize fixes good rows, keeps bad
 * rows as read, and never overwrites its input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryValues } from '../../../../shared/domain/entry-values';
import { exportSheet, getProfile } from '../../../../shared/excel';
import { readWorkbook, writeWorkbook } from '../../../../shared/xlsx';
import { fixtureEntries, rawWorkbook, type RawCell } from '../../shared/xlsx/workbooks';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
let dir = '';
let cli = '';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function sohoa(...args: string[]): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ks = getProfile('KS');
const entries = fixtureEntries('KS').slice(0, 10);

/** Row index (0-based in `entries`) → mistake; the Excel row is index + 2. */
const MISTAKES: readonly { readonly index: number; readonly change: Record<string, string>; readonly column: string; readonly code: string }[] = [
  { index: 1, change: { nksNgaySinh: '32.13.2007' }, column: 'nksNgaySinh', code: 'date-impossible' },
  { index: 3, change: { nksGioiTinh: '9' }, column: 'nksGioiTinh', code: 'code-unknown' },
  { index: 4, change: { nksHoTen: '' }, column: 'nksHoTen', code: 'required' },
  { index: 6, change: { meLoaiGiayToTuyThan: '1', meSoGiayToTuyThan: '12345678' }, column: 'meSoGiayToTuyThan', code: 'cmnd-format' },
  { index: 8, change: { nksDanToc: 'Xyzabc' }, column: 'nksDanToc', code: 'reference-unknown' },
];

function withMistakes(list: readonly EntryValues[]): EntryValues[] {
  return list.map((e, i) => ({ ...e, ...(MISTAKES.find((m) => m.index === i)?.change ?? {}) }));
}

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sohoa-cli-'));
  cli = join(dir, 'sohoa.mjs');
  await build({
    entryPoints: [join(root, 'electron', 'cli', 'sohoa.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __sohoaCreateRequire } from 'node:module'; const require = __sohoaCreateRequire(import.meta.url);" },
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sohoa validate', () => {
  it('exits 0 on a clean file, with the exact JSON shape', async () => {
    const path = await file('good.xlsx', await writeWorkbook(exportSheet(ks, fixtureEntries('KS'))));
    const run = sohoa('validate', path, '--json');
    expect(run.code).toBe(0);
    const report: unknown = JSON.parse(run.stdout);
    expect(Object.keys(report as object)).toEqual(['file', 'type', 'rows', 'errors', 'warnings']);
    expect(report).toMatchObject({ file: path, type: 'KS', rows: 50, errors: [] });
  });

  it('exits 1 and lists each injected mistake on its Excel row and column', async () => {
    const path = await file('mistakes.xlsx', await writeWorkbook(exportSheet(ks, withMistakes(entries))));
    const run = sohoa('validate', path, '--json', '--type', 'KS');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { errors: { row: number; column: string; code: string; message: string }[] };
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual(MISTAKES.map((m) => [m.index + 2, m.column, m.code]));
    for (const e of report.errors) {
      expect(Object.keys(e)).toEqual(['row', 'column', 'code', 'message']);
      expect(e.message).toMatch(new RegExp(`^Dòng ${e.row}, cột [A-Z]+ "${e.column}": `, 'u'));
    }
  });

  it('prints a Vietnamese report by default', async () => {
    const path = await file('report.xlsx', await writeWorkbook(exportSheet(ks, withMistakes(entries))));
    const run = sohoa('validate', path);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Loại sổ: KS — Đăng ký khai sinh (mẫu moj-ks-70, nhận ra từ dòng tiêu đề');
    expect(run.stdout).toContain('Số dòng dữ liệu: 10; số dòng có lỗi: 5');
    expect(run.stdout).toContain('Lỗi (5):');
    expect(run.stdout).toMatch(/Kết quả: có 5 lỗi/u);
  });

  it('exits 2 with a clear message on unusable input', async () => {
    const good = await writeWorkbook(exportSheet(ks, entries));
    const big = join(dir, 'big.xlsx');
    await writeFile(big, '');
    await truncate(big, 40 * 1024 * 1024);
    const cases: [string, RegExp][] = [
      [await file('text.xlsx', 'so,quyenSo\n1,01/2008\n'), /không phải là tệp Excel/u],
      [await file('empty.xlsx', ''), /rỗng/u],
      [await file('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2))), /không phải là tệp Excel|hỏng/u],
      [big, /vượt giới hạn/u],
      [await file('no-header.xlsx', await rawWorkbook([{ name: 'DL Import', rows: [] }])), /dòng tiêu đề/u],
      [await file('unknown.xlsx', await rawWorkbook([{ name: 'DL Import', rows: [['Họ tên', 'Ngày sinh'], ['A', '1.1.2000']] }])), /không khớp/u],
      [join(dir, 'missing.xlsx'), /Không mở được/u],
    ];
    for (const [path, message] of cases) {
      const run = sohoa('validate', path, '--json');
      expect([path, run.code]).toEqual([path, 2]);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    }
    expect(sohoa('validate', await file('wrong-type.xlsx', good), '--type', 'KT').code).toBe(2);
    expect(sohoa().code).toBe(0);
    expect(sohoa('validate').code).toBe(2);
    expect(sohoa('frobnicate', 'x').code).toBe(2);
    expect(sohoa('validate', 'a.xlsx', '--type', 'XX').code).toBe(2);
  });
});

describe('sohoa normalize', () => {
  /** A team's file: messy headers, typed cells, blank rows, NFD, dd/mm/yyyy, and two bad rows. */
  async function teamFile(): Promise<{ path: string; badRows: RawCell[][] }> {
    const header = ks.columns.map((c, i) => (c === 'loaiDangKy' ? 'loaiDangKy \ni=[1,2,3,4,5,6]' : i % 5 === 0 ? ` ${c} ` : c));
    const typed = (e: EntryValues): RawCell[] =>
      ks.columns.map((c) => {
        const v = e[c] ?? '';
        if (c === 'trangSo' || c === 'nksGioiTinh') return Number(v);
        if (c === 'ngayDangKy') return v.replace(/\./gu, '/');
        if (c === 'nksHoTen') return v.normalize('NFD');
        return v === '' ? null : v;
      });
    const [a, b, c, d] = entries;
    if (!a || !b || !c || !d) throw new Error('fixtures missing');
    const badRows = [typed({ ...c, nksNgaySinh: '31/02/2007' }), typed({ ...d, nksDanToc: 'Xyzabc', nksHoTen: 'trần thị bé' })];
    const rows = [header, typed(a), [], typed(b), ...badRows];
    return { path: await file(`team-${Math.random().toString(36).slice(2)}.xlsx`, await rawWorkbook([{ name: 'Sheet1', rows }])), badRows };
  }

  it('writes the exact template: good rows normalised, bad rows as read, listed', async () => {
    const { path, badRows } = await teamFile();
    const before = await readFile(path);
    const out = join(dir, 'normalized.xlsx');
    const run = sohoa('normalize', path, out);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('4 dòng, 2 dòng đã chuẩn hóa, 2 dòng có lỗi giữ nguyên');
    expect(run.stdout).toContain('Dòng 5 (tệp ra: dòng 4):');
    expect(run.stdout).toContain('Dòng 6 (tệp ra: dòng 5):');
    expect(await readFile(path)).toEqual(before);

    const model = await readWorkbook(await readFile(out));
    if (!model.ok) throw new Error(model.error.message);
    const [sheet] = model.value.sheets;
    expect(sheet?.name).toBe('DL Import');
    expect(sheet?.rows[0]).toEqual(ks.columns);
    for (const row of sheet?.rows ?? []) for (const cell of row) expect(cell === null || typeof cell === 'string').toBe(true);
    // Good rows: canonical, NFC, text.
    const at = (r: number, key: string): unknown => sheet?.rows[r - 1]?.[ks.columns.indexOf(key)];
    expect([at(2, 'STT'), at(2, 'ngayDangKy'), at(2, 'nksHoTen'), at(2, 'trangSo')]).toEqual(['1', entries[0]?.ngayDangKy, entries[0]?.nksHoTen, '1']);
    // Bad rows: as read (dd/mm/yyyy and NFD kept, numbers as text).
    const shown = (cells: RawCell[], key: string): string => {
      const v = cells[ks.columns.indexOf(key)];
      return v === null || v === undefined ? '' : String(v);
    };
    const [bad5, bad6] = badRows;
    if (!bad5 || !bad6) throw new Error('bad rows missing');
    expect([at(4, 'nksNgaySinh'), at(4, 'ngayDangKy'), at(4, 'nksHoTen')]).toEqual([
      '31/02/2007',
      shown(bad5, 'ngayDangKy'),
      shown(bad5, 'nksHoTen'),
    ]);
    expect([at(5, 'nksDanToc'), at(5, 'nksHoTen'), at(5, 'nksGioiTinh')]).toEqual(['Xyzabc', shown(bad6, 'nksHoTen'), shown(bad6, 'nksGioiTinh')]);
    expect(at(5, 'nksHoTen')).toBe('trần thị bé'.normalize('NFD'));

    const check = sohoa('validate', out, '--json');
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { rows: number; errors: { row: number }[] };
    expect(report.rows).toBe(4);
    expect([...new Set(report.errors.map((e) => e.row))]).toEqual([4, 5]);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 0 and validates clean when every row is good', async () => {
    const path = await file('clean-in.xlsx', await rawWorkbook([{ name: 'DL Import', rows: [ks.columns.slice(), ...entries.map((e) => ks.columns.map((c) => e[c] ?? ''))] }]));
    const out = join(dir, 'clean-out.xlsx');
    expect(sohoa('normalize', path, out).code).toBe(0);
    expect(sohoa('validate', out).code).toBe(0);
  });

  it('never overwrites its input, refuses an existing output without --force', async () => {
    const { path } = await teamFile();
    const before = await readFile(path);
    const same = sohoa('normalize', path, path);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/không ghi đè tệp vào/u);
    const alias = join(dir, 'alias.xlsx');
    await symlink(path, alias);
    expect(sohoa('normalize', path, alias).code).toBe(2);
    expect(sohoa('normalize', path, join(dir, '.', 'sub', '..', path.slice(dir.length + 1))).code).toBe(2);
    expect(await readFile(path)).toEqual(before);

    const out = await file('existing.xlsx', 'keep me');
    const refused = sohoa('normalize', path, out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--force/u);
    expect(await readFile(out, 'utf8')).toBe('keep me');
    expect(sohoa('normalize', path, out, '--force').code).toBe(1);
    expect((await readWorkbook(await readFile(out))).ok).toBe(true);
  });

  it('exits 2 on an unreadable input and leaves no output behind', async () => {
    const out = join(dir, 'never.xlsx');
    expect(sohoa('normalize', await file('bad-in.xlsx', 'nope'), out).code).toBe(2);
    await expect(readFile(out)).rejects.toThrow();
  });
});
