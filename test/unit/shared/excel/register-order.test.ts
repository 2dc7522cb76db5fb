/** Register order: numbers within their year, numeric not textual, missing numbers last, ties by id. */
import { describe, expect, it } from 'vitest';
import { compareRegisterOrder } from '../../../../shared/excel';

const order = (sos: string[]) =>
  sos
    .map((so, i) => ({ id: `id${String(9 - i)}`, so }))
    .sort(compareRegisterOrder)
    .map((e) => e.so);

describe('compareRegisterOrder', () => {
  it('orders numbers numerically within their year, years first', () => {
    expect(order(['10/2008', '2/2008', '01/2008', '12/2007', ' 3 / 2008'])).toEqual(['12/2007', '01/2008', '2/2008', ' 3 / 2008', '10/2008']);
  });

  it('puts entries without a number last and breaks ties by id', () => {
    expect(order(['', '7', '5'])).toEqual(['5', '7', '']);
    const same = [{ id: 'b', so: '4/2008' }, { id: 'a', so: '4/2008' }].sort(compareRegisterOrder);
    expect(same.map((e) => e.id)).toEqual(['a', 'b']);
  });
});
