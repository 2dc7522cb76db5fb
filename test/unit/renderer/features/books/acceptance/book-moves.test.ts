import { describe, expect, it } from 'vitest';
import { bookMovesFor } from '../../../../../../renderer/features/books/acceptance/book-moves';

describe('book moves offered', () => {
  it('offers finishing to book managers, acceptance to the justice officer, re-opening by who may undo the state', () => {
    expect(bookMovesFor('registered', ['justice', 'lead'])).toEqual([]);
    expect(bookMovesFor('keying', ['lead'])).toEqual(['finishKeying']);
    expect(bookMovesFor('keying', ['clerk'])).toEqual([]);
    expect(bookMovesFor('keyed', ['justice'])).toEqual(['accept', 'reopen']);
    expect(bookMovesFor('keyed', ['lead'])).toEqual(['reopen']);
    expect(bookMovesFor('accepted', ['lead'])).toEqual([]);
    expect(bookMovesFor('accepted', ['justice'])).toEqual(['reopen']);
  });
});
