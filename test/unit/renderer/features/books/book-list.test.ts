import { describe, expect, it } from 'vitest';
import { filterBooks, progressOf } from '../../../../../renderer/features/books/book-list';
import type { BookId, BookView } from '../../../../../renderer/store/types';
import { NO_VERIFICATION } from '../../../../../shared/domain/verification';

const book = (id: string, type: string, quyenSo: string, registeringBody: string): BookView => ({
  id: id as BookId,
  type,
  quyenSo,
  yearFrom: 1996,
  yearTo: 1997,
  registeringBody,
  paperSize: 'A4',
  verification: NO_VERIFICATION,
  pageCount: 100,
  surveyedCount: 50,
  notes: '',
  status: 'registered',
  createdAt: 0,
  updatedAt: 0,
  acceptance: null,
});

const books = [
  book('1', 'KS', '02/1996', 'UBND xã Lạc Long, thị xã Kinh Môn, tỉnh Hải Dương'),
  book('2', 'KT', '01/2001', 'UBND phường Ba Đình, thành phố Hà Nội'),
];

describe('books list', () => {
  it('counts keyed and damaged entries against the survey, capped at 100 %', () => {
    expect(progressOf({ surveyedCount: 50 }, { keyed: 10, approved: 8, returned: 2, damaged: 5 })).toEqual({ done: 25, ratio: 0.5 });
    expect(progressOf({ surveyedCount: 10 }, { keyed: 12, approved: 0, returned: 0, damaged: 0 })).toEqual({ done: 12, ratio: 1 });
    expect(progressOf({ surveyedCount: 0 }, undefined)).toEqual({ done: 0, ratio: null });
  });

  it('filters by type and by unaccented words in any order', () => {
    expect(filterBooks(books, { type: 'KT', text: '' }).map((b) => b.id)).toEqual(['2']);
    expect(filterBooks(books, { type: '', text: 'kinh mon lac' }).map((b) => b.id)).toEqual(['1']);
    expect(filterBooks(books, { type: '', text: '01/2001' }).map((b) => b.id)).toEqual(['2']);
    expect(filterBooks(books, { type: '', text: 'khai tu' }).map((b) => b.id)).toEqual(['2']);
    expect(filterBooks(books, { type: 'KS', text: 'ba dinh' })).toEqual([]);
  });
});
