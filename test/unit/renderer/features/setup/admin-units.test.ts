import { describe, expect, it } from 'vitest';
import { levelsOf, resolvePath, toCommuneChoice, unitsOf } from '../../../../../renderer/features/setup/admin-units';

describe('admin units', () => {
  it('loads both eras with the expected shape', () => {
    const before = unitsOf('before-2025-07-01');
    const from = unitsOf('from-2025-07-01');
    expect(before).toHaveLength(63);
    expect(from).toHaveLength(34);
    expect(from.reduce((n, p) => n + p.children.length, 0)).toBe(3321);
    expect(before[0]?.children[0]?.children.length).toBeGreaterThan(0);
    expect(levelsOf('before-2025-07-01')).toEqual(['province', 'district', 'commune']);
  });

  it('builds a commune choice from a full path with names exactly as in the data', () => {
    const province = unitsOf('before-2025-07-01')[0];
    const district = province?.children[0];
    const commune = district?.children[0];
    if (!province || !district || !commune) throw new Error('fixture data missing');
    expect(toCommuneChoice('before-2025-07-01', [province.code, district.code, commune.code])).toEqual({
      era: 'before-2025-07-01',
      province: { code: province.code, name: province.name },
      district: { code: district.code, name: district.name },
      commune: { code: commune.code, name: commune.name },
    });
    expect(toCommuneChoice('before-2025-07-01', [province.code, district.code])).toBeNull();
  });

  it('has no district level after 1 July 2025 and stops at unknown codes', () => {
    const province = unitsOf('from-2025-07-01')[0];
    const commune = province?.children[0];
    if (!province || !commune) throw new Error('fixture data missing');
    expect(toCommuneChoice('from-2025-07-01', [province.code, commune.code])?.district).toBeNull();
    expect(resolvePath('from-2025-07-01', [province.code, 'nope'])).toHaveLength(1);
  });
});
