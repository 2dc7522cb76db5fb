import { describe, expect, it } from 'vitest';
import { registerTypes } from '../../../../../shared/domain/register-types';
import { attemptsOf, isMismatched, openFields, startRekey, typeValue, valuesOf } from '../../../../../renderer/features/verification/rekey-fields';

const field = (key: string) => registerTypes.KS.fields.find((f) => f.key === key)!;
const NAME = field('nksHoTen');
const MOTHER = field('meHoTen');

describe('blind re-key form state', () => {
  const start = startRekey([NAME, MOTHER], { nksHoTen: 'NGUYỄN MỸ HOA', meHoTen: 'NGUYỄN THỊ XUÂN' });

  it('shows nothing of the first keying', () => {
    expect(start.shown).toEqual({ nksHoTen: '', meHoTen: '' });
    expect(openFields(start, ['nksHoTen', 'meHoTen'])).toEqual(['nksHoTen', 'meHoTen']);
  });

  it('a matching value settles and shows; a different one clears the field until it is re-keyed', () => {
    const matched = typeValue(start, NAME, 'nguyễn mỹ hoa');
    expect(matched.step).toBe('settled');
    expect(matched.next.shown['nksHoTen']).toBe('NGUYỄN MỸ HOA');

    const missed = typeValue(matched.next, MOTHER, 'NGUYỄN THỊ XUÂNG');
    expect(missed.step).toBe('mismatch');
    expect(missed.next.shown['meHoTen']).toBe('');
    expect(isMismatched(missed.next, 'meHoTen')).toBe(true);
    expect(openFields(missed.next, ['nksHoTen', 'meHoTen'])).toEqual(['meHoTen']);

    const back = typeValue(missed.next, MOTHER, 'NGUYỄN THỊ XUÂN');
    expect(back.step).toBe('settled');
    expect(attemptsOf(back.next)).toEqual({ nksHoTen: ['nguyễn mỹ hoa'], meHoTen: ['NGUYỄN THỊ XUÂNG', 'NGUYỄN THỊ XUÂN'] });
  });

  it('a settled field ignores further typing', () => {
    const settled = typeValue(start, NAME, 'NGUYỄN MỸ HOA').next;
    expect(typeValue(settled, NAME, 'KHÁC')).toEqual({ next: settled, step: 'settled' });
  });
});

describe('second keying of a double entry', () => {
  it('compares nothing while typing and keeps the last value of each field', () => {
    const start = startRekey([NAME, MOTHER], null);
    const first = typeValue(start, NAME, 'nguyễn mỹ hoà');
    expect(first.step).toBe('settled');
    const corrected = typeValue(first.next, NAME, 'NGUYỄN MỸ HOA').next;
    const done = typeValue(corrected, MOTHER, '').next;
    expect(valuesOf(done)).toEqual({ nksHoTen: 'NGUYỄN MỸ HOA', meHoTen: '' });
    expect(openFields(done, ['nksHoTen', 'meHoTen'])).toEqual([]);
  });
});
