import { describe, expect, it } from 'vitest';
import { packTokens, SearchIndex, unpackTokens } from '../../../../renderer/store/search-index';

const row = (id: string, tokens: string[], bookId = 'b1', status = 'keyed') => ({ id, bookId, type: 'KS', status, createdBy: 'u1', tokens: packTokens(tokens) });
const t = (n: number) => n.toString(16).padStart(16, '0');

describe('search index', () => {
  it('packs tokens losslessly', () => {
    expect(unpackTokens(packTokens([t(1), t(255)]))).toEqual([t(1), t(255)]);
    expect(unpackTokens('')).toEqual([]);
  });

  it('returns ids holding every token and matching every filter, newest first', () => {
    const index = new SearchIndex([row('a1', [t(1), t(2)]), row('a2', [t(1)]), row('a3', [t(1), t(2)], 'b2'), row('a4', [t(1), t(2)], 'b1', 'draft')]);
    expect(index.query([t(1), t(2)], {})).toEqual(['a4', 'a3', 'a1']);
    expect(index.query([t(2), t(1)], { bookId: 'b1', status: 'keyed' })).toEqual(['a1']);
    expect(index.query([t(9)], {})).toEqual([]);
    expect(index.query([], { bookId: 'b2' })).toEqual(['a3']);
  });

  it('replaces a row, dropping tokens it no longer holds', () => {
    const index = new SearchIndex([row('a1', [t(1), t(2)])]);
    index.apply([row('a1', [t(3)], 'b1', 'damaged')]);
    expect(index.query([t(1)], {})).toEqual([]);
    expect(index.query([t(3)], { status: 'damaged' })).toEqual(['a1']);
    expect(index.columns('a1')?.status).toBe('damaged');
  });
});
