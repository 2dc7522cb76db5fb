/**
 * Golden headers: the header row we write for each Ministry type is exactly the template's
 * column list in hotich-import-templates.json (KS older layout too); project layouts follow
 * the definition's field order; header detection finds the right profile.
 */
import { describe, expect, it } from 'vitest';
import templates from '../../../../shared/data/hotich-import-templates.json';
import type { RegisterTypeCode } from '../../../../shared/domain/register-types';
import { cleanHeader, detectProfile, exportSheet, getProfile, PROFILES, profilesOf } from '../../../../shared/excel';
import { readWorkbook, writeWorkbook } from '../../../../shared/xlsx';

const MINISTRY = ['KS', 'KT', 'KH', 'HN', 'CMC'] as const;

async function writtenHeader(type: RegisterTypeCode, layout = 'default'): Promise<unknown[]> {
  const bytes = await writeWorkbook(exportSheet(getProfile(type, layout), []));
  const model = await readWorkbook(bytes);
  if (!model.ok) throw new Error(model.error.message);
  return [...(model.value.sheets[0]?.rows[0] ?? [])];
}

describe('Excel profiles', () => {
  it.each(MINISTRY)('%s writes exactly templates.%s.columns', async (type) => {
    expect(await writtenHeader(type)).toEqual(templates.templates[type].columns);
  });

  it('KS older layout writes exactly templates.KS.olderColumns', async () => {
    expect(await writtenHeader('KS', 'older')).toEqual(templates.templates.KS.olderColumns);
  });

  it('has one versioned profile per type and layout, all on sheet "DL Import", header row 1', () => {
    expect(PROFILES.map((p) => p.id)).toEqual([
      'moj-ks-70', 'moj-ks-60', 'moj-kt-48', 'moj-kh-44', 'moj-hn-35', 'moj-cmc-50',
      'sohoa-td-v1', 'sohoa-gh-v1', 'sohoa-ncn-v1', 'sohoa-gckh-v1', 'sohoa-gclh-v1',
    ]);
    for (const p of PROFILES) {
      expect(p.sheetName).toBe('DL Import');
      expect(p.headerRow).toBe(1);
      expect(p.version).toBeGreaterThanOrEqual(1);
      expect(new Set(p.columns).size).toBe(p.columns.length);
    }
  });

  it('project layouts are STT then every field in definition order', () => {
    for (const type of ['TD', 'GH', 'NCN', 'GCKH', 'GCLH'] as const) {
      const profile = getProfile(type);
      expect(profile.ministry).toBe(false);
      expect(profile.columns).toEqual(['STT', ...profile.definition.fields.map((f) => f.key)]);
    }
  });
});

describe('header reading', () => {
  it('cleans spaces, case and the i=[…] code hint', () => {
    expect(cleanHeader('loaiDangKy \ni=[1,2,3,4,5,6]')).toBe('loaiDangKy');
    expect(cleanHeader('  nksHoTen\u00a0 ')).toBe('nksHoTen');
    expect(cleanHeader('nksGioiTinh i=[1,2]')).toBe('nksGioiTinh');
    expect(cleanHeader(null)).toBe('');
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('detects %s from its own header row', (_id, profile) => {
    const found = detectProfile(profile.columns);
    expect(found.ok && found.match.profile.id).toBe(profile.id);
  });

  it('detects with messy headers (case, spaces, suffixes, extra STT) and reports them', () => {
    const header = templates.templates.KT.columns.map((c, i) => (i % 3 === 0 ? ` ${c.toUpperCase()} ` : i % 3 === 1 ? `${c}\ni=[1,2]` : c));
    const found = detectProfile(['STT', ...header]);
    if (!found.ok) throw new Error(found.code);
    expect(found.match.profile.id).toBe('moj-kt-48');
    expect(found.match.missing).toEqual([]);
    expect(found.match.unknown).toEqual([]);
  });

  it('refuses an unknown header row and names ambiguity', () => {
    expect(detectProfile(['Họ và tên', 'Ngày sinh', 'Ghi chú'])).toMatchObject({ ok: false, code: 'unknown-type' });
    // Only the book block: every type has it, none wins.
    expect(detectProfile(['so', 'quyenSo', 'trangSo', 'ngayDangKy', 'loaiDangKy', 'noiDangKy', 'nguoiKy', 'chucVuNguoiKy', 'nguoiThucHien', 'ghiChu'])).toMatchObject({
      ok: false,
    });
  });

  it('restricted to one type, picks the layout (KS older)', () => {
    const found = detectProfile(templates.templates.KS.olderColumns, profilesOf('KS'));
    expect(found.ok && found.match.profile.id).toBe('moj-ks-60');
  });
});
