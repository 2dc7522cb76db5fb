/**
 * Per-entry PDF names: the DOMAIN.md example, the book's year from yearFrom when quyenSo has
 * none, a suffix for a repeated number and date in register order (case-insensitive), and
 * entries without a number or date reported instead of named.
 */
import { describe, expect, it } from 'vitest';
import { entryPdfNames } from '../../../../shared/export/entry-pdf-names';

describe('entryPdfNames', () => {
  it('names entries as the Ministry convention says, unique in register order', () => {
    const { names, unnamed } = entryPdfNames({ type: 'CMC', quyenSo: '01/2011', yearFrom: 2011 }, [
      { id: 'a', values: { so: '4/2009', ngayDangKy: '23.02.2009' } },
      { id: 'b', values: { so: '5', ngayDangKy: '02.2009' } },
      { id: 'c', values: { so: '4/2009', ngayDangKy: '23/02/2009' } },
      { id: 'd', values: { so: '4', ngayDangKy: '23.02.2009' } },
    ]);
    expect(Object.fromEntries(names)).toEqual({
      a: 'CMC.2011.01.2009-02-23.004.pdf',
      b: 'CMC.2011.01.2009-02.005.pdf',
      c: 'CMC.2011.01.2009-02-23.004 (2).pdf',
      d: 'CMC.2011.01.2009-02-23.004 (3).pdf',
    });
    expect(unnamed).toEqual([]);
  });

  it('takes the year from yearFrom and reports entries it cannot name', () => {
    const { names, unnamed } = entryPdfNames({ type: 'KS', quyenSo: '02', yearFrom: 1998 }, [
      { id: 'a', values: { so: '7', ngayDangKy: '01.03.1998' } },
      { id: 'b', values: { so: '8' } },
      { id: 'c', values: { ngayDangKy: '01.03.1998' } },
    ]);
    expect(Object.fromEntries(names)).toEqual({ a: 'KS.1998.02.1998-03-01.007.pdf' });
    expect(unnamed).toEqual(['b', 'c']);
  });
});
