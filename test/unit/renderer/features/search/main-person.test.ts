import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../../../shared/domain/field-kinds';
import { registerTypes, RegisterTypeCode } from '../../../../../shared/domain/register-types/index';
import { mainPersonKeys, mainPersonOf } from '../../../../../renderer/features/search/main-person';

describe('main person of an entry', () => {
  it('takes the first name field and the first date field of its section', () => {
    expect(mainPersonKeys(registerTypes.KS)).toEqual({ nameKey: 'nksHoTen', birthKey: 'nksNgaySinh' });
    expect(mainPersonKeys(registerTypes.KT)).toEqual({ nameKey: 'nktHoTen', birthKey: 'nktNgaySinh' });
    expect(mainPersonKeys(registerTypes.KH)).toEqual({ nameKey: 'chongHoTen', birthKey: 'chongNgaySinh' });
  });

  it('finds a name for every register type', () => {
    for (const code of RegisterTypeCode.options) expect(mainPersonKeys(registerTypes[code]).nameKey).not.toBeNull();
  });

  it('has no birth key when the section has no date field, and nothing without a name field', () => {
    const base = { label: '', labelEn: '', required: 'optional', help: '' } as const;
    const fields: FieldDef[] = [
      { ...base, key: 'a', section: 'book', kind: 'date-partial' },
      { ...base, key: 'n', section: 'requester', kind: 'name', search: 'name' },
    ];
    expect(mainPersonKeys({ fields })).toEqual({ nameKey: 'n', birthKey: null });
    expect(mainPersonKeys({ fields: [] })).toEqual({ nameKey: null, birthKey: null });
  });

  it('reads the values, empty when missing or the type is unknown', () => {
    expect(mainPersonOf('KS', { nksHoTen: 'NGUYỄN VĂN AN', nksNgaySinh: '05.03.1990' })).toEqual({ name: 'NGUYỄN VĂN AN', birth: '05.03.1990' });
    expect(mainPersonOf('KS', {})).toEqual({ name: '', birth: '' });
    expect(mainPersonOf('XX', { nksHoTen: 'A' })).toEqual({ name: '', birth: '' });
  });
});
