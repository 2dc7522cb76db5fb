import { describe, expect, it } from 'vitest';
import { buildEntryQuery, emptySearchForm, interpretQuery } from '../../../../../renderer/features/search/search-query';

describe('search box interpretation', () => {
  it('reads name words as a name, in any order and unaccented', () => {
    expect(interpretQuery('  van an  nguyen ')).toEqual({ name: 'van an nguyen' });
    expect(interpretQuery('')).toEqual({});
  });

  it('reads 9 or 12 digits as an ID number, 4 digits as a birth year and nn/yyyy as a registration number', () => {
    expect(interpretQuery('001090123456')).toEqual({ idNumber: '001090123456' });
    expect(interpretQuery('123456789')).toEqual({ idNumber: '123456789' });
    expect(interpretQuery('1990')).toEqual({ birthYear: '1990' });
    expect(interpretQuery('02/1996')).toEqual({ so: '02/1996' });
  });

  it('classifies each word on its own and keeps the first of a kind', () => {
    expect(interpretQuery('Nguyễn An 1990 1991')).toEqual({ name: 'Nguyễn An', birthYear: '1990' });
    expect(interpretQuery('12345 an')).toEqual({ name: '12345 an' });
  });
});

describe('entry query from the search form', () => {
  it('is null when nothing is asked', () => {
    expect(buildEntryQuery(emptySearchForm)).toBeNull();
    expect(buildEntryQuery({ ...emptySearchForm, q: '   ' })).toBeNull();
  });

  it('lets explicit fields win over the box and adds the filters', () => {
    expect(
      buildEntryQuery({ ...emptySearchForm, q: 'an 1990', birthYear: ' 1991 ', so: '03/2001', type: 'KS', bookId: 'b1', status: 'keyed', clerk: 'u1' }),
    ).toEqual({ name: 'an', birthYear: '1991', so: '03/2001', type: 'KS', bookId: 'b1', status: 'keyed', createdBy: 'u1' });
  });

  it('ignores an unknown status', () => {
    expect(buildEntryQuery({ ...emptySearchForm, status: 'accepted' })).toBeNull();
    expect(buildEntryQuery({ ...emptySearchForm, status: 'approved' })).toEqual({ status: 'approved' });
  });
});
