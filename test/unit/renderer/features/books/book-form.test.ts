import { describe, expect, it } from 'vitest';
import { checkBookDraft, draftOfBook, emptyBookDraft, type BookDraft } from '../../../../../renderer/features/books/book-form';
import type { BookId } from '../../../../../renderer/store/types';

const good: BookDraft = {
  ...emptyBookDraft,
  type: 'KS',
  quyenSo: ' 02/1996 ',
  yearFrom: '1996',
  yearTo: '1997',
  registeringBody: 'UBND xã Lạc Long,  thị xã Kinh Môn, tỉnh Hải Dương',
  paperSize: 'A3',
  pageCount: '200',
  surveyedCount: '412',
  notes: ' bìa rách ',
};
const context = { currentYear: 2025, others: [] };

describe('book form check', () => {
  it('accepts a complete draft and returns a normalised BookInput', () => {
    expect(checkBookDraft(good, context)).toEqual({
      ok: true,
      input: {
        type: 'KS',
        quyenSo: '02/1996',
        yearFrom: 1996,
        yearTo: 1997,
        registeringBody: 'UBND xã Lạc Long, thị xã Kinh Môn, tỉnh Hải Dương',
        paperSize: 'A3',
        pageCount: 200,
        surveyedCount: 412,
        notes: 'bìa rách',
      },
    });
  });

  it('accepts a bare book number', () => {
    expect(checkBookDraft({ ...good, quyenSo: '7' }, context).ok).toBe(true);
  });

  it('reports each missing field', () => {
    const result = checkBookDraft({ ...emptyBookDraft, type: '' }, context);
    expect(result).toEqual({
      ok: false,
      problems: {
        type: 'required',
        quyenSo: 'required',
        yearFrom: 'required',
        yearTo: 'required',
        registeringBody: 'required',
        pageCount: 'required',
        surveyedCount: 'required',
      },
    });
  });

  it('checks the number format, years covered and counts', () => {
    const bad = checkBookDraft({ ...good, quyenSo: '02-1996', yearFrom: '1944', yearTo: '2026', pageCount: '-3', surveyedCount: '1.5' }, context);
    expect(bad).toEqual({
      ok: false,
      problems: { quyenSo: 'quyenSoFormat', yearFrom: 'yearRange', yearTo: 'yearRange', pageCount: 'count', surveyedCount: 'count' },
    });
    expect(checkBookDraft({ ...good, quyenSo: '01/1890' }, context)).toMatchObject({ problems: { quyenSo: 'quyenSoFormat' } });
    expect(checkBookDraft({ ...good, yearFrom: '1999', yearTo: '1996' }, context)).toEqual({ ok: false, problems: { yearTo: 'yearOrder' } });
  });

  it('refuses a second book of the same type and number, but not the book being edited', () => {
    const others = [{ id: 'b1' as BookId, type: 'KS', quyenSo: '02/1996' }];
    expect(checkBookDraft(good, { ...context, others })).toEqual({ ok: false, problems: { quyenSo: 'duplicate' } });
    expect(checkBookDraft(good, { ...context, others, editingId: 'b1' }).ok).toBe(true);
    expect(checkBookDraft({ ...good, type: 'KT' }, { ...context, others }).ok).toBe(true);
  });

  it('round-trips a stored book into a draft', () => {
    const result = checkBookDraft(good, context);
    if (!result.ok) throw new Error('expected ok');
    const draft = draftOfBook(result.input);
    expect(checkBookDraft(draft, context)).toEqual(result);
  });
});
