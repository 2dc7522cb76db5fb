import { describe, expect, it } from 'vitest';
import { registerTypes } from '../../../../../shared/domain/register-types';
import { fieldWidth, formLayout, neighbour } from '../../../../../renderer/features/entry/form-layout';

describe('formLayout', () => {
  it('numbers sections in order and keeps every field exactly once', () => {
    for (const def of Object.values(registerTypes)) {
      const layout = formLayout(def);
      expect([...layout.order].sort()).toEqual(def.fields.map((f) => f.key).sort());
      expect(layout.sections.map((s) => s.number)).toEqual(layout.sections.map((_, i) => i + 1));
    }
  });

  it('follows the definition order for KS and moves with neighbour()', () => {
    const layout = formLayout(registerTypes.KS);
    expect(layout.sections.map((s) => s.id)).toEqual(['book', 'registrant', 'status', 'mother', 'father', 'requester', 'abroad']);
    expect(neighbour(layout, 'so', 1, {})).toBe('quyenSo');
    expect(neighbour(layout, 'so', -1, {})).toBeUndefined();
  });

  it('lets Enter pass over fields whose leading field is empty, in both directions', () => {
    const layout = formLayout(registerTypes.KS);
    expect(neighbour(layout, 'nksMatTich', 1, {})).toBe('nksHanCheNangLucHanhVi');
    expect(neighbour(layout, 'nksMatTich', 1, { nksMatTich: '1' })).toBe('nksMatTichNgayGhiChuTuyenBo');
    expect(neighbour(layout, 'nksHanCheNangLucHanhVi', -1, {})).toBe('nksMatTich');
    expect(neighbour(layout, 'meLoaiGiayToTuyThan', 1, {})).not.toBe('meSoGiayToTuyThan');
    expect(neighbour(layout, 'meLoaiGiayToTuyThan', 1, { meLoaiGiayToTuyThan: '1' })).toBe('meSoGiayToTuyThan');
    // A dependent field that already holds a value is never passed over.
    expect(neighbour(layout, 'meLoaiGiayToTuyThan', 1, { meSoGiayToTuyThan: '012345678' })).toBe('meSoGiayToTuyThan');
    expect(registerTypes.KS.fields.slice(0, 1).map(fieldWidth)).toEqual(['short']);
  });
});
