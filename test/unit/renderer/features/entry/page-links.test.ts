import { describe, expect, it } from 'vitest';
import { savedLinks, withLink, withoutLink } from '../../../../../renderer/features/entry/page-links';

const order = new Map([
  ['p1', 0],
  ['p2', 1],
  ['p3', 2],
]);

describe('page links', () => {
  it('adds a page once, in scan order, whatever the order it was added in', () => {
    expect(withLink([], 'p2', order)).toEqual(['p2']);
    expect(withLink(['p2'], 'p1', order)).toEqual(['p1', 'p2']);
    expect(withLink(['p1', 'p2'], 'p2', order)).toEqual(['p1', 'p2']);
    // A link to a page the scan no longer shows stays, after the others.
    expect(withLink(['gone', 'p3'], 'p1', order)).toEqual(['p1', 'p3', 'gone']);
  });

  it('removes one page and leaves the others', () => {
    expect(withoutLink(['p1', 'p2'], 'p1')).toEqual(['p2']);
    expect(withoutLink(['p1'], 'p3')).toEqual(['p1']);
  });

  it('saves the entry\'s links, or the page being viewed when it has none', () => {
    expect(savedLinks(['p1', 'p2'], 'p3')).toEqual(['p1', 'p2']);
    expect(savedLinks([], 'p3')).toEqual(['p3']);
    expect(savedLinks([], undefined)).toEqual([]);
  });
});
