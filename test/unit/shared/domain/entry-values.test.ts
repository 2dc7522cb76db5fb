/**
 * Stored entry shape and per-kind normalisation.
 */
import { describe, expect, it } from 'vitest';
import { EntryData, emptyEntry, normalizeEntryValues, normalizeValue } from '../../../../shared/domain/entry-values';
import { getField, getRegisterType } from '../../../../shared/domain/register-types';

const ks = getRegisterType('KS');
const fieldOf = (key: string) => {
  const f = getField(ks, key);
  if (!f) throw new Error(key);
  return f;
};

describe('entry values', () => {
  it('validates the stored shape', () => {
    expect(EntryData.parse({ values: { so: '01/2008' }, notInBook: ['nksNoiSinh'] })).toEqual({
      values: { so: '01/2008' },
      notInBook: ['nksNoiSinh'],
    });
    expect(EntryData.safeParse({ values: { so: 1 }, notInBook: [] }).success).toBe(false);
    expect(EntryData.safeParse({ values: {} }).success).toBe(false);
  });

  it('starts an entry with every field empty and nothing marked absent', () => {
    const entry = emptyEntry(ks);
    expect(Object.keys(entry.values)).toHaveLength(ks.fields.length);
    expect(entry.notInBook).toEqual([]);
  });

  it('normalises each value by its field kind', () => {
    expect(normalizeValue(fieldOf('nksHoTen'), ' nguyễn  văn an '.normalize('NFD'))).toBe('NGUYỄN VĂN AN');
    expect(normalizeValue(fieldOf('nksNgaySinh'), '27102008')).toBe('27.10.2008');
    expect(normalizeValue(fieldOf('nksNgaySinh'), '7/3/2008')).toBe('07.03.2008');
    expect(normalizeValue(fieldOf('nksNgaySinh'), '31.02.2008')).toBe('31.02.2008');
    expect(normalizeValue(fieldOf('nksDanToc'), 'khơ-me')).toBe('Khơ Me');
    expect(normalizeValue(fieldOf('nksDanToc'), 'Mèo')).toBe('Mèo');
    expect(normalizeValue(fieldOf('nksQuocTich'), 'viet nam')).toBe('Việt Nam');
    expect(normalizeValue(fieldOf('so'), '01 / 2008')).toBe('01/2008');
    expect(normalizeValue(fieldOf('meSoGiayToTuyThan'), '186 543 210')).toBe('186543210');
    expect(normalizeValue(fieldOf('nksNoiSinh'), ' Trạm  y tế ')).toBe('Trạm y tế');
  });

  it('normalises a whole entry and keeps unknown keys', () => {
    expect(normalizeEntryValues(ks, { nksHoTen: 'an', STT: '1' })).toEqual({ nksHoTen: 'AN', STT: '1' });
  });
});
